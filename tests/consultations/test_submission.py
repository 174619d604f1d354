"""The three happy paths, the confirmation page and exactly-once storage."""

import threading
import uuid

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django_tasks_db.models import DBTaskResult

from consultations.models import PatientRequest
from tests.conftest import OTHER_CSRF_SECRET

from .conftest import consultation_data, referral_data, second_opinion_data, started

pytestmark = pytest.mark.django_db


def submit(client, page, data):
    response = client.post(page.url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert response["Location"].endswith("/received/")
    return client.get(response["Location"])


def test_family_member_requests_a_consultation(client, form_pages):
    received = submit(client, form_pages["consultation"], consultation_data())
    stored = PatientRequest.objects.get()
    assert stored.request_type == "consultation"
    assert stored.patient_name == "Maria Canary-Lopez"
    assert stored.patient_dob.isoformat() == "1961-03-27"
    assert stored.patient_phone == "(212) 555-0188"
    assert stored.symptoms == [] and stored.spine_regions == ["thoracic"]
    assert stored.consent_to_contact is True
    assert stored.status == "new" and not stored.urgent
    html = received.content.decode()
    assert received.status_code == 200
    assert stored.reference in html
    assert "We have received your request" in html
    assert "We will contact you soon." in html  # the editor's thank-you text
    assert received["Cache-Control"] == "no-store"
    # The notifications wait in the database for the worker, written with the request.
    tasks = DBTaskResult.objects.filter(backend_name="requests")
    assert sorted(tasks.values_list("task_path", flat=True)) == [
        "consultations.notifications.send_confirmation",
        "consultations.notifications.send_intake_notification",
    ]


def test_reference_is_readable_and_not_sequential(client, form_pages):
    submit(client, form_pages["consultation"], consultation_data())
    submit(client, form_pages["consultation"], consultation_data())
    first, second = PatientRequest.objects.order_by("pk").values_list("reference", flat=True)
    assert first.startswith("C-") and len(first) == 11
    assert first != second
    assert not set("ILOU") & set(first[2:])


def test_second_opinion_and_referral(client, form_pages):
    submit(client, form_pages["second_opinion"], second_opinion_data())
    stored = PatientRequest.objects.get(request_type="second_opinion")
    assert stored.previous_recommendations == ["no_surgery"]
    assert stored.reference.startswith("S-")
    received = submit(
        client,
        form_pages["referral"],
        referral_data(
            sins_location="junctional",
            sins_pain="mechanical",
            sins_lesion="lytic",
            sins_alignment="subluxation",
            sins_collapse="over_50",
            sins_posterolateral="bilateral",
        ),
    )
    referral = PatientRequest.objects.get(request_type="referral")
    assert referral.referrer_npi == "1234567893"
    assert referral.sins_total == 18 and referral.sins_category == "unstable"
    assert referral.urgent
    assert any("Unstable spine (SINS 18)" in reason for reason in referral.urgent_reasons)
    assert referral.reference in received.content.decode()


def test_urgent_request_shows_what_to_do_now_before_anything_else(client, form_pages):
    received = submit(
        client,
        form_pages["consultation"],
        consultation_data(symptoms=["bladder_bowel"], change_bladder_bowel="new_days"),
    )
    html = received.content.decode()
    main = html.split('id="main"', 1)[1]
    emergency = main.lower().index("call 911")
    assert emergency < main.index("We have received your request")
    assert emergency < main.index(PatientRequest.objects.get().reference)
    assert 'href="tel:+12125550142"' in main  # the urgent line from the clinic settings
    assert PatientRequest.objects.get().urgent


def test_routine_request_does_not_alarm(client, form_pages):
    html = submit(client, form_pages["consultation"], consultation_data()).content.decode()
    main = html.split('id="main"', 1)[1]
    assert "Your answers describe symptoms that need help now" not in main


def test_double_submission_stores_one_request(client, form_pages):
    data = consultation_data()
    submit(client, form_pages["consultation"], data)
    again = client.post(form_pages["consultation"].url, data)
    assert again.status_code == 302
    assert PatientRequest.objects.count() == 1
    assert DBTaskResult.objects.filter(backend_name="requests").count() == 2


def test_confirmation_is_only_shown_to_the_person_who_sent_it(client, form_pages):
    submit(client, form_pages["consultation"], consultation_data())
    stranger = Client()
    response = stranger.get(form_pages["consultation"].url + "received/")
    assert response.status_code == 302
    assert response["Location"] == form_pages["consultation"].url


def test_another_persons_submission_token_never_shows_their_confirmation(client, form_pages):
    """Someone in another browser who has learned a form's token (from a shared computer's
    history, say) and posts the form with it gets a request of their own, with its own
    reference: never the first person's confirmation."""
    page = form_pages["consultation"]
    token = str(uuid.uuid4())
    submit(client, page, consultation_data(submission_token=token))
    first = PatientRequest.objects.get()

    other = Client()
    other.cookies[settings.CSRF_COOKIE_NAME] = OTHER_CSRF_SECRET
    received = submit(
        other,
        page,
        consultation_data(
            submission_token=token,
            form_started=started(csrf_secret=OTHER_CSRF_SECRET),
            patient_name="Eve Other",
        ),
    )
    second = PatientRequest.objects.exclude(pk=first.pk).get()
    assert second.patient_name == "Eve Other"
    html = received.content.decode()
    assert second.reference in html and first.reference not in html
    assert "Maria Canary-Lopez" not in html
    assert first.reference not in other.get(page.url + "received/").content.decode()


def test_form_page_is_not_cached(client, form_pages):
    response = client.get(form_pages["consultation"].url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_posts_of_one_form_store_one_request(form_pages):
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is proven on PostgreSQL (SQLite serialises writers)")
    data = consultation_data(submission_token=str(uuid.uuid4()))
    url = form_pages["consultation"].url
    statuses = []
    barrier = threading.Barrier(6)

    def post():
        barrier.wait()
        try:
            statuses.append(Client().post(url, data).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=post) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [302] * 6
    assert PatientRequest.objects.count() == 1
    assert DBTaskResult.objects.filter(backend_name="requests").count() == 2
