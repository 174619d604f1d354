from io import StringIO

import pytest
from wagtail.models import Page, Site

from tests.clamd import clamd_socket, scanner, scanner_down, scanner_hanging  # noqa: F401
from tests.factories import CareAdviceFactory, ClinicSettingsFactory, HomePageFactory

# The CSRF secret of "the browser" every test client is (see below): 32 letters and digits, the
# form Django gives its secrets.
TEST_CSRF_SECRET = "TestBrowserCsrfSecret0123456789a"  # noqa: S105  # nosec B105
# Another browser's.
OTHER_CSRF_SECRET = "AnotherBrowsersSecret0123456789x"  # noqa: S105  # nosec B105


@pytest.fixture(autouse=True)
def test_clients_have_a_csrf_cookie(monkeypatch, settings):
    """Every browser that loaded a form holds the CSRF cookie the form set, and the forms' bot
    check is bound to it (consultations/bot_checks.py). Tests that post a form without loading
    it first therefore start each test client with that cookie, and `started()` stamps the form
    for it; a client that loads the form gets a cookie of its own, as a browser does."""
    from django.test import Client

    original_init = Client.__init__

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        self.cookies[settings.CSRF_COOKIE_NAME] = TEST_CSRF_SECRET

    monkeypatch.setattr(Client, "__init__", init)


@pytest.fixture
def home(db):
    """A home page serving as the default site's root, with the clinic settings and the urgent
    care wording filled in."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="test-home")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    ClinicSettingsFactory(site=site)
    CareAdviceFactory()
    return home


def load_content(django_db_blocker, *options):
    """The practice's real content (`load_site_content`), loaded inside a transaction that is
    rolled back afterwards."""
    from django.core.management import call_command
    from django.db import transaction

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_site_content", *options, stdout=StringIO())
            yield Site.objects.get(is_default_site=True).root_page.specific
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture(scope="module")
def site_content(django_db_setup, django_db_blocker):
    """The practice's English content, loaded once per test module and rolled back afterwards.
    Tests using it also need `db`. Modules about the Spanish site override it with
    `spanish_site_content` (translating every page takes most of a minute)."""
    yield from load_content(django_db_blocker, "--english-only")


@pytest.fixture(scope="module")
def spanish_site_content(django_db_setup, django_db_blocker):
    """The practice's content in English and Spanish, as `make run` loads it."""
    yield from load_content(django_db_blocker)


def login_verified(client, user):
    """Log in as an admin user who has passed the second factor (TOTP)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    client.force_login(user)
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="Test authenticator", defaults={"confirmed": True}
    )
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's admin_client, past the two-factor step superusers must take."""
    return login_verified(client, admin_user)


@pytest.fixture(autouse=True)
def english_first():
    """Each test starts in the default language: a request to a Spanish page activates Spanish
    in the thread that served it, and it would otherwise stay active for the next test."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: rate-limit counts never leak between tests."""
    from django.core.cache import caches

    def clear():
        for cache in caches.all(initialized_only=True):
            cache.clear()

    clear()
    yield
    clear()
