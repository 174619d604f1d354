"""The referring clinician's name, NPI, phone and email are encrypted at rest like the
patient's details, including referrals stored before the change."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from consultations.models import PatientRequest
from tests.conftest import login_verified
from tests.consultations.conftest import (  # noqa: F401
    form_pages,
    intake_user,
    referral_data,
)

CANARY_NAME = "Dr. Quokkacanary Referrer"
CANARY_NPI = "1234567893"
CANARY_PHONE = "(718) 555-0169"
CANARY_EMAIL = "quokka@quokka-oncology.org"
BEFORE = ("consultations", "0008_request_file_scan_status")
AFTER = ("consultations", "0009_encrypt_referrer_details")


def raw_referrer_columns():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT referrer_name, referrer_npi, referrer_phone, referrer_email "
            "FROM consultations_patientrequest"
        )
        return " ".join(str(value) for row in cursor.fetchall() for value in row)


@pytest.mark.django_db
def test_a_referrers_details_are_not_stored_in_plain_text(client, form_pages, intake_user):  # noqa: F811
    data = referral_data(
        referrer_name=CANARY_NAME,
        referrer_npi=CANARY_NPI,
        referrer_phone=CANARY_PHONE,
        referrer_email=CANARY_EMAIL,
    )
    assert client.post(form_pages["referral"].url, data).status_code == 302
    raw = raw_referrer_columns()
    for value in ["Quokkacanary", CANARY_NPI, "555-0169", "quokka@"]:
        assert value not in raw
    stored = PatientRequest.objects.get()
    assert stored.referrer_name == CANARY_NAME and stored.referrer_npi == CANARY_NPI
    assert stored.contact_email == CANARY_EMAIL  # the confirmation still reaches them

    # The intake team still reads them on the request's page.
    login_verified(client, intake_user)
    html = client.get(f"/admin/patient-requests/inspect/{stored.pk}/").content.decode()
    for value in [CANARY_NAME, CANARY_NPI, CANARY_PHONE, CANARY_EMAIL]:
        assert value in html


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_encrypts_referrals_stored_before_it():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    old_apps = executor.loader.project_state([BEFORE]).apps
    OldRequest = old_apps.get_model("consultations", "PatientRequest")
    OldRequest.objects.create(
        reference="R-OLD0-0001",
        request_type="referral",
        patient_name="Pat Canary",
        patient_dob=datetime.date(1950, 2, 11),
        referrer_name=CANARY_NAME,
        referrer_npi=CANARY_NPI,
        referrer_phone=CANARY_PHONE,
        referrer_email=CANARY_EMAIL,
    )
    OldRequest.objects.create(
        reference="C-OLD0-0002",
        request_type="consultation",
        patient_name="Maria Canary",
        patient_dob=datetime.date(1961, 3, 27),
    )
    assert "Quokkacanary" in raw_referrer_columns()  # as main stored them

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    raw = raw_referrer_columns()
    for value in ["Quokkacanary", CANARY_NPI, "555-0169", "quokka@"]:
        assert value not in raw
    referral = PatientRequest.objects.get(reference="R-OLD0-0001")
    assert (
        referral.referrer_name,
        referral.referrer_npi,
        referral.referrer_phone,
        referral.referrer_email,
    ) == (CANARY_NAME, CANARY_NPI, CANARY_PHONE, CANARY_EMAIL)
    assert PatientRequest.objects.get(reference="C-OLD0-0002").referrer_name == ""
