from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .blocks import chosen_pages
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


@hooks.register("on_serve_page")
def read_chosen_pages_once(serve_page):
    """Serve a page with every page chosen in its StreamFields read in one go (cards, calls to
    action), rendered inside so the blocks find them."""

    def inner(page, request, args, kwargs):
        with chosen_pages(page):
            response = serve_page(page, request, args, kwargs)
            if callable(getattr(response, "render", None)) and not getattr(
                response, "is_rendered", True
            ):
                response.render()
            return response

    return inner
