"""The intake team's admin views of patient requests. Every view of a request, file download,
export and change writes an audit entry (Wagtail log entries with the actions registered in
wagtail_hooks.py)."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.decorators.cache import never_cache
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.log_actions import log

from spineclinic import redflags

from . import scores
from .choices import (
    SYMPTOM_CHOICES,
    ContactMethod,
    ContactTime,
    Diagnosis,
    NeuroStatus,
    PreviousRecommendation,
    PriorTreatment,
    ReferrerUrgency,
    Relationship,
    RequestType,
    SecondOpinionFormat,
    SpineRegion,
    SymptomChange,
)
from .display import person_to_call, practice_time, urgency_word
from .models import PatientRequest, RequestFile, RequestNote
from .pagination import keyset_page
from .permissions import INTAKE_GROUP, can_see_patient_names, patient_request_permission_policy

# The list's column of patients' names (consultations/viewsets.py).
PATIENT_COLUMN = "patient_name"

NO_STORE = "no-store, private"

# A cell starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets
# when a CSV file is opened (OWASP, "CSV Injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value):
    """A cell value a spreadsheet shows as text: a leading quote disarms a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def staff_for_assignment():
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name=INTAKE_GROUP))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class NoStoreMixin:
    """Pages showing patient details must never be kept by a browser or proxy cache."""

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        response["Cache-Control"] = NO_STORE
        return response


class PatientRequestIndexView(NoStoreMixin, IndexView):
    """Urgent requests first, with the number in each status above the list."""

    # The list shows only plain columns; loading a row's encrypted answers would decrypt
    # dozens of values per row for nothing (the export still loads them all).
    LIST_COLUMNS = [
        "reference",
        "request_type",
        "status",
        "urgent",
        "level",
        "submitted_at",
        "assigned_to",
        "preferred_language",
        "other_language",
        "interpreter_needed",
    ]

    # The spreadsheet's time is New York wall time (Wagtail's default writes UTC), as a real
    # date cell in XLSX; booleans read Yes/No rather than True/False.
    custom_field_preprocess = {
        "submitted_at": {
            IndexView.FORMAT_CSV: lambda value: value.strftime("%Y-%m-%d %H:%M") if value else "",
            IndexView.FORMAT_XLSX: lambda value: value.replace(tzinfo=None) if value else None,
        },
    }
    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        bool: {
            IndexView.FORMAT_CSV: lambda value: "Yes" if value else "No",
            IndexView.FORMAT_XLSX: lambda value: "Yes" if value else "No",
        },
    }

    @cached_property
    def shows_names(self):
        return can_see_patient_names(self.request.user)

    @cached_property
    def columns(self):
        columns = super().columns
        if self.shows_names:
            return columns
        return [column for column in columns if column.name != PATIENT_COLUMN]

    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("assigned_to")
        if not self.is_export:
            queryset = queryset.only(
                *self.LIST_COLUMNS,
                *([PATIENT_COLUMN] if self.shows_names else []),
                "assigned_to__username",
                "assigned_to__first_name",
                "assigned_to__last_name",
            )
        return queryset

    def search_queryset(self, queryset):
        # Without a search the list is every request: no filter at all (an empty one would
        # test every row's reference against LIKE '%%', on every page of the list).
        if not self.is_searching:
            return queryset
        # Names are encrypted: match the reference, or the keyed hashes of the name's words.
        return queryset.matching(self.search_query)

    def to_row_dict(self, item):
        """One row per request, in words a person reads: labels rather than stored codes,
        'Yes'/'No', New York time, and whom to call back."""
        who, phone = person_to_call(item)
        user = item.assigned_to
        values = {
            "reference": item.reference,
            "type_label": item.type_label,
            "urgency": urgency_word(item),
            "status": item.get_status_display(),
            "submitted_at": practice_time(item.submitted_at),
            "assigned_to": (user.get_full_name() or user.get_username()) if user else "",
            "language_label": item.language_label,
            "interpreter_needed": item.interpreter_needed,
            "patient_name": item.patient_name,
            "patient_phone": item.patient_phone or "",
            "person_to_call": who,
            "phone_to_call": phone,
        }
        return {field: values[field] for field in self.list_export}

    def write_csv_row(self, writer, row_dict):
        # Patients type their names: "=HYPERLINK(...)" must reach the intake team's
        # spreadsheet as text. (The XLSX export already stores every cell as text.)
        return writer.writerow(
            {
                field: csv_text(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    @cached_property
    def uses_keyset(self):
        """In the list's own order, pages are found by keyset (consultations/pagination.py);
        sorted by a column header, by Wagtail's numbered pages."""
        return not self.is_export and not self.is_explicitly_ordered

    def paginate_queryset(self, queryset, page_size):
        if not self.uses_keyset:
            return super().paginate_queryset(queryset, page_size)
        self.keyset = keyset_page(
            queryset,
            page_size,
            after=self.request.GET.get("after"),
            before=self.request.GET.get("before"),
        )
        self.keyset_queryset = queryset
        # No paginator and no page object: Wagtail then shows no numbered pages.
        return (None, None, self.keyset.object_list, bool(self.keyset.older or self.keyset.newer))

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if self.uses_keyset:
            context["keyset"] = self.keyset
            if self.is_searching or self.is_filtering:
                # "There are N matches": a count, the same cost on every page.
                context["items_count"] = self.keyset_queryset.count()
        context["status_counts"] = PatientRequest.objects.status_counts()
        context["urgent_open"] = PatientRequest.objects.urgent_open_count()
        return context

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            if not patient_request_permission_policy.user_has_permission(
                self.request.user, "export"
            ):
                raise PermissionDenied
            # The audit entry is filed under the exporting user (a real instance, not the
            # request's lazy wrapper, which the log registry cannot place).
            actor = get_user_model().objects.get(pk=self.request.user.pk)
            log(
                actor,
                "consultations.export",
                user=self.request.user,
                data={
                    "count": len(context["object_list"]),
                    "format": self.request.GET.get("export"),
                    # Whether names were searched, never what: the search text is often a
                    # patient's surname, and the audit trail is not encrypted.
                    "searched": bool(self.is_searching),
                    "filters": self.export_filters(),
                },
            )
        return super().render_to_response(context, **response_kwargs)

    def export_filters(self):
        """The list filters in force (type, status, urgency, dates), as validated choices and
        dates: nothing typed freely."""
        if not (self.filters and self.filters.is_valid()):
            return {}
        used = {}
        for name, value in self.filters.form.cleaned_data.items():
            if isinstance(value, slice):  # a date range
                value = [str(value.start or ""), str(value.stop or "")]
            if value not in (None, "", [], ["", ""]):
                used[name] = value if isinstance(value, (bool, list)) else str(value)
        return used


def choice_labels(values, choices):
    labels = dict(choices)
    return ", ".join(str(labels.get(value, value)) for value in values or [])


def label(value, choices):
    return dict(choices).get(value, value) if value else ""


def symptom_answers(patient_request):
    """Each symptom ticked, with how it is changing (older requests: the symptoms alone)."""
    changes = patient_request.symptom_changes or {}
    labels = dict(SYMPTOM_CHOICES)
    change_labels = dict(redflags.Change.choices)
    return "; ".join(
        f"{labels.get(key, key)}"
        + (f" ({change_labels.get(changes[key], changes[key])})" if changes.get(key) else "")
        for key in patient_request.symptoms or []
    )


def answers(patient_request):
    """The request's answers as sections of (label, value), leaving out empty ones."""
    r = patient_request
    request_section = [
        ("Reference", r.reference),
        ("Type", r.type_label),
        ("Level", r.get_level_display()),
        ("Why", "; ".join(r.urgent_reasons)),
        ("Status", r.get_status_display()),
        ("Submitted", timezone.localtime(r.submitted_at).strftime("%-d %B %Y, %-I:%M %p")),
        (
            "Assigned to",
            r.assigned_to.get_full_name() or r.assigned_to.get_username()
            if r.assigned_to
            else "Nobody yet",
        ),
    ]
    sections = [("Request", request_section)]
    if r.request_type == RequestType.REFERRAL:
        sections.append(
            (
                "Referring clinician",
                [
                    ("Name", r.referrer_name),
                    ("Credentials", r.referrer_credentials),
                    ("NPI", r.referrer_npi),
                    ("Practice or hospital", r.referrer_practice),
                    ("Phone", r.referrer_phone),
                    ("Fax", r.referrer_fax),
                    ("Email", r.referrer_email),
                ],
            )
        )
    else:
        sections.append(
            (
                "Who filled in the form",
                [
                    ("Relationship", label(r.relationship, Relationship.choices)),
                    ("Name", r.submitter_name),
                    ("Phone", r.submitter_phone),
                    ("Email", r.submitter_email),
                ],
            )
        )
    sections.append(
        (
            "Patient",
            [
                ("Name", r.patient_name),
                ("Date of birth", r.patient_dob.strftime("%-d %B %Y") if r.patient_dob else ""),
                ("Phone", r.patient_phone),
                ("Email", r.patient_email),
                ("Contact by", label(r.contact_method, ContactMethod.choices)),
                ("Best times", choice_labels(r.contact_times, ContactTime.choices)),
                ("Consent to contact", "Yes" if r.consent_to_contact else ""),
                ("Preferred language", r.language_label),
                ("Site language of the form", r.get_site_language_display()),
            ],
        )
    )
    clinical = [
        ("Primary cancer", label(r.diagnosis, Diagnosis.choices)),
        ("Other cancer", r.diagnosis_other),
        ("Histology", r.histology),
        ("Where in the spine", choice_labels(r.spine_regions, SpineRegion.choices)),
        ("Levels involved", r.levels_involved),
        ("Symptoms", symptom_answers(r)),
        ("How symptoms are changing", label(r.symptom_change, SymptomChange.choices)),
        ("Neurological status", label(r.neuro_status, NeuroStatus.choices)),
        (
            "ESCC grade",
            f"{r.escc_grade}: {scores.escc_description(r.escc_grade)}" if r.escc_grade else "",
        ),
        ("Prior treatment", choice_labels(r.prior_treatments, PriorTreatment.choices)),
        ("Treating oncologist", r.treating_oncologist),
        ("Insurance", r.insurance_carrier),
        ("Referrer's urgency", label(r.referrer_urgency, ReferrerUrgency.choices)),
    ]
    if r.sins_total is not None:
        parts = "; ".join(
            f"{component.label}: {label(getattr(r, 'sins_' + component.name), [(o.code, o.label) for o in component.options])}"  # noqa: E501
            for component in scores.SINS_COMPONENTS
        )
        clinical.append(("SINS", f"{r.sins_total} ({r.sins_category}). {parts}"))
    sections.append(("Clinical details", clinical))
    if r.request_type == RequestType.SECOND_OPINION:
        sections.append(
            (
                "Second opinion",
                [
                    (
                        "Previous recommendations",
                        choice_labels(r.previous_recommendations, PreviousRecommendation.choices),
                    ),
                    ("Questions", r.questions),
                    (
                        "How they would like it",
                        label(r.second_opinion_format, SecondOpinionFormat.choices),
                    ),
                    ("Where the imaging is", r.imaging_location),
                ],
            )
        )
    sections.append(("Message", [("Message", r.message)]))
    return [(heading, [(k, v) for k, v in rows if v]) for heading, rows in sections]


class PatientRequestInspectView(NoStoreMixin, InspectView):
    template_name = "consultations/admin/inspect.html"

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        # Here, past the permission check in dispatch(): Wagtail loads the object in setup(),
        # before that check, so an audit entry written there would record refused users.
        log(self.object, "consultations.view", user=request.user)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        patient_request = self.object
        context["sections"] = answers(patient_request)
        context["files"] = patient_request.files.all()
        context["notes"] = patient_request.notes.select_related("author")
        context["can_change"] = patient_request_permission_policy.user_has_permission(
            self.request.user, "change"
        )
        return context


class TriageForm(WagtailAdminModelForm):
    """What staff change on a request: its status, who has it, and a note."""

    note = forms.CharField(
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        label="Add an internal note",
        help_text="Seen only by staff. The note is kept with the request and its history.",
    )

    class Meta:
        model = PatientRequest
        fields = ["status", "assigned_to"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assigned_to"].queryset = staff_for_assignment()
        self.fields["assigned_to"].label_from_instance = lambda user: (
            user.get_full_name() or user.get_username()
        )


class PatientRequestEditView(NoStoreMixin, EditView):
    def save_instance(self):
        before = PatientRequest.objects.get(pk=self.object.pk)
        instance = self.form.save(commit=False)
        user = self.request.user
        if instance.status != before.status:
            instance.status_changed_at = timezone.now()
        instance.save()
        if instance.status != before.status:
            log(
                instance,
                "consultations.status_change",
                user=user,
                data={"from": before.get_status_display(), "to": instance.get_status_display()},
            )
        if instance.assigned_to_id != before.assigned_to_id:
            assignee = instance.assigned_to
            log(
                instance,
                "consultations.assign",
                user=user,
                data={
                    "to": (assignee.get_full_name() or assignee.get_username()) if assignee else ""
                },
            )
        note = self.form.cleaned_data.get("note")
        if note:
            RequestNote.objects.create(request=instance, author=user, text=note)
            log(instance, "consultations.add_note", user=user)
        return instance

    def get_success_message(self):
        return f"Request {self.object.reference} updated."


@never_cache
def download_file(request, pk):
    """A request's uploaded file, to staff who may view requests, as an attachment."""
    if not patient_request_permission_policy.user_has_permission(request.user, "view"):
        raise PermissionDenied
    request_file = get_object_or_404(RequestFile.objects.select_related("request"), pk=pk)
    if request_file.held:
        # Not yet scanned, or a virus found: never handed out (consultations/scanning.py).
        response = HttpResponse(
            f"This file is held: {request_file.get_scan_status_display()}.",
            status=409,
            content_type="text/plain; charset=utf-8",
        )
        response["Cache-Control"] = NO_STORE
        return response
    try:
        handle = request_file.file.open("rb")
    except FileNotFoundError:
        raise Http404("The file is no longer stored.") from None
    log(
        request_file.request,
        "consultations.download_file",
        user=request.user,
        data={"file": request_file.pk},
    )
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=request_file.original_name,
        content_type=request_file.content_type,
    )
    response["Cache-Control"] = NO_STORE
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
