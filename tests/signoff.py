"""Helpers for tests of the clinical sign-off: logins in each role, submitting and approving."""

from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.factories import ClinicianFactory

EDITORS = "Editors"
REVIEWERS = "Clinical reviewers"
INTAKE = "Intake coordinators"


def user_in(django_user_model, group, username):
    user = django_user_model.objects.create_user(
        username, email=f"{username}@example.org", password="a-long-password-1"
    )
    user.groups.add(Group.objects.get(name=group))
    return user


def reviewer_with_clinician(django_user_model, username="reviewer", **clinician):
    user = user_in(django_user_model, REVIEWERS, username)
    ClinicianFactory(user=user, **clinician)
    return user


def submit(page, user):
    """Save the page's current fields as a revision and submit it to its workflow, as the
    editor's "Submit to Clinical sign-off" does."""
    page.save_revision(user=user)
    return page.get_workflow().start(page, user)


def approve(page, user, **data):
    """Approve the page's current task as the reviewer would in the admin's dialog."""
    page = type(page).objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    return task_state.task.specific.on_action(task_state, user, "approve", **data)


def condition_form(page, **changes):
    """The edit form of a condition page as the admin posts it."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "overview": streamfield([("paragraph", rich_text("<p>What the condition is.</p>"))]),
        "when_surgery_helps": streamfield([]),
        "diagnosis": streamfield([]),
        "body": streamfield([]),
    }
    data.update(changes)
    return nested_form_data(data)
