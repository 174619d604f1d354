from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet

from .signoff import PUBLISHED_WITHOUT_SIGN_OFF, SIGN_OFF
from .views import ClinicalReviewReportView, ClinicalSignOffLogView
from .viewsets import CareAdviceViewSet, ClinicianViewSet

register_snippet(ClinicianViewSet)
register_snippet(CareAdviceViewSet)


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
        path(
            "reports/clinical-sign-off-log/",
            ClinicalSignOffLogView.as_view(),
            name="clinical_signoff_log",
        ),
        path(
            "reports/clinical-sign-off-log/results/",
            ClinicalSignOffLogView.as_view(results_only=True),
            name="clinical_signoff_log_results",
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


@hooks.register("register_reports_menu_item")
def register_clinical_signoff_log_menu_item():
    return MenuItem(
        "Clinical sign-off log",
        reverse("clinical_signoff_log"),
        name="clinical-sign-off-log",
        icon_name="tasks",
        order=651,
    )


@hooks.register("register_log_actions")
def register_clinical_signoff_actions(actions):
    @actions.register_action(SIGN_OFF)
    class SignOffFormatter(LogFormatter):
        label = "Clinical sign-off"

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return (
                f"Clinical sign-off by {data.get('clinician', {}).get('name', 'a clinician')}; "
                f"next review due {data.get('next_review_due', '')}"
            )

    actions.register_action(
        PUBLISHED_WITHOUT_SIGN_OFF,
        "Published without clinical sign-off",
        "Published without clinical sign-off",
    )
