"""Patient details stay in the database: not in logs, error reports or half-stored rows."""

import logging
from unittest import mock

import pytest
from django.core import mail
from django.db import OperationalError
from django.test import Client

from consultations.models import PatientRequest, RequestFile
from tests import upload_samples
from tests.conftest import login_verified
from tests.consultations.conftest import (  # noqa: F401 (form_pages is a fixture)
    consultation_data,
    form_pages,
    run_worker,
    stored_file_names,
)

pytestmark = pytest.mark.django_db


CANARY = "Canary"


def test_no_patient_detail_in_logs(client, form_pages, admin_user, caplog):  # noqa: F811
    caplog.set_level(logging.DEBUG)
    client.post(form_pages["consultation"].url, consultation_data())
    client.post(form_pages["consultation"].url, consultation_data(patient_dob_2="2999"))
    run_worker()
    staff = login_verified(Client(), admin_user)
    staff.get(f"/admin/patient-requests/inspect/{PatientRequest.objects.get().pk}/")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert PatientRequest.objects.get().reference in logged  # the logs do say what happened
    for detail in [CANARY, "1961", "0188", "ana.canary", "breast"]:
        assert detail not in logged, detail


def test_error_reports_carry_no_patient_detail(settings, client, form_pages):  # noqa: F811
    settings.ADMINS = [("Ops", "ops@example.org")]
    settings.DEBUG_PROPAGATE_EXCEPTIONS = False
    client.raise_request_exception = False
    with mock.patch("consultations.models.pages.submit_request", side_effect=RuntimeError("boom")):
        response = client.post(form_pages["consultation"].url, consultation_data())
    assert response.status_code == 500
    report = next(message for message in mail.outbox if "ops@example.org" in message.to)
    text = report.body + "".join(str(alt[0]) for alt in getattr(report, "alternatives", []))
    assert "RuntimeError" in text
    for detail in [CANARY, "1961", "0188", "ana.canary"]:
        assert detail not in text, detail


def test_database_down_during_submission_says_not_received(client, form_pages):  # noqa: F811
    client.get("/")  # a page view remembers the practice's phone numbers outside the database
    with mock.patch(
        "consultations.submission._store", side_effect=OperationalError("connection refused")
    ):
        response = client.post(form_pages["consultation"].url, consultation_data())
    assert response.status_code == 503
    html = response.content.decode()
    assert "your request was not received" in html
    assert "(212) 555-0140" in html and "911" in html
    assert response["Cache-Control"] == "no-store"
    assert PatientRequest.objects.count() == 0 and RequestFile.objects.count() == 0


def test_database_down_still_tells_an_emergency_what_to_do_first(client, form_pages):  # noqa: F811
    client.get("/")
    data = consultation_data(message="his legs gave way and he cant pee")
    with mock.patch(
        "consultations.submission._store", side_effect=OperationalError("connection refused")
    ):
        response = client.post(form_pages["consultation"].url, data)
    assert response.status_code == 503
    main = response.content.decode().split('id="main"', 1)[1]
    alert = main.index('role="alert"')
    assert alert < main.index("Call 911 or go to the nearest emergency department now")
    assert main.index("Call 911 or go to the nearest") < main.index("was not received")


def test_failure_after_files_were_written_leaves_no_files(client, form_pages):  # noqa: F811
    from django.core.files.uploadedfile import SimpleUploadedFile

    from consultations import notifications

    pdf = upload_samples.pdf()
    data = consultation_data(
        previous_recommendations=["surgery"], questions="Q?", imaging_location=""
    )
    data["files"] = [SimpleUploadedFile("a.pdf", pdf), SimpleUploadedFile("b.pdf", pdf)]
    before = stored_file_names()
    with mock.patch.object(
        notifications, "enqueue_for", side_effect=OperationalError("connection lost")
    ):
        response = client.post(form_pages["second_opinion"].url, data)
    assert response.status_code == 503
    assert PatientRequest.objects.count() == 0 and RequestFile.objects.count() == 0
    assert stored_file_names() == before, "files written before the failure were left behind"
