from django.urls import path
from wagtail import hooks

from . import languages, two_factor

# One address per page and language: /es/ never serves an English page (languages.py).
hooks.register("before_serve_page", languages.serve_in_its_language)


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-factor/setup/", two_factor.setup, name="two_factor_setup"),
        path("two-factor/verify/", two_factor.verify, name="two_factor_verify"),
    ]


@hooks.register("register_log_actions")
def register_two_factor_log_actions(actions):
    actions.register_action(
        "spineclinic.reset_two_factor", "Reset two-step login", "Removed the authenticator app"
    )
