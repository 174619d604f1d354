from django.apps import AppConfig


class ConditionsConfig(AppConfig):
    """The CMS: page types, blocks, clinicians and clinical review."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "conditions"
    verbose_name = "Clinical content"

    def ready(self):
        from wagtail.signals import page_published

        from .signoff import page_published as apply_signoff

        page_published.connect(apply_signoff, dispatch_uid="conditions-clinical-signoff")
