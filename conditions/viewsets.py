"""Admin viewsets for the clinical content's snippets."""

from wagtail.admin.ui.tables import UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Clinician


class ClinicianViewSet(SnippetViewSet):
    model = Clinician
    icon = "user"
    menu_label = "Clinicians"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["display_name", "job_title", "locale", UpdatedAtColumn()]
    search_fields = ["name", "job_title"]
    list_filter = ["locale"]
