"""Browser tests: Playwright driving Debian's Chromium against a live server with the practice's
real content, loaded once per session.

The content is written outside any test transaction (so the server thread sees it), and the
tests here use neither `db` nor `live_server`: those would flush the database after every test.
If /usr/bin/chromium is missing the tests are skipped, except in CI (CI=true), where that is a
failure.
"""

import os
import shutil
import warnings
from contextlib import contextmanager
from io import StringIO
from urllib.parse import urlparse

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
PHONE = {"width": 320, "height": 640}
DESKTOP = {"width": 1280, "height": 800}
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


@contextmanager
def orm_beside_playwright():
    """Let the Django ORM run in the thread where Playwright's sync API keeps an event loop.
    Only for as long as needed: a process-wide setting would leak into other tests (and into
    `manage.py check --deploy` run from them)."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(autouse=True)
def _orm_beside_playwright():
    with orm_beside_playwright():
        yield


def pytest_collection_modifyitems(config, items):
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.browser)


def _chromium_or_skip():
    if os.path.exists(CHROMIUM) or shutil.which(CHROMIUM):
        return CHROMIUM
    message = f"Chromium not found at {CHROMIUM}: apt-get install -y chromium"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message} (browser tests must run in CI)", pytrace=False)
    pytest.skip(message)


def ensure_wagtail_base():
    """Recreate what Wagtail's migrations make (root page, locales, root collection) in case a
    transactional test flushed them earlier in the session."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page

    ContentType.objects.clear_cache()  # a flush gives content types new ids
    english, _ = Locale.objects.get_or_create(language_code="en")
    Locale.objects.get_or_create(language_code="es")
    if not Page.get_first_root_node():
        Page.add_root(
            instance=Page(
                title="Root",
                slug="root",
                content_type=ContentType.objects.get_for_model(Page),
                locale=english,
            )
        )
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")


def _test_database_name():
    from django.db import connection

    return connection.creation._get_test_db_name()


# Worked out at collection, before any test database exists: afterwards Django's own answer
# would be the test name with a second "test_" in front.
TEST_DATABASE_NAME = _test_database_name()


def _on_test_database():
    from django.db import connection

    return connection.settings_dict["NAME"] == TEST_DATABASE_NAME


@pytest.fixture(scope="session")
def live_site(django_db_setup, django_db_blocker):
    """A live server on 127.0.0.1 serving the practice's content; its base URL."""
    from django.core.management import call_command
    from django.db import OperationalError, connections
    from django.test.utils import setup_databases, teardown_databases
    from pytest_django.live_server_helper import LiveServer

    _chromium_or_skip()
    with django_db_blocker.unblock():
        # pytest-django creates the test database only when some collected test asks for
        # `db`; these tests do not (to keep their content between tests), so when they run
        # alone the test database is made here. Never the development database.
        own_databases = None
        if not _on_test_database():
            own_databases = setup_databases(verbosity=0, interactive=False, aliases={"default"})
        assert _on_test_database()
        ensure_wagtail_base()
        # Both languages, as `make run` loads them: the Spanish pages are checked as well.
        call_command("load_site_content", stdout=StringIO())
        server = LiveServer("127.0.0.1:0")
        try:
            yield server.url
        finally:
            server.stop()
            assert _on_test_database()
            call_command("flush", interactive=False, verbosity=0)
            ensure_wagtail_base()
            if own_databases is not None:
                connections.close_all()
                try:
                    teardown_databases(own_databases, verbosity=0)
                except OperationalError as error:  # a server thread's connection lingers
                    warnings.warn(f"Test database left in place: {error}", stacklevel=1)


@pytest.fixture(scope="session")
def browser(live_site):
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(
        executable_path=_chromium_or_skip(), args=CHROMIUM_ARGS, headless=True
    )
    yield chromium
    chromium.close()
    playwright.stop()


class Visitor:
    """One browser tab that remembers every request and console error of each page load."""

    def __init__(self, context, base_url):
        self.context = context
        self.base_url = base_url
        self.page = context.new_page()
        self.requests, self.errors = [], []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def visit(self, path):
        """Load a page; return the requests it made and any console errors."""
        self.requests.clear()
        self.errors.clear()
        response = self.page.goto(self.base_url + path, wait_until="load")
        return response

    def foreign_requests(self):
        return [url for url in self.requests if urlparse(url).hostname not in LOCAL_HOSTS]


def _visitor(browser, live_site, **options):
    context = browser.new_context(**options)
    context.set_default_timeout(10_000)
    visitor = Visitor(context, live_site)
    return context, visitor


@pytest.fixture(scope="module")
def phone(browser, live_site):
    context, visitor = _visitor(browser, live_site, viewport=PHONE, is_mobile=True, has_touch=True)
    yield visitor
    context.close()


@pytest.fixture(scope="module")
def desktop(browser, live_site):
    context, visitor = _visitor(browser, live_site, viewport=DESKTOP)
    yield visitor
    context.close()


@pytest.fixture(scope="module")
def site_paths(live_site, django_db_blocker):
    """One live page of each page type (the first in tree order), by type name."""
    from wagtail.models import Page

    with django_db_blocker.unblock(), orm_beside_playwright():
        paths = {}
        for page in (
            Page.objects.live().filter(depth__gt=1).order_by("path").select_related("locale")
        ).specific():
            name = type(page).__name__
            if page.locale.language_code != "en":
                name = f"{name} ({page.locale.language_code})"
            paths.setdefault(name, page.url)
    return paths


def axe_violations(page):
    """axe-core's WCAG A and AA violations on the page, one readable line each."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    return [
        f"{v['id']} ({v['impact']}): {[', '.join(n['target']) for n in v['nodes']][:3]}"
        for v in results.response["violations"]
    ]
