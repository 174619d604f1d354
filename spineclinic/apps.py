from django.apps import AppConfig


class SpineclinicConfig(AppConfig):
    """The project package: site-wide settings and shared template context."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "spineclinic"
    verbose_name = "Spine clinic"

    def ready(self):
        from . import (  # noqa: F401 - checks registers itself
            checks,
            client_address,
            invalidation,
            restrictions,
        )

        invalidation.connect()
        restrictions.connect()
        client_address.trusted_networks()  # a mistyped TRUSTED_PROXIES stops the start
