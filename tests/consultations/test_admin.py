"""The intake admin: who can see what, what they see, and the audit trail."""

import pytest
from django.core.files.base import ContentFile
from wagtail.models import ModelLogEntry

from consultations.models import PatientRequest, RequestFile, RequestNote
from tests.conftest import login_verified

from .conftest import consultation_data, referral_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def requests_(client, form_pages):
    client.post(form_pages["consultation"].url, consultation_data())
    client.post(
        form_pages["referral"].url,
        referral_data(neuro_status="deficit_progressing", patient_name="Urgent Canary"),
    )
    routine = PatientRequest.objects.get(request_type="consultation")
    urgent = PatientRequest.objects.get(request_type="referral")
    request_file = RequestFile(
        request=routine, original_name="Canary MRI.pdf", content_type="application/pdf", size=9
    )
    request_file.file.save("x.pdf", ContentFile(b"%PDF-1.4 %%EOF"), save=False)
    request_file.save()
    return {"routine": routine, "urgent": urgent, "file": request_file}


def urls(requests_):
    pk = requests_["routine"].pk
    return {
        "index": "/admin/patient-requests/",
        "inspect": f"/admin/patient-requests/inspect/{pk}/",
        "edit": f"/admin/patient-requests/edit/{pk}/",
        "history": f"/admin/patient-requests/history/{pk}/",
        "export": "/admin/patient-requests/?export=csv",
        "download": f"/admin/patient-requests/files/{requests_['file'].pk}/download/",
    }


def login(client, user):
    client.logout()
    if user is not None:
        login_verified(client, user)


@pytest.mark.parametrize("name", ["index", "inspect", "edit", "history", "export", "download"])
def test_permission_ladder(client, requests_, editor_user, intake_user, admin_user, name):
    url = urls(requests_)[name]
    login(client, None)
    response = client.get(url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]

    login(client, editor_user)
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert b"Canary" not in (response.content if not response.streaming else b"")
    if response.status_code == 302:
        assert response["Location"] == "/admin/"

    for user in (intake_user, admin_user):
        login(client, user)
        response = client.get(url)
        assert response.status_code == 200, (user, url)
        assert "no-store" in response["Cache-Control"]


def test_nobody_adds_or_deletes_requests_in_the_admin(client, requests_, admin_user):
    login(client, admin_user)
    pk = requests_["routine"].pk
    for method, url in [
        ("get", "/admin/patient-requests/new/"),
        ("post", "/admin/patient-requests/new/"),
        ("get", f"/admin/patient-requests/delete/{pk}/"),
        ("post", f"/admin/patient-requests/delete/{pk}/"),
    ]:
        response = getattr(client, method)(url)
        refused = response.status_code in (403, 404) or (
            response.status_code == 302 and response["Location"] == "/admin/"
        )
        assert refused, (method, url, response.status_code)
    assert PatientRequest.objects.filter(pk=pk).exists()


def test_guessed_ids_find_nothing(client, requests_, intake_user):
    login(client, intake_user)
    assert client.get("/admin/patient-requests/inspect/999999/").status_code == 404
    assert client.get("/admin/patient-requests/files/999999/download/").status_code == 404


def test_editors_do_not_see_the_menu_item(client, requests_, editor_user, intake_user):
    login(client, editor_user)
    assert b"Patient requests" not in client.get("/admin/").content
    login(client, intake_user)
    assert b"Patient requests" in client.get("/admin/").content


def test_list_puts_urgent_first_with_counts_and_filters(client, requests_, intake_user):
    login(client, intake_user)
    html = client.get("/admin/patient-requests/").content.decode()
    assert html.index(requests_["urgent"].reference) < html.index(requests_["routine"].reference)
    assert "1 urgent request still open." in html
    assert "New: 2" in html and "Closed: 0" in html
    html = client.get("/admin/patient-requests/?request_type=consultation").content.decode()
    assert requests_["routine"].reference in html and requests_["urgent"].reference not in html
    html = client.get("/admin/patient-requests/?urgent=true").content.decode()
    assert requests_["urgent"].reference in html and requests_["routine"].reference not in html


def test_search_by_reference_or_name(client, requests_, intake_user):
    login(client, intake_user)
    routine, urgent = requests_["routine"], requests_["urgent"]
    html = client.get(f"/admin/patient-requests/results/?q={routine.reference}").content.decode()
    assert routine.reference in html and urgent.reference not in html
    html = client.get("/admin/patient-requests/results/?q=urgent canary").content.decode()
    assert urgent.reference in html and routine.reference not in html


def test_the_unsearched_list_filters_nothing(client, requests_, intake_user):
    """Without a search the list asks the database for no filter on the requests: an empty
    search term once became `reference LIKE '%%'`, tested on every row of every page (77 ms of
    a deep page with 100,000 requests)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    login(client, intake_user)
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/admin/patient-requests/?p=1").content.decode()
    assert requests_["routine"].reference in html and requests_["urgent"].reference in html
    listed = [
        q["sql"] for q in queries.captured_queries if "consultations_patientrequest" in q["sql"]
    ]
    assert listed
    assert not [sql for sql in listed if "LIKE" in sql.upper()]


def test_detail_shows_every_answer_and_file_and_is_audited(client, requests_, intake_user):
    login(client, intake_user)
    routine = requests_["routine"]
    html = client.get(urls(requests_)["inspect"]).content.decode()
    for text in [
        "Maria Canary-Lopez",
        "27 March 1961",
        "Ana Canary-Lopez",
        "Breast cancer",
        "Canary message about her treatment options.",
        "Canary MRI.pdf",
        "CanaryCare",
    ]:
        assert text in html, text
    entry = ModelLogEntry.objects.get(action="consultations.view")
    assert entry.user == intake_user and entry.object_id == str(routine.pk)


def test_download_is_an_audited_attachment(client, requests_, intake_user):
    login(client, intake_user)
    response = client.get(urls(requests_)["download"])
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response.streaming_content) == b"%PDF-1.4 %%EOF"
    assert ModelLogEntry.objects.filter(action="consultations.download_file").count() == 1


def test_export_is_audited(client, requests_, intake_user):
    login(client, intake_user)
    response = client.get(urls(requests_)["export"])
    body = b"".join(response.streaming_content).decode()
    assert requests_["routine"].reference in body
    entry = ModelLogEntry.objects.get(action="consultations.export")
    assert entry.data["count"] == 2 and entry.user == intake_user


def test_status_assignment_and_note_are_recorded(client, requests_, intake_user):
    login(client, intake_user)
    routine = requests_["routine"]
    response = client.post(
        urls(requests_)["edit"],
        {"status": "contacted", "assigned_to": intake_user.pk, "note": "Called, left message."},
    )
    assert response.status_code == 302
    routine.refresh_from_db()
    assert routine.status == "contacted" and routine.assigned_to == intake_user
    assert RequestNote.objects.get().text == "Called, left message."
    actions = list(
        ModelLogEntry.objects.filter(object_id=str(routine.pk))
        .order_by("timestamp")
        .values_list("action", flat=True)
    )
    assert "consultations.status_change" in actions
    assert "consultations.assign" in actions and "consultations.add_note" in actions
    change = ModelLogEntry.objects.get(action="consultations.status_change")
    assert change.data == {"from": "New", "to": "Contacted"}
    history = client.get(urls(requests_)["history"]).content.decode()
    assert "Changed status from New to Contacted" in history
    detail = client.get(urls(requests_)["inspect"]).content.decode()
    assert "Called, left message." in detail and "Ines Intake" in detail


def test_only_intake_staff_can_be_assigned(client, requests_, intake_user, editor_user):
    login(client, intake_user)
    response = client.post(
        urls(requests_)["edit"], {"status": "new", "assigned_to": editor_user.pk, "note": ""}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
