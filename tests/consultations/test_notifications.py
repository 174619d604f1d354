"""Telling the intake team and the person: at once, without patient details, and never lost."""

import smtplib
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from consultations.models import PatientRequest

from .conftest import consultation_data, referral_data, run_worker

pytestmark = pytest.mark.django_db

PATIENT_DETAILS = [
    "Canary",  # every name, message and place in the test data contains it
    "1961",
    "555-0188",
    "0188",
    "breast",
    "Breast",
    "thoracic",
    "back pain",
    "ana.canary",
]


def submit(client, page, data):
    response = client.post(page.url, data)
    assert response.status_code == 302
    return PatientRequest.objects.order_by("-pk").first()


def email_text(message):
    return f"{message.subject}\n{message.body}\n{' '.join(message.to)}"


def test_intake_and_person_are_told_without_patient_details(client, form_pages):
    stored = submit(client, form_pages["consultation"], consultation_data())
    assert mail.outbox == []  # nothing is sent inside the request
    run_worker()
    assert len(mail.outbox) == 2
    intake = next(m for m in mail.outbox if m.to == ["intake@example.org"])
    confirmation = next(m for m in mail.outbox if m.to == ["ana.canary@canary-lopez.net"])
    assert intake.subject == f"New consultation request {stored.reference}"
    assert f"/admin/patient-requests/inspect/{stored.pk}/" in intake.body
    assert confirmation.subject == f"We have received your request {stored.reference}"
    assert "(212) 555-0142" in confirmation.body  # the urgent line, from the settings
    for message in mail.outbox:
        text = email_text(message).replace("ana.canary@canary-lopez.net", "")
        for detail in PATIENT_DETAILS:
            assert detail not in text, (message.subject, detail)
    stored.refresh_from_db()
    assert stored.intake_notified_at and stored.confirmation_sent_at


def test_urgent_requests_are_told_separately(client, form_pages):
    stored = submit(
        client,
        form_pages["referral"],
        referral_data(
            neuro_status="deficit_progressing", referrer_email="robin@bronx-oncology.org"
        ),
    )
    run_worker()
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects["intake@example.org"] == f"New urgent referral request {stored.reference}"
    assert subjects["urgent-intake@example.org"].startswith(
        f"URGENT (EMERGENCY) referral request {stored.reference}"
    )
    for message in mail.outbox:
        for detail in ["Canary", "progressing", "T8", "1950"]:
            assert detail not in email_text(message)


def test_email_failure_loses_nothing_and_retries(client, form_pages):
    with mock.patch(
        "django.core.mail.EmailMessage.send", side_effect=smtplib.SMTPServerDisconnected("down")
    ):
        stored = submit(client, form_pages["consultation"], consultation_data())
        run_worker()
    stored.refresh_from_db()
    assert stored.intake_notified_at is None
    assert stored.notification_attempts == 2  # both emails failed once
    assert "SMTPServerDisconnected" in stored.last_notification_error
    retries = DBTaskResult.objects.filter(status="READY", run_after__gt=timezone.now())
    assert retries.count() == 2

    out = mock.MagicMock()
    call_command("requests_pending_notification", "--older-than", "0", stdout=out)
    printed = "".join(str(call.args[0]) for call in out.write.call_args_list)
    assert stored.reference in printed and "Canary" not in printed

    # The mail server is back: the retry (made due now) sends it.
    retries.update(run_after=timezone.now())
    run_worker()
    stored.refresh_from_db()
    assert stored.intake_notified_at is not None
    assert len(mail.outbox) == 2


def test_no_confirmation_without_an_email_address(client, form_pages):
    submit(
        client,
        form_pages["consultation"],
        consultation_data(
            relationship="self", submitter_email="", submitter_phone="", submitter_name=""
        ),
    )
    run_worker()
    assert [message.to for message in mail.outbox] == [["intake@example.org"]]
