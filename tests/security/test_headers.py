"""Transport and headers: the deploy checklist and each header on every kind of URL."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.consultations.conftest import form_pages  # noqa: F401 (fixture)

BASE_DIR = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


def test_deploy_checklist_passes_with_production_settings():
    env = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="spineclinic.settings.production",
        SECRET_KEY="p" * 20 + "Q-7x!k" * 8,
        ALLOWED_HOSTS="www.example.org",
        CLAMD_HOST="clamd",
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def directives(header):
    parts = (part.strip().partition(" ") for part in header.split(";") if part.strip())
    return {name: value for name, _, value in parts}


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    csp = directives(response["Content-Security-Policy"])
    assert csp["object-src"] == "'none'"
    assert csp["frame-ancestors"] == "'self'"
    assert csp["base-uri"] == "'self'"
    return csp


@pytest.mark.parametrize(
    "path",
    ["/", "/no-such-page/", "/request-a-consultation/", "/refer-a-patient/", "/sitemap.xml"],
)
def test_public_urls_have_a_strict_policy(client, form_pages, path):  # noqa: F811
    response = client.get(path)
    csp = assert_common_headers(response)
    for directive in ["script-src", "style-src", "default-src"]:
        assert "unsafe-inline" not in csp.get(directive, "")
        assert "unsafe-eval" not in csp.get(directive, "")
    assert csp["script-src"].startswith("'self'")


@pytest.mark.parametrize("path", ["/admin/login/", "/admin/"])
def test_admin_has_its_own_policy(client, home, path):
    response = client.get(path, follow=True)
    csp = assert_common_headers(response)
    assert "unsafe-eval" not in csp["script-src"]
    assert "nonce-" not in csp["script-src"]  # a nonce would switch off what the admin needs
    assert "blob:" in csp["img-src"]


def test_admin_makes_no_outside_calls(admin_client, home):
    html = admin_client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower()
    assert "releases.wagtail.io" not in html and "latest.txt" not in html


def test_server_error_page_has_the_headers_too(client, home):
    from unittest import mock

    client.raise_request_exception = False
    with mock.patch(
        "conditions.models.pages.HomePage.get_context", side_effect=RuntimeError("boom")
    ):
        response = client.get("/")
    assert response.status_code == 500
    csp = assert_common_headers(response)
    assert "unsafe-inline" not in csp["script-src"]


def test_preview_still_works_under_the_policy(admin_client, home):
    response = admin_client.get(f"/admin/pages/{home.pk}/edit/preview/?mode=")
    assert response.status_code == 200
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    # Wagtail lets its own editor frame the preview; nothing else may.
    assert response.get("X-Frame-Options", "SAMEORIGIN") == "SAMEORIGIN"
