"""The 'Patient requests' area of the admin."""

import django_filters
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet

from spineclinic.redflags import Level

from .choices import PreferredLanguage, RequestType, Status
from .models import PatientRequest
from .views import (
    PatientRequestEditView,
    PatientRequestIndexView,
    PatientRequestInspectView,
    TriageForm,
)


class PatientRequestFilterSet(WagtailFilterSet):
    request_type = django_filters.ChoiceFilter(choices=RequestType.choices, label="Type")
    status = django_filters.ChoiceFilter(choices=Status.choices, label="Status")
    urgent = django_filters.BooleanFilter(label="Urgent")
    level = django_filters.ChoiceFilter(choices=Level.choices, label="Level")
    preferred_language = django_filters.ChoiceFilter(
        choices=PreferredLanguage.choices, label="Preferred language"
    )
    interpreter_needed = django_filters.BooleanFilter(label="Interpreter needed")
    submitted_at = django_filters.DateFromToRangeFilter(
        label="Submitted", widget=DateRangePickerWidget
    )

    class Meta:
        model = PatientRequest
        fields = [
            "request_type",
            "status",
            "urgent",
            "level",
            "preferred_language",
            "interpreter_needed",
            "submitted_at",
        ]


class UrgencyColumn(StatusTagColumn):
    def get_value(self, instance):
        return instance.get_level_display() if instance.urgent else ""


class PatientRequestViewSet(ModelViewSet):
    model = PatientRequest
    name = "patient_requests"
    url_prefix = "patient-requests"
    icon = "mail"
    menu_label = "Patient requests"
    menu_order = 150
    add_to_admin_menu = True
    index_view_class = PatientRequestIndexView
    inspect_view_class = PatientRequestInspectView
    edit_view_class = PatientRequestEditView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = PatientRequestFilterSet
    search_fields = ["reference"]  # and names, through PatientRequestIndexView.search_queryset
    search_backend_name = None
    ordering = ["-urgent", "-submitted_at"]
    index_template_name = "consultations/admin/index.html"
    list_per_page = 50
    list_display = [
        TitleColumn("reference", label="Reference", url_name="patient_requests:inspect"),
        UrgencyColumn("urgent", label="Urgency", primary=True),
        Column("type_label", label="Type"),
        Column("get_status_display", label="Status", sort_key="status"),
        DateColumn("submitted_at", label="Submitted", sort_key="submitted_at"),
        Column("assigned_to", label="Assigned to"),
        Column("language_label", label="Language", sort_key="preferred_language"),
    ]
    list_export = [
        "reference",
        "type_label",
        "level",
        "status",
        "submitted_at",
        "assigned_to",
        "language_label",
        "patient_name",
        "patient_phone",
    ]
    export_headings = {
        "type_label": "Type",
        "submitted_at": "Submitted",
        "assigned_to": "Assigned to",
        "language_label": "Language",
        "patient_name": "Patient",
        "patient_phone": "Patient phone",
    }
    export_filename = "patient-requests"
    edit_handler = ObjectList(
        [FieldPanel("status"), FieldPanel("assigned_to"), FieldPanel("note")],
        base_form_class=TriageForm,
    )
