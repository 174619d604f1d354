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
