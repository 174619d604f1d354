from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .views import ClinicalReviewReportView
from .viewsets import ClinicianViewSet

register_snippet(ClinicianViewSet)


@hooks.register("register_admin_urls")
def register_clinical_review_report_urls():
    return [
        path(
            "reports/clinical-review/",
            ClinicalReviewReportView.as_view(),
            name="clinical_review_report",
        ),
        path(
            "reports/clinical-review/results/",
            ClinicalReviewReportView.as_view(results_only=True),
            name="clinical_review_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_clinical_review_report_menu_item():
    return MenuItem(
        "Clinical review due",
        reverse("clinical_review_report"),
        name="clinical-review-due",
        icon_name="time",
        order=650,
    )
