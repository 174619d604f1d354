"""The 'Patient requests' area of the admin."""

import django_filters
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet

from spineclinic.redflags import Level

from .choices import PreferredLanguage, RequestType, Status
from .display import (
    NOTIFICATION_FAILED,
    OPEN,
    practice_time,
    received_ago,
    received_time,
    urgency_word,
)
from .models import PatientRequest
from .views import (
    PATIENT_COLUMN,
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
        label="Received", widget=DateRangePickerWidget
    )
    # The dashboard panel's links (consultations/dashboard.py).
    open = django_filters.BooleanFilter(label="Open", method="filter_open")
    unassigned = django_filters.BooleanFilter(
        label="Unassigned (open)", method="filter_unassigned"
    )
    notification_failed = django_filters.BooleanFilter(
        label="Email failed", method="filter_notification_failed"
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

    def filter_open(self, queryset, name, value):
        return queryset.filter(OPEN) if value else queryset.exclude(OPEN)

    def filter_unassigned(self, queryset, name, value):
        if value:
            return queryset.filter(OPEN, assigned_to__isnull=True)
        return queryset.filter(assigned_to__isnull=False)

    def filter_notification_failed(self, queryset, name, value):
        return (
            queryset.filter(NOTIFICATION_FAILED)
            if value
            else queryset.exclude(NOTIFICATION_FAILED)
        )


class UrgencyColumn(Column):
    """The level as a coloured badge with its word: red 'Emergency', amber 'Same day', green
    'Routine' (Wagtail's status tags are all one grey)."""

    cell_template_name = "consultations/admin/urgency_cell.html"

    def get_value(self, instance):
        return urgency_word(instance)


class ReceivedColumn(Column):
    """When the request came in, in New York time, and how long ago."""

    cell_template_name = "consultations/admin/received_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["raw_value"] = practice_time(instance.submitted_at)
        context["value"] = received_time(instance.submitted_at)
        context["ago"] = received_ago(instance.submitted_at)
        return context


class AssigneeColumn(Column):
    def get_value(self, instance):
        user = instance.assigned_to
        return (user.get_full_name() or user.get_username()) if user else "Nobody yet"


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
    ordering = ["-urgent", "-submitted_at", "-id"]  # consultations/pagination.py ORDER
    index_template_name = "consultations/admin/index.html"
    index_results_template_name = "consultations/admin/index_results.html"
    list_per_page = 50
    list_display = [
        TitleColumn("reference", label="Reference", url_name="patient_requests:inspect"),
        Column(PATIENT_COLUMN, label="Patient"),
        UrgencyColumn("level", label="Urgency"),
        Column("type_label", label="Type"),
        ReceivedColumn("submitted_at", label="Received (New York)", sort_key="submitted_at"),
        Column("get_status_display", label="Status", sort_key="status"),
        AssigneeColumn("assigned_to", label="Assigned to"),
        Column("language_label", label="Preferred language", sort_key="preferred_language"),
    ]
    list_export = [
        "reference",
        "type_label",
        "urgency",
        "status",
        "submitted_at",
        "assigned_to",
        "language_label",
        "interpreter_needed",
        "patient_name",
        "patient_phone",
        "person_to_call",
        "phone_to_call",
    ]
    export_headings = {
        "reference": "Reference",
        "type_label": "Type",
        "urgency": "Urgency",
        "status": "Status",
        "submitted_at": "Received (New York time)",
        "assigned_to": "Assigned to",
        "language_label": "Preferred language",
        "interpreter_needed": "Interpreter needed",
        "patient_name": "Patient",
        "patient_phone": "Patient phone",
        "person_to_call": "Person to call",
        "phone_to_call": "Phone to call",
    }
    export_filename = "patient-requests"
    edit_handler = ObjectList(
        [FieldPanel("status"), FieldPanel("assigned_to"), FieldPanel("note")],
        base_form_class=TriageForm,
    )
