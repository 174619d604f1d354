from django.urls import path, reverse
from wagtail import hooks
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from . import languages, two_factor

# One address per page and language: /es/ never serves an English page (languages.py).
hooks.register("before_serve_page", languages.serve_in_its_language)


class PublicPageLinkHandler(PageLinkHandler):
    """Links to pages typed into rich text: a page that is not live, or is private (a
    password, a login or groups), gets no address, as it is left out of menus and cards."""

    @classmethod
    def get_many(cls, attrs_list):
        pages = super().get_many(attrs_list)
        visible = set(
            Page.objects.live()
            .public()
            .filter(pk__in=[page.pk for page in pages if page is not None])
            .values_list("pk", flat=True)
        )
        return [page if page is not None and page.pk in visible else None for page in pages]


# After Wagtail's own registration of the "page" link type, which this replaces.
@hooks.register("register_rich_text_features", order=1)
def register_public_page_links(features):
    features.register_link_type(PublicPageLinkHandler)


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-factor/setup/", two_factor.setup, name="two_factor_setup"),
        path("two-factor/verify/", two_factor.verify, name="two_factor_verify"),
        path(
            "two-factor/recovery-codes/",
            two_factor.recovery_codes,
            name="two_factor_recovery_codes",
        ),
    ]


@hooks.register("register_account_menu_item")
def recovery_codes_menu_item(request):
    return {
        "url": reverse("two_factor_recovery_codes"),
        "label": "Recovery codes",
        "help_text": "Codes to log in with when you do not have your phone: see how many are "
        "left, or make new ones.",
    }


@hooks.register("register_log_actions")
def register_two_factor_log_actions(actions):
    actions.register_action(
        "spineclinic.reset_two_factor", "Reset two-step login", "Removed the authenticator app"
    )
    actions.register_action(
        "spineclinic.recovery_code_used", "Recovery code used", "Logged in with a recovery code"
    )
    actions.register_action(
        "spineclinic.new_recovery_codes", "New recovery codes", "Made new recovery codes"
    )
