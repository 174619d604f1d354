"""Bots, floods and oversized posts: refused, with nothing stored."""

import contextlib
import logging
import re
import time
from unittest import mock

import pytest
from django.test import Client

from consultations.models import PatientRequest
from tests.conftest import OTHER_CSRF_SECRET
from tests.consultations.conftest import consultation_data, form_pages, started  # noqa: F401

pytestmark = pytest.mark.django_db


NOT_SENT = "Your request has not been sent"


def assert_not_sent_with_answers_kept(response):
    """The page says plainly that nothing was sent, gives the three numbers to call, and shows
    the form again with the person's answers."""
    assert response.status_code == 200
    html = response.content.decode()
    assert NOT_SENT in html and "We have received your request" not in html
    assert "(212) 555-0140" in html and "(212) 555-0142" in html  # main and urgent lines
    assert 'href="tel:911"' in html
    assert 'value="Maria Canary-Lopez"' in html
    assert "Canary message about her treatment options." in html
    assert response["Cache-Control"] == "no-store"
    assert PatientRequest.objects.count() == 0
    return response.context["form"]


def send_again(client, url, form, seconds_later=10):
    """What a person does on that page: press "Send request" again (a few seconds later)."""
    data = {name: value if len(value) > 1 else value[0] for name, value in form.data.lists()}
    with freeze_clock(seconds_later):
        return client.post(url, data)


@contextlib.contextmanager
def freeze_clock(seconds_later):
    real = time.time
    with mock.patch("consultations.bot_checks.time.time", lambda: real() + seconds_later):
        yield


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param(lambda: {"website": "http://spam.example"}, id="hidden field filled in"),
        pytest.param(lambda: {"form_started": started(seconds_ago=1)}, id="sent too fast"),
        pytest.param(lambda: {"form_started": "1700000000"}, id="forged stamp"),
        pytest.param(lambda: {"form_started": ""}, id="no stamp"),
        pytest.param(lambda: {"form_started": started(seconds_ago=25 * 3600)}, id="expired stamp"),
        pytest.param(
            lambda: {"form_started": started(csrf_secret=OTHER_CSRF_SECRET)},
            id="stamp from another browser",
        ),
    ],
)
def test_a_post_failing_a_bot_check_is_told_it_was_not_sent(client, form_pages, overrides):  # noqa: F811
    url = form_pages["consultation"].url
    response = client.post(url, consultation_data(**overrides()))
    form = assert_not_sent_with_answers_kept(response)
    assert form.data["website"] == ""
    # A real person sends it again from that page, and it arrives.
    resent = send_again(client, url, form)
    assert resent.status_code == 302
    assert PatientRequest.objects.count() == 1
    assert PatientRequest.objects.get().patient_name == "Maria Canary-Lopez"


def test_a_browser_that_autofilled_the_hidden_field_can_still_send(client, form_pages):  # noqa: F811
    """The autofilled field is emptied on the page that says "not sent", so the same person
    pressing the button again gets through, without retyping anything."""
    url = form_pages["consultation"].url
    page = client.get(url)
    form = page.context["form"]
    data = consultation_data(
        website="Maria Canary-Lopez",
        submission_token=str(form.initial["submission_token"]),
        form_started=form.initial["form_started"],
    )
    with freeze_clock(seconds_later=30):
        response = client.post(url, data)
    assert_not_sent_with_answers_kept(response)
    trap = re.search(r'<input[^>]*name="website"[^>]*>', response.content.decode()).group(0)
    assert "value=" not in trap
    assert send_again(client, url, response.context["form"], seconds_later=40).status_code == 302
    assert PatientRequest.objects.count() == 1


def test_form_stamps_expire_after_the_setting(settings, client, form_pages):  # noqa: F811
    settings.REQUEST_FORM_MAX_AGE_HOURS = 2
    url = form_pages["consultation"].url
    response = client.post(url, consultation_data(form_started=started(seconds_ago=3 * 3600)))
    assert NOT_SENT in response.content.decode()
    response = client.post(url, consultation_data(form_started=started(seconds_ago=3600)))
    assert response.status_code == 302


def test_a_bot_post_is_counted_in_the_log_without_details(client, form_pages, caplog):  # noqa: F811
    url = form_pages["consultation"].url
    with caplog.at_level(logging.INFO, logger="consultations.bot_checks"):
        client.post(url, consultation_data(website="x"))
        client.post(url, consultation_data(form_started="forged"))
    messages = [r.getMessage() for r in caplog.records if r.name == "consultations.bot_checks"]
    assert messages[-1].endswith("refused today: 2")
    assert not any("Canary" in message for message in messages)


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


def test_the_400_page_has_the_numbers_even_before_any_page_was_shown(client, form_pages):  # noqa: F811
    """A fresh server process, or an emptied cache, has remembered no numbers yet."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from spineclinic import contact_cache

    contact_cache.forget()
    files = [SimpleUploadedFile(f"s{i}.pdf", b"%PDF-1.4", "application/pdf") for i in range(101)]
    response = client.post(form_pages["consultation"].url, {**consultation_data(), "files": files})
    assert response.status_code == 400
    html = response.content.decode()
    assert "We could not accept what was sent" in html
    assert "(212) 555-0140" in html and "(212) 555-0142" in html and "tel:911" in html


def test_the_413_page_gives_the_numbers_to_call(client, form_pages):  # noqa: F811
    from spineclinic import contact_cache

    contact_cache.forget()
    response = client.generic(
        "POST",
        form_pages["consultation"].url,
        b"x",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(200 * 1024 * 1024),
    )
    assert response.status_code == 413
    html = response.content.decode()
    assert "too much to send at once" in html
    assert "(212) 555-0140" in html and "(212) 555-0142" in html and 'href="tel:911"' in html
    assert response["Cache-Control"] == "no-store"


def test_too_many_fields_gives_the_urgent_line_and_911(client, form_pages):  # noqa: F811
    data = consultation_data()
    data.update({f"extra{i}": "x" for i in range(400)})
    html = client.post(form_pages["consultation"].url, data).content.decode()
    assert "We could not read that form" in html
    assert "(212) 555-0140" in html and "(212) 555-0142" in html and 'href="tel:911"' in html
