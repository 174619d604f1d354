"""Encryption at rest, proven with raw SQL and raw storage, and key rotation."""

import pikepdf
import pytest
from django.core.management import call_command
from django.db import connection

from consultations.encryption import forget_derived_keys
from consultations.models import PatientRequest, RequestFile, RequestNote
from tests.consultations.conftest import (  # noqa: F401
    consultation_data,
    form_pages,
    second_opinion_data,
)
from tests.upload_samples import pdf

pytestmark = pytest.mark.django_db
CANARY = "Zebracanary"
PDF = pdf(text=b"Zebracanary report")


def raw_rows(table):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 (a fixed table name)
        return "\n".join(" ".join(str(value) for value in row) for row in cursor.fetchall())


def submit_canary(client, form_pages):  # noqa: F811
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = second_opinion_data(
        patient_name=f"{CANARY} Patient",
        submitter_name=f"{CANARY} Sister",
        message=f"{CANARY} has new pain.",
        questions=f"Can {CANARY} walk again?",
        treating_oncologist=f"Dr. {CANARY}",
        patient_dob_2="1944",
        symptoms=["back_pain"],
        change_back_pain="new_weeks",
    )
    data["files"] = [SimpleUploadedFile(f"{CANARY} MRI.pdf", PDF)]
    assert client.post(form_pages["second_opinion"].url, data).status_code == 302
    return PatientRequest.objects.get()


def test_canary_is_not_in_the_database_or_storage_in_plain_text(client, form_pages):  # noqa: F811
    stored = submit_canary(client, form_pages)
    RequestNote.objects.create(request=stored, text=f"Called {CANARY}'s sister.")
    for table in [
        "consultations_patientrequest",
        "consultations_requestfile",
        "consultations_requestnote",
    ]:
        text = raw_rows(table)
        assert CANARY.lower() not in text.lower(), table
        assert "1944" not in text, table
    request_file = RequestFile.objects.get()
    storage = request_file.file.storage
    from django.core.files.storage import InMemoryStorage

    # What is really kept: the storage's own bytes, under the decrypting layer.
    with InMemoryStorage._open(storage, request_file.file.name, "rb") as handle:
        raw = handle.read()
    assert CANARY.encode() not in raw and not raw.startswith(b"%PDF")
    # Staff still read it all, through the model.
    assert stored.patient_name == f"{CANARY} Patient"
    with storage.open(request_file.file.name) as handle, pikepdf.open(handle) as document:
        assert CANARY.encode() in document.pages[0].Contents.read_bytes()
    assert request_file.original_name == f"{CANARY} MRI.pdf"


def test_name_search_works_on_encrypted_names(client, form_pages):  # noqa: F811
    stored = submit_canary(client, form_pages)
    assert list(PatientRequest.objects.matching("zebracanary")) == [stored]
    assert list(PatientRequest.objects.matching("ZEBRACANARY patient")) == [stored]
    assert list(PatientRequest.objects.matching("zebracanary nobody")) == []
    assert list(PatientRequest.objects.matching(stored.reference.lower())) == [stored]


@pytest.fixture
def fresh_keys():
    forget_derived_keys()
    yield
    forget_derived_keys()  # the next test derives its keys from the restored settings


def test_key_rotation_keeps_old_rows_readable(settings, client, form_pages, fresh_keys):  # noqa: F811
    settings.SALT_KEY = ["old-salt"]
    forget_derived_keys()
    stored = submit_canary(client, form_pages)
    before = raw_rows("consultations_patientrequest")
    request_file = RequestFile.objects.get()
    with request_file.file.storage.open(request_file.file.name) as handle:
        stored_pdf = handle.read()  # as rebuilt when it arrived

    settings.SALT_KEY = ["new-salt", "old-salt"]  # new first: encrypts; old still decrypts
    forget_derived_keys()
    assert PatientRequest.objects.get().patient_name == f"{CANARY} Patient"
    call_command("reencrypt_requests", verbosity=0)
    assert raw_rows("consultations_patientrequest") != before

    settings.SALT_KEY = ["new-salt"]  # the old salt is retired
    forget_derived_keys()
    again = PatientRequest.objects.get(pk=stored.pk)
    assert again.patient_name == f"{CANARY} Patient"
    assert again.symptoms == ["back_pain"]
    assert again.symptom_changes == {"back_pain": "new_weeks"}
    with request_file.file.storage.open(request_file.file.name) as handle:
        assert handle.read() == stored_pdf
