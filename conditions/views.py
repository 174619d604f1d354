"""Admin views of the clinical content."""

import datetime

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import ClinicalReviewMixin
from .models.mixins import REVIEW_DUE_SOON_DAYS


def clinical_page_models():
    return [
        model
        for model in get_page_models()
        if issubclass(model, ClinicalReviewMixin) and not model._meta.abstract
    ]


def pages_needing_review(user=None):
    """Live or draft pages whose review is overdue, due within 30 days, or missing,
    soonest first; limited to the pages the user may edit."""
    due_by = timezone.localdate() + datetime.timedelta(days=REVIEW_DUE_SOON_DAYS)
    editable = None
    if user is not None:
        editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    rows = []
    for model in clinical_page_models():
        queryset = model.objects.select_related("reviewed_by")
        if editable is not None:
            queryset = queryset.filter(pk__in=editable.values("pk"))
        due = queryset.filter(next_review_due__lte=due_by)
        if model.review_required:
            missing = queryset.filter(next_review_due__isnull=True)
            due = due | missing
        rows.extend(due)
    return sorted(rows, key=lambda page: (page.next_review_due or datetime.date.min, page.title))


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
    ]
    export_headings = {
        "review_status_display": "Review status",
        "reviewed_by": "Reviewed by",
        "last_reviewed": "Last reviewed",
        "next_review_due": "Next review due",
    }
    columns = [
        TitleColumn(
            "title",
            label="Page",
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("review_status_display", label="Review status"),
        Column("reviewed_by", label="Reviewed by"),
        DateColumn("last_reviewed", label="Last reviewed"),
        DateColumn("next_review_due", label="Next review due"),
    ]

    def get_filename(self):
        return f"clinical-review-due-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        pages = pages_needing_review(self.request.user)
        for page in pages:
            page.review_status_display = page.get_review_status_display()
        return pages
