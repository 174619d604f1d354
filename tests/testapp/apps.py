from django.apps import AppConfig


class TestAppConfig(AppConfig):
    """Models only the tests use (installed by spineclinic.settings.test alone)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "tests.testapp"
    label = "testapp"
