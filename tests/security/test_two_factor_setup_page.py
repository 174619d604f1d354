"""The setup page of two-step login shows one QR code and one form, and the admin's background
requests of a user who has not passed the second step get a refusal, not the setup page."""

import pytest

pytestmark = pytest.mark.django_db

SETUP = "/admin/two-factor/setup/"


@pytest.fixture
def unverified(client, admin_user):
    client.force_login(admin_user)  # password only: no second step yet
    return client


def test_setup_page_has_one_qr_code_and_one_form(unverified):
    html = unverified.get(SETUP).content.decode()
    assert html.count('class="two-factor-qr"') == 1
    assert html.count('name="token"') == 1


def test_icon_sprite_is_the_sprite_not_the_setup_page(unverified):
    """Wagtail's icons.js fetches the sprite and writes the answer into every admin page (and
    keeps it in the browser's storage). Redirected, it wrote a second setup page, with the
    authenticator's secret, into the first."""
    from django.urls import reverse

    response = unverified.get(
        reverse("wagtailadmin_sprite"),
        headers={"Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty"},
        follow=True,
    )
    body = response.content.decode()
    assert response.status_code == 200 and "<svg" in body
    assert "two-factor-qr" not in body and 'name="token"' not in body
    response = unverified.get(reverse("wagtailadmin_javascript_catalog"))
    assert response.status_code == 200 and "two-factor" not in response.content.decode()


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty"},
        {"X-Requested-With": "XMLHttpRequest"},
        {"Accept": "application/json"},
    ],
)
def test_background_requests_are_refused_not_redirected(unverified, headers):
    response = unverified.get("/admin/patient-requests/?_=1", headers=headers)
    assert response.status_code == 401
    assert response["Content-Type"] == "application/json"
    assert response.json()["url"] == SETUP
    # A page the person opens is still sent to the setup page.
    response = unverified.get(
        "/admin/patient-requests/", headers={"Sec-Fetch-Mode": "navigate", "Accept": "text/html"}
    )
    assert response.status_code == 302 and response["Location"].startswith(SETUP)
