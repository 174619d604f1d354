"""Admin views of the clinical content."""

import datetime
from dataclasses import dataclass

from django.contrib.admin.utils import quote
from django.db.models import Q
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.translation import get_language_info
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import ModelLogEntry, PageLogEntry, get_page_models
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from spineclinic.page_mixins import REVIEW_DUE_SOON_DAYS

from .models import CareAdvice, ClinicalReviewMixin
from .signoff import PUBLISHED_WITHOUT_SIGN_OFF, SIGN_OFF


def clinical_page_models():
    return [
        model
        for model in get_page_models()
        if issubclass(model, ClinicalReviewMixin) and not model._meta.abstract
    ]


PLACEHOLDER_MARK = "[Practice to confirm"


@dataclass
class FactToConfirm:
    """A figure only the practice can give that still shows the first content's placeholder."""

    title: str
    edit_url: str
    review_status_display: str = "Practice to confirm"
    reviewed_by: str = ""
    last_reviewed: None = None
    next_review_due: None = None
    due: str = ""
    last_reviewed_display: str = ""
    next_review_due_display: str = "Replace the placeholder"


def facts_to_confirm(user=None):
    """Where a placeholder for a practice fact (waits, insurance plans, the entrance and floor,
    hospital stays, a clinician's training or languages) still stands, one row per object."""
    from spineclinic.models import ClinicSettings

    from .models import Clinician, LocationPage, TreatmentPage

    owners = [
        (ClinicSettings.objects.all(), "Clinic settings"),
        (LocationPage.objects.all(), "Location page"),
        (TreatmentPage.objects.all(), "Treatment page"),
        (Clinician.objects.all(), "Clinician"),
    ]
    urls = AdminURLFinder(user)
    rows = []
    for queryset, kind in owners:
        fields = [
            field
            for field in queryset.model._meta.concrete_fields
            if field.get_internal_type() in {"CharField", "TextField"}
        ]
        for owner in queryset:
            names = [
                str(field.verbose_name)
                for field in fields
                if PLACEHOLDER_MARK in (getattr(owner, field.attname) or "")
            ]
            if names:
                name = getattr(owner, "title", None) or str(owner)
                rows.append(
                    FactToConfirm(
                        title=f"{kind} “{name}”: {', '.join(names)}",
                        edit_url=urls.get_edit_url(owner) or "",
                    )
                )
    return rows


def relative_day(day, today=None):
    """'today', 'in 23 days' or 'overdue by 5 days': how far a due date is from today."""
    days = (day - (today or timezone.localdate())).days
    if days == 0:
        return "today"
    count = f"{abs(days)} day{'' if abs(days) == 1 else 's'}"
    return f"in {count}" if days > 0 else f"overdue by {count}"


def pages_needing_review(user=None):
    """Live or draft clinical pages, and clinical snippets (the urgent care wording), never
    signed off, or whose review is overdue or due within 30 days; never-reviewed first, then
    soonest due; limited to what the user may edit."""
    due_by = timezone.localdate() + datetime.timedelta(days=REVIEW_DUE_SOON_DAYS)
    never = (
        Q(reviewed_by__isnull=True)
        | Q(last_reviewed__isnull=True)
        | Q(next_review_due__isnull=True)
    )
    editable = None
    if user is not None:
        editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    rows = []
    for model in clinical_page_models():
        queryset = model.objects.filter(model.clinical_filter()).select_related("reviewed_by")
        if editable is not None:
            queryset = queryset.filter(pk__in=editable.values("pk"))
        rows.extend(queryset.filter(never | Q(next_review_due__lte=due_by)))
    if user is None or ModelPermissionPolicy(CareAdvice).user_has_permission(user, "change"):
        rows.extend(
            CareAdvice.objects.select_related("reviewed_by", "locale").filter(
                never | Q(next_review_due__lte=due_by)
            )
        )
    return sorted(
        rows,
        key=lambda page: (
            page.is_signed_off,
            page.next_review_due if page.is_signed_off else datetime.date.min,
            page.title,
        ),
    )


class ClinicalReviewReportView(ReportView):
    """Clinical pages whose review is overdue or due within 30 days."""

    page_title = "Clinical review due"
    header_icon = "time"
    index_url_name = "clinical_review_report"
    index_results_url_name = "clinical_review_report_results"
    any_permission_required = ["add", "change", "publish"]
    permission_policy = PagePermissionPolicy()
    list_export = [
        "title",
        "review_status_display",
        "reviewed_by",
        "last_reviewed",
        "next_review_due",
        "due",
    ]
    export_headings = {
        "review_status_display": "Review status",
        "reviewed_by": "Reviewed by",
        "last_reviewed": "Last reviewed",
        "next_review_due": "Next review due",
        "due": "Due",
    }
    columns = [
        TitleColumn("title", label="Page or wording", get_url=lambda row: row.edit_url),
        Column("review_status_display", label="Review status"),
        Column("reviewed_by", label="Reviewed by"),
        Column("last_reviewed_display", label="Last reviewed"),
        Column("next_review_due_display", label="Next review due"),
    ]

    def get_filename(self):
        return f"clinical-review-due-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        today = timezone.localdate()
        pages = pages_needing_review(self.request.user)
        urls = AdminURLFinder(self.request.user)
        for page in pages:
            page.edit_url = urls.get_edit_url(page)
            page.review_status_display = page.get_review_status_display()
            signed_off = page.is_signed_off
            page.due = relative_day(page.next_review_due, today) if signed_off else ""
            page.last_reviewed_display = (
                dateformat.format(page.last_reviewed, "j F Y") if signed_off else "Never"
            )
            page.next_review_due_display = (
                f"{dateformat.format(page.next_review_due, 'j F Y')} ({page.due})"
                if signed_off
                else "Awaiting clinical review"
            )
        # Facts only the practice can give, still at their placeholder, come first.
        return [*facts_to_confirm(self.request.user), *pages]


@dataclass
class SignOffLogRow:
    """One line of the sign-off log: a sign-off, or a publish without one."""

    timestamp: datetime.datetime
    event: str
    history_url: str
    title: str
    revision_id: int | None
    user: str
    clinician: str
    next_review_due: str
    translation: str = ""


def history_url(entry):
    """The admin history of the page or snippet a log entry is about."""
    if isinstance(entry, PageLogEntry):
        return reverse("wagtailadmin_pages:history", args=[entry.page_id])
    model = entry.content_type.model_class()
    viewset = getattr(model, "snippet_viewset", None)
    if viewset is None:
        return ""
    return reverse(viewset.get_url_name("history"), args=[quote(entry.object_id)])


def translation_text(translation):
    """'Spanish translation of "Spine metastases", its revision 12': what a translation's
    reviewer checked it against."""
    if not translation:
        return ""
    try:
        language = get_language_info(translation["language"])["name"]
    except KeyError:
        language = translation["language"]
    source = translation.get("source") or {}
    text = f"{language} translation"
    if source.get("title"):
        text += f' of "{source["title"]}"'
    if source.get("live_revision_id"):
        text += f", its revision {source['live_revision_id']}"
    return text


def signoff_log_rows():
    actions = [SIGN_OFF, PUBLISHED_WITHOUT_SIGN_OFF]
    entries = [
        *PageLogEntry.objects.filter(action__in=actions).select_related("user"),
        *ModelLogEntry.objects.filter(action__in=actions).select_related("user", "content_type"),
    ]
    entries.sort(key=lambda entry: (entry.timestamp, entry.pk), reverse=True)
    rows = []
    for entry in entries:
        signed = entry.action == SIGN_OFF
        data = entry.data or {}
        user = entry.user
        rows.append(
            SignOffLogRow(
                timestamp=entry.timestamp,
                event="Signed off" if signed else "Published without clinical sign-off",
                history_url=history_url(entry),
                title=entry.label,
                revision_id=entry.revision_id,
                user=(user.get_full_name() or user.get_username())
                if user
                else "No login (script)",
                clinician=data.get("clinician", {}).get("name", "") if signed else "",
                next_review_due=data.get("next_review_due", "") if signed else "",
                translation=translation_text(data.get("translation")),
            )
        )
    return rows


class ClinicalSignOffLogView(ReportView):
    """Who signed off which revision of which page, and when; and what was published
    without a sign-off."""

    page_title = "Clinical sign-off log"
    header_icon = "tasks"
    index_url_name = "clinical_signoff_log"
    index_results_url_name = "clinical_signoff_log_results"
    any_permission_required = ["add", "change", "publish"]
    permission_policy = PagePermissionPolicy()
    list_export = [
        "timestamp",
        "event",
        "title",
        "revision_id",
        "user",
        "clinician",
        "next_review_due",
        "translation",
    ]
    export_headings = {
        "timestamp": "When",
        "event": "What",
        "title": "Page or wording",
        "revision_id": "Revision",
        "user": "By",
        "clinician": "Reviewer",
        "next_review_due": "Next review due",
        "translation": "Translation reviewed",
    }
    columns = [
        DateColumn("timestamp", label="When"),
        Column("event", label="What"),
        TitleColumn("title", label="Page or wording", get_url=lambda row: row.history_url),
        Column("revision_id", label="Revision"),
        Column("user", label="By"),
        Column("clinician", label="Reviewer"),
        Column("next_review_due", label="Next review due"),
        Column("translation", label="Translation reviewed"),
    ]

    def get_filename(self):
        return f"clinical-sign-off-log-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        return signoff_log_rows()
