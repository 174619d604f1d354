"""Nothing clinical goes live, or claims a review, without a clinician's sign-off."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import GroupPagePermission, PageLogEntry, Workflow

from conditions.signoff import PUBLISHED_WITHOUT_SIGN_OFF, SIGN_OFF, add_months
from tests.conftest import login_verified
from tests.factories import (
    ConditionIndexPageFactory,
    ConditionPageFactory,
    StandardPageFactory,
)
from tests.signoff import (
    EDITORS,
    INTAKE,
    REVIEWERS,
    approve,
    condition_form,
    reviewer_with_clinician,
    submit,
    user_in,
)

pytestmark = pytest.mark.django_db
LOG_URL = "/admin/reports/clinical-sign-off-log/"


def today():
    return timezone.localdate()


@pytest.fixture
def condition(home):
    """A live condition page that no clinician has signed off."""
    index = ConditionIndexPageFactory(parent=home)
    return ConditionPageFactory(
        parent=index,
        title="Spine metastases",
        reviewed_by=None,
        last_reviewed=None,
        next_review_due=None,
    )


@pytest.fixture
def editor(django_user_model):
    return user_in(django_user_model, EDITORS, "editor")


@pytest.fixture
def reviewer(django_user_model):
    return reviewer_with_clinician(
        django_user_model, name="Randy S. D'Amico", job_title="Neurosurgeon"
    )


def live(page):
    return type(page).objects.get(pk=page.pk)


def html_of(client, page):
    client.logout()
    response = client.get(live(page).url)
    assert response.status_code == 200
    return response.content.decode()


def test_roles_and_workflow_exist_and_cover_the_site(condition):
    assert {EDITORS, REVIEWERS, INTAKE} <= set(Group.objects.values_list("name", flat=True))
    published_by = GroupPagePermission.objects.filter(permission__codename="publish_page")
    assert not published_by.filter(group__name__in=[EDITORS, REVIEWERS]).exists()
    workflow = condition.get_workflow()
    assert workflow.name == "Clinical sign-off"
    (task,) = [task.specific for task in workflow.tasks]
    assert list(task.groups.values_list("name", flat=True)) == [REVIEWERS]
    # The default workflow's moderators are not clinicians: it no longer applies.
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()


def test_an_editor_cannot_publish_a_clinical_page(client, condition, editor):
    assert not condition.permissions_for_user(editor).can_publish()
    assert condition.permissions_for_user(editor).can_edit()
    login_verified(client, editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[condition.pk])
    html = client.get(edit_url).content.decode()
    assert "Submit to Clinical sign-off" in html
    assert 'name="action-publish"' not in html
    response = client.post(
        edit_url,
        condition_form(condition, title="Changed by the editor", **{"action-publish": "1"}),
    )
    assert response.status_code in (200, 302)
    page = live(condition)
    assert page.title == "Spine metastases"  # the live page did not change
    assert page.get_latest_revision().as_object().title == "Changed by the editor"  # a draft
    assert not PageLogEntry.objects.filter(page=condition, action="wagtail.publish").exists()


def test_an_editor_submits_and_a_reviewers_approval_publishes_and_stamps(
    client, condition, editor, reviewer
):
    login_verified(client, editor)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[condition.pk]),
        condition_form(condition, title="Spine metastases, revised", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    page = live(condition)
    assert page.workflow_in_progress and page.title == "Spine metastases"

    login_verified(client, reviewer)
    task_state = page.current_workflow_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": "Checked against the current guidance.", "next_review_due": ""},
    )
    assert response.status_code == 302
    page = live(condition)
    clinician = reviewer.clinicians.get()
    assert page.title == "Spine metastases, revised" and not page.workflow_in_progress
    assert page.reviewed_by == clinician
    assert page.last_reviewed == today()
    assert page.next_review_due == add_months(today(), 12)
    # The stamp is on the published revision, and the history says who signed off which one.
    assert page.live_revision.as_object().reviewed_by_id == clinician.pk
    entry = PageLogEntry.objects.get(page=condition, action=SIGN_OFF)
    assert entry.user == reviewer and entry.revision_id == page.live_revision_id
    assert entry.data["clinician"]["name"] == clinician.display_name
    assert not PageLogEntry.objects.filter(action=PUBLISHED_WITHOUT_SIGN_OFF).exists()

    html = html_of(client, page)
    assert f"Reviewed by {escape(clinician.display_name)}" in html
    assert "awaiting clinical review" not in html
    assert f'"lastReviewed":"{today().isoformat()}"' in html


def test_the_reviewer_may_shorten_the_review_interval_but_not_lengthen_it(
    condition, editor, reviewer
):
    submit(condition, editor)
    too_late = add_months(today(), 12) + datetime.timedelta(days=1)
    with pytest.raises(Exception, match="cannot be later"):
        approve(condition, reviewer, next_review_due=too_late.isoformat())
    assert live(condition).workflow_in_progress and not live(condition).reviewed_by_id
    sooner = today() + datetime.timedelta(days=90)
    approve(condition, reviewer, next_review_due=sooner.isoformat())
    assert live(condition).next_review_due == sooner


def test_the_review_interval_is_a_setting(condition, editor, reviewer, settings):
    settings.CLINICAL_REVIEW_MONTHS = 6
    submit(condition, editor)
    approve(condition, reviewer)
    assert live(condition).next_review_due == add_months(today(), 6)


def test_a_later_edit_keeps_the_live_stamp_until_it_is_approved(
    client, condition, editor, reviewer, django_user_model
):
    submit(condition, editor)
    approve(condition, reviewer)
    first = live(condition)
    signed_by = first.reviewed_by

    changed = live(condition)
    changed.title = "Spine metastases, new wording"
    submit(changed, editor)
    page = live(condition)
    assert page.title == "Spine metastases" and page.reviewed_by == signed_by
    html = html_of(client, page)
    assert f"Reviewed by {escape(signed_by.display_name)}" in html

    second = reviewer_with_clinician(django_user_model, "second-reviewer", name="Jane Second")
    approve(condition, second, next_review_due=(today() + datetime.timedelta(days=30)))
    page = live(condition)
    assert page.title == "Spine metastases, new wording"
    assert page.reviewed_by == second.clinicians.get()
    assert page.next_review_due == today() + datetime.timedelta(days=30)
    assert PageLogEntry.objects.filter(page=condition, action=SIGN_OFF).count() == 2


def test_a_superusers_direct_publish_is_logged_and_claims_no_review(
    client, condition, editor, reviewer, admin_user
):
    submit(condition, editor)
    approve(condition, reviewer)
    assert live(condition).reviewed_by_id

    login_verified(client, admin_user)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[condition.pk]),
        condition_form(live(condition), title="Published directly", **{"action-publish": "1"}),
    )
    assert response.status_code == 302
    page = live(condition)
    assert page.title == "Published directly"
    assert not (page.reviewed_by_id or page.last_reviewed or page.next_review_due)
    entry = PageLogEntry.objects.get(page=condition, action=PUBLISHED_WITHOUT_SIGN_OFF)
    assert entry.user == admin_user and entry.revision_id == page.live_revision_id
    assert entry.message == "Published without clinical sign-off"

    html = html_of(client, page)
    assert "This page is awaiting clinical review" in html
    assert "Reviewed by" not in html and "lastReviewed" not in html and "reviewedBy" not in html

    # The page's history in the admin says so too.
    login_verified(client, admin_user)
    history = client.get(reverse("wagtailadmin_pages:history", args=[condition.pk]))
    assert "Published without clinical sign-off" in history.content.decode()


def test_typed_review_details_are_ignored(client, condition, admin_user, reviewer):
    """The review fields are read-only in the editor: posting them changes nothing."""
    login_verified(client, admin_user)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[condition.pk]),
        condition_form(
            condition,
            reviewed_by=reviewer.clinicians.get().pk,
            last_reviewed="2026-01-05",
            next_review_due="2027-01-05",
            **{"action-publish": "1"},
        ),
    )
    page = live(condition)
    assert page.live and not (page.reviewed_by_id or page.last_reviewed or page.next_review_due)


def test_only_a_reviewer_linked_to_a_clinician_can_sign_off(
    condition, editor, reviewer, django_user_model
):
    submit(condition, editor)
    page = live(condition)
    task = page.current_workflow_task
    assert [name for name, *_ in task.get_actions(page, reviewer)] == ["reject", "approve"]
    assert task.get_actions(page, editor) == []
    unlinked = user_in(django_user_model, REVIEWERS, "unlinked-reviewer")
    assert [name for name, *_ in task.get_actions(page, unlinked)] == ["reject"]
    with pytest.raises(Exception, match="clinician"):
        approve(condition, unlinked)
    assert live(condition).workflow_in_progress


def test_a_non_clinical_page_is_approved_without_a_review_stamp(home, editor, reviewer):
    page = StandardPageFactory(parent=home, title="Privacy notice", live=False)
    submit(page, editor)
    approve(page, reviewer)
    page = live(page)
    assert page.live and not page.reviewed_by_id
    assert not PageLogEntry.objects.filter(action__in=[SIGN_OFF, PUBLISHED_WITHOUT_SIGN_OFF])


def test_the_sign_off_log_lists_approvals_and_unsigned_publishes_and_exports_csv(
    client, condition, editor, reviewer, admin_user
):
    submit(condition, editor)
    approve(condition, reviewer)
    revision_id = live(condition).live_revision_id
    live(condition).save_revision(user=admin_user).publish(user=admin_user)

    login_verified(client, reviewer)
    html = client.get(LOG_URL).content.decode()
    clinician = reviewer.clinicians.get()
    assert "Spine metastases" in html and escape(clinician.display_name) in html
    assert "Signed off" in html and "Published without clinical sign-off" in html
    assert str(revision_id) in html

    response = client.get(LOG_URL + "?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    header, *lines = body.strip().splitlines()
    assert header.split(",")[:3] == ["When", "What", "Page or wording"]
    assert any("Signed off" in line and str(revision_id) in line for line in lines)
    assert any("Published without clinical sign-off" in line for line in lines)


@pytest.mark.parametrize(
    "url", [LOG_URL, "/admin/reports/clinical-review/"], ids=["sign-off log", "review due"]
)
def test_report_permission_ladder(client, condition, django_user_model, url):
    response = client.get(url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]

    intake = user_in(django_user_model, INTAKE, "intake")
    login_verified(client, intake)
    response = client.get(url)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/login/" not in response["Location"]

    for group in (EDITORS, REVIEWERS):
        login_verified(client, user_in(django_user_model, group, f"user-{group.split()[-1]}"))
        assert client.get(url).status_code == 200, group


def test_an_overdue_page_says_due_for_review_in_the_admin_and_keeps_its_date_publicly(
    client, home, editor
):
    index = ConditionIndexPageFactory(parent=home)
    overdue = ConditionPageFactory(
        parent=index,
        title="Overdue page",
        last_reviewed=today() - datetime.timedelta(days=400),
        next_review_due=today() - datetime.timedelta(days=35),
    )
    login_verified(client, editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[overdue.pk])).content.decode()
    assert "Due for review" in html
    public = html_of(client, overdue)
    assert overdue.last_reviewed.strftime("%Y-%m-%d") in public
    assert f"Reviewed by {escape(overdue.reviewed_by.display_name)}" in public


def test_a_translations_sign_off_records_what_it_was_translated_from(
    client, condition, editor, reviewer
):
    from wagtail.models import Locale

    spanish = Locale.objects.get_or_create(language_code="es")[0]
    live(condition).save_revision().publish()
    source_revision = live(condition).live_revision_id
    translation = live(condition).copy_for_translation(spanish, copy_parents=True)
    translation.title = "Metástasis en la columna"
    submit(translation, editor)
    approve(translation, reviewer)

    entry = PageLogEntry.objects.get(page=translation, action="conditions.clinical_sign_off")
    assert entry.data["translation"] == {
        "language": "es",
        "source": {
            "id": condition.pk,
            "title": "Spine metastases",
            "live_revision_id": source_revision,
        },
    }
    assert live(translation).reviewed_by == reviewer.clinicians.get()
    # The English page's own sign-off is not a translation's.
    submit(live(condition), editor)
    approve(condition, reviewer)
    entry = PageLogEntry.objects.filter(page=condition, action="conditions.clinical_sign_off")
    assert "translation" not in entry.get().data

    login_verified(client, reviewer)
    html = client.get(LOG_URL).content.decode()
    assert "Translation reviewed" in html
    assert (
        escape(f'Spanish translation of "Spine metastases", its revision {source_revision}')
        in html
    )
