"""The audit trail of patient requests records only what happened, and no patient details."""

import json

import pytest
from wagtail.models import ModelLogEntry

from consultations.models import PatientRequest
from tests.conftest import login_verified
from tests.consultations.conftest import (  # noqa: F401
    consultation_data,
    editor_user,
    form_pages,
    intake_user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def patient_request(client, form_pages):  # noqa: F811
    client.post(form_pages["consultation"].url, consultation_data())
    client.logout()
    return PatientRequest.objects.get()


def test_a_refused_user_leaves_no_viewed_entry(client, patient_request, editor_user):  # noqa: F811
    login_verified(client, editor_user)  # an editor: in the admin, but not allowed to see requests
    response = client.get(f"/admin/patient-requests/inspect/{patient_request.pk}/")
    assert response.status_code in (302, 403)
    assert not ModelLogEntry.objects.filter(action="consultations.view").exists()


def test_a_permitted_view_is_recorded_by_reference(client, patient_request, intake_user):  # noqa: F811
    login_verified(client, intake_user)
    response = client.get(f"/admin/patient-requests/inspect/{patient_request.pk}/")
    assert response.status_code == 200
    entry = ModelLogEntry.objects.get(action="consultations.view")
    assert entry.user == intake_user and entry.object_id == str(patient_request.pk)
    assert entry.label == patient_request.reference
    assert "Canary" not in json.dumps(entry.data) + entry.label


def test_the_export_entry_holds_no_search_text(client, patient_request, intake_user):  # noqa: F811
    login_verified(client, intake_user)
    response = client.get(
        "/admin/patient-requests/",
        {"export": "csv", "q": "Canary-Lopez", "status": "new", "urgent": "false"},
    )
    assert patient_request.reference in b"".join(response.streaming_content).decode()
    entry = ModelLogEntry.objects.get(action="consultations.export")
    stored = json.dumps(entry.data) + entry.label
    assert "Canary" not in stored and "canary" not in stored.lower()
    assert entry.data["count"] == 1 and entry.data["searched"] is True
    assert entry.data["filters"] == {"status": "new", "urgent": False}
