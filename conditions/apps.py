from django.apps import AppConfig


class ConditionsConfig(AppConfig):
    """The CMS: page types, blocks, clinicians and clinical review."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "conditions"
    verbose_name = "Clinical content"

    def ready(self):
        from wagtail.signals import page_published, published

        from .signoff import page_published as apply_signoff
        from .signoff import snippet_published

        page_published.connect(apply_signoff, dispatch_uid="conditions-clinical-signoff")
        published.connect(snippet_published, dispatch_uid="conditions-clinical-signoff-snippets")
