"""A restriction added to a page that is already translated holds in every language."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, PageViewRestriction

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated(home):
    from tests.factories import StandardPageFactory

    page = StandardPageFactory(parent=home, title="Private notes", slug="private-notes")
    page.save_revision().publish()
    spanish = Locale.objects.get_or_create(language_code="es")[0]
    translation = page.copy_for_translation(spanish, copy_parents=True)
    translation.save_revision().publish()
    return page, Page.objects.get(pk=translation.pk)


def restriction_of(page):
    return PageViewRestriction.objects.filter(page=page).first()


def test_a_restriction_added_later_reaches_the_translation(
    client, translated, django_capture_on_commit_callbacks
):
    english, spanish = translated
    assert client.get(spanish.url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=english, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-word"
        )
    copy = restriction_of(spanish)
    assert (copy.restriction_type, copy.password) == ("password", "s3cret-word")
    response = client.get(spanish.url)
    assert response.status_code == 200
    assert "Private notes" not in response.content.decode()
    assert 'type="password"' in response.content.decode()


def test_groups_and_changes_follow_and_removal_is_left_to_the_editor(
    translated, django_capture_on_commit_callbacks
):
    english, spanish = translated
    staff = Group.objects.create(name="Staff only")
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=spanish, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([staff])
    copy = restriction_of(english)
    assert copy.restriction_type == "groups"
    assert list(copy.groups.all()) == [staff]

    with django_capture_on_commit_callbacks(execute=True):
        restriction.restriction_type = PageViewRestriction.LOGIN
        restriction.save()
    assert restriction_of(english).restriction_type == "login"

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert restriction_of(english) is not None
