"""Tests: fast hashing, plain static storage, emails kept in memory."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105  # nosec B105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "private": {"BACKEND": "consultations.storage.PrivateInMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
INTAKE_EMAILS = ["intake@example.org"]
# Tests switch virus scanning on with their own clamd (tests/clamd.py).
CLAMD_SOCKET = ""
CLAMD_HOST = ""
URGENT_INTAKE_EMAILS = ["urgent-intake@example.org"]
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
# Django's test client logs in without a request, which django-axes refuses: the lockout tests
# switch it back on with the request-aware login view.
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
# Pages are rendered afresh in tests; tests/test_caching.py switches the page cache on.
PAGE_CACHE = False
# Throwaway models for tests (tests/testapp): a snippet registered at run time, and so on.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.testapp"]  # noqa: F405
