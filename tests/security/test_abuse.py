"""Bots, floods and oversized posts: refused, with nothing stored."""

import pytest
from django.test import Client

from consultations.models import PatientRequest
from tests.consultations.conftest import consultation_data, form_pages, started  # noqa: F401

pytestmark = pytest.mark.django_db


def test_honeypot_looks_like_success_and_stores_nothing(client, form_pages):  # noqa: F811
    response = client.post(
        form_pages["consultation"].url, consultation_data(website="http://spam.example")
    )
    assert response.status_code == 200
    assert "We have received your request" in response.content.decode()
    assert PatientRequest.objects.count() == 0


def test_a_form_sent_too_fast_is_a_bot(client, form_pages):  # noqa: F811
    response = client.post(
        form_pages["consultation"].url, consultation_data(form_started=started(seconds_ago=1))
    )
    assert "We have received your request" in response.content.decode()
    assert PatientRequest.objects.count() == 0


def test_a_forged_start_time_is_a_bot(client, form_pages):  # noqa: F811
    response = client.post(
        form_pages["consultation"].url, consultation_data(form_started="1700000000")
    )
    assert "We have received your request" in response.content.decode()
    assert PatientRequest.objects.count() == 0


def test_people_are_not_mistaken_for_bots(client, form_pages):  # noqa: F811
    html = client.get(form_pages["consultation"].url).content.decode()
    assert 'name="form_started"' in html
    assert 'class="field-trap" aria-hidden="true"' in html
    response = client.post(form_pages["consultation"].url, consultation_data())
    assert response.status_code == 302
    assert PatientRequest.objects.count() == 1


def test_flooding_gets_a_friendly_429(settings, client, form_pages):  # noqa: F811
    settings.REQUEST_FORM_RATE = "3/m"
    for _ in range(3):
        assert client.post(form_pages["consultation"].url, consultation_data()).status_code == 302
    response = client.post(form_pages["consultation"].url, consultation_data())
    assert response.status_code == 429
    html = response.content.decode()
    assert "Please wait before sending again" in html and "(212) 555-0142" in html
    assert PatientRequest.objects.count() == 3
    other = Client(REMOTE_ADDR="198.51.100.7")  # another client is not affected
    assert other.post(form_pages["consultation"].url, consultation_data()).status_code == 302


def test_oversized_body_is_refused_before_it_is_read(client, form_pages):  # noqa: F811
    response = client.generic(
        "POST",
        form_pages["consultation"].url,
        b"x",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH=str(200 * 1024 * 1024),
    )
    assert response.status_code == 413
    assert "too much to send at once" in response.content.decode()
    assert PatientRequest.objects.count() == 0


def test_too_many_fields_are_refused(client, form_pages):  # noqa: F811
    data = consultation_data()
    data.update({f"extra{i}": "x" for i in range(400)})
    response = client.post(form_pages["consultation"].url, data)
    assert response.status_code == 400
    assert "We could not read that form" in response.content.decode()
    assert PatientRequest.objects.count() == 0


def test_posts_without_csrf_token_are_refused(form_pages):  # noqa: F811
    client = Client(enforce_csrf_checks=True)
    response = client.post(form_pages["consultation"].url, consultation_data())
    assert response.status_code == 403
    assert PatientRequest.objects.count() == 0


# Behind the proxy (deploy/varnish/default.vcl): every connection comes from it, and it
# appends the address it saw to X-Forwarded-For.
PROXY = "10.0.0.5"


def through_proxy(client_address, proxy=PROXY):
    return Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=client_address)


@pytest.fixture
def behind_proxy(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]


@pytest.fixture
def old_proxy_hint(settings):
    """What the old .env.example advised behind a proxy: it must change nothing any more."""
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"


def test_a_flood_behind_the_proxy_does_not_shut_the_form_for_everyone(
    settings,
    behind_proxy,
    form_pages,  # noqa: F811
):
    assert settings.REQUEST_FORM_RATE == "30/h"
    url = form_pages["consultation"].url
    flooder = through_proxy("203.0.113.66")
    for _ in range(30):
        assert flooder.post(url, {"patient_name": "junk"}).status_code == 200  # form errors
    assert flooder.post(url, {"patient_name": "junk"}).status_code == 429
    patient = through_proxy("198.51.100.1")
    assert patient.post(url, consultation_data()).status_code == 302
    assert PatientRequest.objects.count() == 1


def test_a_made_up_forwarded_address_changes_nothing(
    settings,
    behind_proxy,
    old_proxy_hint,
    form_pages,  # noqa: F811
):
    settings.REQUEST_FORM_RATE = "3/h"
    url = form_pages["consultation"].url
    # Straight to the server, not through the proxy: the header is the client's own words.
    for number in range(3):
        spoofer = Client(REMOTE_ADDR="203.0.113.66", HTTP_X_FORWARDED_FOR=f"192.0.2.{number}")
        assert spoofer.post(url, {"patient_name": "junk"}).status_code == 200
    spoofer = Client(REMOTE_ADDR="203.0.113.66", HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert spoofer.post(url, {"patient_name": "junk"}).status_code == 429
    # Through the proxy, what the client wrote is left of what the proxy saw: ignored too.
    for number in range(3):
        client = through_proxy(f"192.0.2.{number}, 198.51.100.1")
        assert client.post(url, {"patient_name": "junk"}).status_code == 200
    assert through_proxy("192.0.2.99, 198.51.100.1").post(url, {}).status_code == 429


@pytest.mark.parametrize(
    "forwarded",
    ["198.51.100.1, 10.0.0.5", "198.51.100.1,10.0.0.5", "garbage", "", " , ", "2001:db8::1"],
)
def test_a_forwarded_list_never_breaks_a_post(
    behind_proxy,
    old_proxy_hint,
    form_pages,  # noqa: F811
    forwarded,
):
    response = through_proxy(forwarded).post(form_pages["consultation"].url, consultation_data())
    assert response.status_code == 302


def test_more_than_100_files_get_the_sites_own_400_page(client, form_pages):  # noqa: F811
    from django.core.files.uploadedfile import SimpleUploadedFile

    url = form_pages["consultation"].url
    client.get(url)  # a page rendered: the phone numbers are remembered outside the database
    files = [
        SimpleUploadedFile(f"scan{i}.pdf", b"%PDF-1.4", "application/pdf") for i in range(101)
    ]
    response = client.post(url, {**consultation_data(), "files": files})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Bad Request" not in html and "We could not accept what was sent" in html
    assert "(212) 555-0140" in html and "(212) 555-0142" in html and "911" in html
    assert response["Cache-Control"] == "no-store"
    assert PatientRequest.objects.count() == 0


def test_a_field_over_2_5_mb_gets_the_sites_own_400_page(client, form_pages):  # noqa: F811
    url = form_pages["consultation"].url
    client.get(url)
    response = client.post(url, consultation_data(message="x" * (3 * 1024 * 1024)))
    assert response.status_code == 400
    html = response.content.decode()
    assert "We could not accept what was sent" in html and "(212) 555-0140" in html
    assert PatientRequest.objects.count() == 0
