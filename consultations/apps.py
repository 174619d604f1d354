from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    """Patient requests: consultation, second opinion and referral, and their triage."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "consultations"
    verbose_name = "Patient requests"

    def ready(self):
        from . import checks  # noqa: F401 (registers the system checks)
