"""The urgent care wording is clinical text: it goes live only through Clinical sign-off."""

import pytest
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override
from wagtail.models import Locale, ModelLogEntry, Workflow

from conditions.models import CareAdvice
from conditions.signoff import PUBLISHED_WITHOUT_SIGN_OFF, SIGN_OFF, add_months
from tests.conftest import login_verified
from tests.factories import SymptomIndexPageFactory, SymptomPageFactory
from tests.signoff import EDITORS, reviewer_with_clinician, user_in

pytestmark = pytest.mark.django_db

NEW_EMERGENCY = "Call 911 now, or have someone drive you to the nearest emergency department."


def url(name, *args):
    return reverse(CareAdvice.snippet_viewset.get_url_name(name), args=[quote(a) for a in args])


def form(advice, **changes):
    """The edit form as the admin posts it: the wording as it is, with the changes."""
    return {field: getattr(advice, field) for field in CareAdvice.WORDING_FIELDS} | changes


@pytest.fixture
def advice(home):
    return CareAdvice.objects.get(locale=Locale.get_default())


@pytest.fixture
def editor(django_user_model):
    return user_in(django_user_model, EDITORS, "editor")


@pytest.fixture
def reviewer(django_user_model):
    return reviewer_with_clinician(django_user_model, name="Randy S. D'Amico")


@pytest.fixture
def emergency_symptom(home):
    index = SymptomIndexPageFactory(parent=home)
    return SymptomPageFactory(parent=index, title="Leg weakness", red_flags=["weakness"])


def public_html(client, page):
    client.logout()
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def live_advice(advice):
    return CareAdvice.objects.get(pk=advice.pk)


def test_the_wording_is_under_the_clinical_sign_off_workflow(advice):
    assert advice.get_workflow() == Workflow.objects.get(name="Clinical sign-off")


def test_an_editor_cannot_publish_the_wording(client, advice, editor, emergency_symptom):
    login_verified(client, editor)
    html = client.get(url("edit", advice.pk)).content.decode()
    assert "Submit to Clinical sign-off" in html
    assert 'name="action-publish"' not in html
    response = client.post(
        url("edit", advice.pk),
        form(advice, emergency_action=NEW_EMERGENCY, **{"action-publish": "1"}),
    )
    assert response.status_code in (200, 302)
    assert live_advice(advice).emergency_action != NEW_EMERGENCY
    assert NEW_EMERGENCY not in public_html(client, emergency_symptom)


def test_a_reviewers_approval_puts_the_wording_live_and_stamps_it(
    client, advice, editor, reviewer, emergency_symptom
):
    login_verified(client, editor)
    response = client.post(
        url("edit", advice.pk),
        form(advice, emergency_action=NEW_EMERGENCY, **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    advice = live_advice(advice)
    assert advice.workflow_in_progress
    # Submitted, not live: visitors still read the old words.
    assert NEW_EMERGENCY not in public_html(client, emergency_symptom)

    login_verified(client, reviewer)
    task_state = advice.current_workflow_task_state
    response = client.post(
        url("workflow_action", advice.pk, "approve", task_state.pk),
        {"comment": "Matches our emergency pathway.", "next_review_due": ""},
    )
    assert response.status_code in (200, 302)
    advice = live_advice(advice)
    assert advice.emergency_action == NEW_EMERGENCY and not advice.workflow_in_progress
    today = timezone.localdate()
    assert advice.reviewed_by == reviewer.clinicians.get()
    assert advice.last_reviewed == today
    assert advice.next_review_due == add_months(today, 12)
    entry = ModelLogEntry.objects.get(action=SIGN_OFF, object_id=str(advice.pk))
    assert entry.user == reviewer and entry.revision_id == advice.live_revision_id
    assert NEW_EMERGENCY in public_html(client, emergency_symptom)


def test_a_later_draft_changes_neither_the_live_words_nor_the_stamp(
    client, advice, editor, reviewer, emergency_symptom
):
    revision = advice.save_revision(user=editor)
    advice.get_workflow().start(advice, editor)
    task_state = live_advice(advice).current_workflow_task_state
    task_state.task.specific.on_action(task_state, reviewer, "approve")
    stamped = live_advice(advice)
    assert stamped.reviewed_by_id and stamped.live_revision_id == revision.pk

    login_verified(client, editor)
    client.post(url("edit", advice.pk), form(stamped, urgent_action="Call us at some point."))
    after = live_advice(advice)
    assert after.has_unpublished_changes
    assert after.urgent_action == stamped.urgent_action
    assert (after.reviewed_by_id, after.last_reviewed) == (
        stamped.reviewed_by_id,
        stamped.last_reviewed,
    )
    assert "Call us at some point." not in public_html(client, emergency_symptom)


def test_a_superusers_direct_publish_is_logged_and_claims_no_review(
    admin_client, admin_user, advice
):
    response = admin_client.post(
        url("edit", advice.pk),
        form(advice, emergency_action=NEW_EMERGENCY, **{"action-publish": "1"}),
    )
    assert response.status_code == 302
    advice = live_advice(advice)
    assert advice.emergency_action == NEW_EMERGENCY
    assert advice.reviewed_by_id is None and advice.last_reviewed is None
    entry = ModelLogEntry.objects.get(action=PUBLISHED_WITHOUT_SIGN_OFF, object_id=str(advice.pk))
    assert entry.user == admin_user
    assert advice.get_review_status_display() == "Awaiting clinical review"


def test_the_emergency_wording_must_send_people_to_911(admin_client, advice):
    response = admin_client.post(
        url("edit", advice.pk),
        form(advice, emergency_action="Call us when you can.", **{"action-publish": "1"}),
    )
    assert response.status_code == 200
    assert "Tell people to call 911" in response.content.decode()
    assert live_advice(advice).emergency_action != "Call us when you can."


def test_the_review_report_and_sign_off_log_include_the_wording(admin_client, advice, reviewer):
    html = admin_client.get("/admin/reports/clinical-review/").content.decode()
    assert "Urgent care wording (English)" in html
    assert url("edit", advice.pk) in html

    advice.save_revision(user=reviewer)
    advice.get_workflow().start(advice, reviewer)
    task_state = live_advice(advice).current_workflow_task_state
    task_state.task.specific.on_action(task_state, reviewer, "approve")
    html = admin_client.get("/admin/reports/clinical-review/").content.decode()
    assert "Urgent care wording (English)" not in html  # signed off, next due in a year
    log = admin_client.get("/admin/reports/clinical-sign-off-log/").content.decode()
    assert "Urgent care wording (English)" in log
    assert url("history", advice.pk) in log


def test_each_language_reads_its_own_wording_and_a_missing_one_never_leaves_silence(home):
    english = CareAdvice.objects.get(locale=Locale.get_default())
    spanish_locale = Locale.objects.get(language_code="es")
    with override("es"):
        assert CareAdvice.current().pk == english.pk  # no Spanish wording yet: the English
    spanish = english.copy_for_translation(spanish_locale)
    spanish.emergency_action = "Llame al 911 ahora."
    spanish.save()
    with override("es"):
        assert CareAdvice.current().emergency_action == "Llame al 911 ahora."
    assert CareAdvice.current().pk == english.pk
    CareAdvice.objects.update(live=False)
    fallback = CareAdvice.current()
    assert fallback.pk is None and "911" in fallback.emergency_action
