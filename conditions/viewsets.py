"""Admin viewsets for the clinical content's snippets."""

from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CareAdvice, Clinician


class ClinicianViewSet(SnippetViewSet):
    model = Clinician
    icon = "user"
    menu_label = "Clinicians"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["display_name", "job_title", "locale", UpdatedAtColumn()]
    search_fields = ["name", "job_title"]
    list_filter = ["locale"]


class CareAdviceViewSet(SnippetViewSet):
    """The urgent care wording: clinical text, changed only through Clinical sign-off."""

    model = CareAdvice
    icon = "warning"
    menu_label = "Urgent care wording"
    menu_order = 210
    add_to_admin_menu = True
    list_display = [
        "__str__",
        Column("get_review_status_display", label="Clinical review"),
        "locale",
        UpdatedAtColumn(),
    ]
    list_filter = ["locale"]
