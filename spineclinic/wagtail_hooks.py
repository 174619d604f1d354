from django.urls import path, reverse
from wagtail import hooks

from . import languages, two_factor

# One address per page and language: /es/ never serves an English page (languages.py).
hooks.register("before_serve_page", languages.serve_in_its_language)


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
