"""The forms ask which language to use and whether an interpreter is needed; the intake team
sees it and filters on it; the person's confirmation comes in the language they used."""

import re

import pytest
from django.core import mail
from django.utils.translation import override

from consultations import notifications
from consultations.models import PatientRequest
from tests.conftest import login_verified

from .conftest import consultation_data, referral_data, run_worker

pytestmark = pytest.mark.django_db


def submit(client, page, data):
    response = client.post(page.url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return PatientRequest.objects.order_by("-pk").first()


def test_the_form_asks_for_the_language_with_each_name_in_its_own_language(client, form_pages):
    html = client.get(form_pages["consultation"].url).content.decode()
    select = re.search(r'<select name="preferred_language".*?</select>', html, re.S).group(0)
    # English is chosen unless the person changes it (the page's language).
    assert re.search(r'<option value="en"[^>]*selected', select)
    # Each language can be read by those who read only that language, and screen readers
    # switch voice for it.
    assert '<option value="cmn" lang="zh-Hans" dir="ltr"' in select
    assert "Chinese (Mandarin) — 普通话" in select
    assert '<option value="ar" lang="ar" dir="rtl"' in select
    assert "Haitian Creole — Kreyòl ayisyen" in select
    assert "Yes, we would like a medical interpreter. It is free." in html


def test_the_language_and_interpreter_are_stored(client, form_pages):
    stored = submit(
        client,
        form_pages["consultation"],
        consultation_data(preferred_language="yue", interpreter_needed="on"),
    )
    assert stored.preferred_language == "yue"
    assert stored.interpreter_needed is True
    assert stored.site_language == "en"
    assert stored.language_label == "Chinese (Cantonese), interpreter needed"


def test_another_language_must_be_named(client, form_pages):
    page = form_pages["consultation"]
    response = client.post(page.url, consultation_data(preferred_language="other"))
    assert response.status_code == 200
    assert "Enter the language you would like us to use." in response.content.decode()
    assert PatientRequest.objects.count() == 0

    stored = submit(
        client, page, consultation_data(preferred_language="other", other_language=" Tigrinya ")
    )
    assert stored.language_label == "Another language: Tigrinya"


def test_a_named_other_language_is_dropped_when_a_listed_one_is_chosen(client, form_pages):
    stored = submit(
        client,
        form_pages["consultation"],
        consultation_data(preferred_language="ko", other_language="Tigrinya"),
    )
    assert stored.other_language == ""
    assert stored.language_label == "Korean"


def test_the_referral_form_asks_about_the_patient(client, form_pages):
    html = client.get(form_pages["referral"].url).content.decode()
    assert "The patient&#x27;s preferred language" in html
    assert "The patient needs a medical interpreter" in html
    stored = submit(
        client,
        form_pages["referral"],
        referral_data(preferred_language="ru", interpreter_needed="on"),
    )
    assert stored.language_label == "Russian, interpreter needed"


def test_the_confirmation_says_an_interpreter_will_be_there(client, form_pages):
    page = form_pages["consultation"]
    submit(client, page, consultation_data(preferred_language="bn", interpreter_needed="on"))
    received = client.get(page.url + "received/").content.decode()
    assert "we will have a medical interpreter with us when we call you" in received

    submit(client, page, consultation_data())
    received = client.get(page.url + "received/").content.decode()
    assert "interpreter with us" not in received


def test_the_email_to_the_person_is_in_the_language_of_the_site_they_used(client, form_pages):
    stored = submit(
        client,
        form_pages["consultation"],
        consultation_data(interpreter_needed="on", preferred_language="es"),
    )
    # As if sent from the Spanish site: the worker has no language of its own.
    PatientRequest.objects.filter(pk=stored.pk).update(site_language="es")
    mail.outbox.clear()
    run_worker()
    confirmation = next(m for m in mail.outbox if m.to == ["ana.canary@canary-lopez.net"])
    assert confirmation.subject == f"Recibimos su solicitud {stored.reference}"
    assert "Gracias. Recibimos su solicitud de consulta." in confirmation.body
    assert "Pidió un intérprete" in confirmation.body
    for english in ["Thank you", "Your reference", "What happens next", "interpreter"]:
        assert english not in confirmation.body, english
    # The staff's email stays in English, and the worker is back in English afterwards.
    intake = next(m for m in mail.outbox if m.to == ["intake@example.org"])
    assert intake.subject.startswith("New consultation request")


def test_an_english_request_gets_an_english_email_even_from_a_spanish_worker(client, form_pages):
    stored = submit(client, form_pages["consultation"], consultation_data())
    with override("es"):
        message = notifications.confirmation_message(stored)
    assert message.subject == f"We have received your request {stored.reference}"
    assert "Thank you. We have received your consultation request." in message.body


def test_the_intake_list_shows_and_filters_the_language(client, form_pages, intake_user):
    page = form_pages["consultation"]
    needs = submit(
        client,
        page,
        consultation_data(preferred_language="ht", interpreter_needed="on", patient_name="A B"),
    )
    english = submit(client, page, consultation_data(patient_name="C D"))
    login_verified(client, intake_user)

    html = client.get("/admin/patient-requests/").content.decode()
    assert "Haitian Creole, interpreter needed" in html

    html = client.get("/admin/patient-requests/?interpreter_needed=true").content.decode()
    assert needs.reference in html
    assert english.reference not in html

    html = client.get("/admin/patient-requests/?preferred_language=en").content.decode()
    assert english.reference in html
    assert needs.reference not in html

    html = client.get(f"/admin/patient-requests/inspect/{needs.pk}/").content.decode()
    assert "Preferred language" in html
    assert "Haitian Creole, interpreter needed" in html
