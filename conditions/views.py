"""Admin views of the clinical content."""

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse
from django.utils import dateformat, timezone
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import PageLogEntry, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

from spineclinic.page_mixins import REVIEW_DUE_SOON_DAYS

from .models import ClinicalReviewMixin
from .signoff import PUBLISHED_WITHOUT_SIGN_OFF, SIGN_OFF


def clinical_page_models():
    return [
        model
        for model in get_page_models()
        if issubclass(model, ClinicalReviewMixin) and not model._meta.abstract
    ]


def relative_day(day, today=None):
    """'today', 'in 23 days' or 'overdue by 5 days': how far a due date is from today."""
    days = (day - (today or timezone.localdate())).days
    if days == 0:
        return "today"
    count = f"{abs(days)} day{'' if abs(days) == 1 else 's'}"
    return f"in {count}" if days > 0 else f"overdue by {count}"


def pages_needing_review(user=None):
    """Live or draft clinical pages never signed off, or whose review is overdue or due within
    30 days; never-reviewed first, then soonest due; limited to the pages the user may edit."""
    due_by = timezone.localdate() + datetime.timedelta(days=REVIEW_DUE_SOON_DAYS)
    editable = None
    if user is not None:
        editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    rows = []
    for model in clinical_page_models():
        queryset = model.objects.filter(model.clinical_filter()).select_related("reviewed_by")
        if editable is not None:
            queryset = queryset.filter(pk__in=editable.values("pk"))
        never = (
            Q(reviewed_by__isnull=True)
            | Q(last_reviewed__isnull=True)
            | Q(next_review_due__isnull=True)
        )
        rows.extend(queryset.filter(never | Q(next_review_due__lte=due_by)))
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
        TitleColumn(
            "title",
            label="Page",
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
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
        for page in pages:
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
        return pages


@dataclass
class SignOffLogRow:
    """One line of the sign-off log: a sign-off, or a publish without one."""

    timestamp: datetime.datetime
    event: str
    page_id: int
    title: str
    revision_id: int | None
    user: str
    clinician: str
    next_review_due: str


def signoff_log_rows():
    entries = (
        PageLogEntry.objects.filter(action__in=[SIGN_OFF, PUBLISHED_WITHOUT_SIGN_OFF])
        .select_related("user")
        .order_by("-timestamp", "-pk")
    )
    rows = []
    for entry in entries:
        signed = entry.action == SIGN_OFF
        data = entry.data or {}
        user = entry.user
        rows.append(
            SignOffLogRow(
                timestamp=entry.timestamp,
                event="Signed off" if signed else "Published without clinical sign-off",
                page_id=entry.page_id,
                title=entry.label,
                revision_id=entry.revision_id,
                user=(user.get_full_name() or user.get_username())
                if user
                else "No login (script)",
                clinician=data.get("clinician", {}).get("name", "") if signed else "",
                next_review_due=data.get("next_review_due", "") if signed else "",
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
    ]
    export_headings = {
        "timestamp": "When",
        "event": "What",
        "title": "Page",
        "revision_id": "Revision",
        "user": "By",
        "clinician": "Reviewer",
        "next_review_due": "Next review due",
    }
    columns = [
        DateColumn("timestamp", label="When"),
        Column("event", label="What"),
        TitleColumn(
            "title",
            label="Page",
            get_url=lambda row: reverse("wagtailadmin_pages:history", args=[row.page_id]),
        ),
        Column("revision_id", label="Revision"),
        Column("user", label="By"),
        Column("clinician", label="Reviewer"),
        Column("next_review_due", label="Next review due"),
    ]

    def get_filename(self):
        return f"clinical-sign-off-log-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        return signoff_log_rows()
