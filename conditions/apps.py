from django.apps import AppConfig


class ConditionsConfig(AppConfig):
    """The CMS: page types, blocks, clinicians and clinical review."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "conditions"
    verbose_name = "Clinical content"
