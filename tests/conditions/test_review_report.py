"""The admin report of clinical pages whose review is overdue or due soon."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from wagtail.models import GroupPagePermission

from tests.factories import (
    ClinicianFactory,
    ConditionIndexPageFactory,
    ConditionPageFactory,
    StandardPageFactory,
    SymptomIndexPageFactory,
    SymptomPageFactory,
)

pytestmark = pytest.mark.django_db
REPORT_URL = "/admin/reports/clinical-review/"
today = datetime.date.today
days = datetime.timedelta


@pytest.fixture
def pages(home):
    conditions = ConditionIndexPageFactory(parent=home)
    symptoms = SymptomIndexPageFactory(parent=home)
    return {
        "overdue": ConditionPageFactory(
            parent=conditions,
            title="Overdue condition",
            last_reviewed=today() - days(400),
            next_review_due=today() - days(35),
        ),
        "soon": SymptomPageFactory(
            parent=symptoms,
            title="Due soon symptom",
            last_reviewed=today() - days(340),
            next_review_due=today() + days(25),
        ),
        "later": SymptomPageFactory(
            parent=symptoms,
            title="Reviewed recently symptom",
            last_reviewed=today() - days(5),
            next_review_due=today() + days(31),
        ),
        "standard": StandardPageFactory(parent=home, title="Plain standard page"),
        "reviewed_standard": StandardPageFactory(
            parent=home,
            title="Second opinions page",
            reviewed_by=ClinicianFactory(),
            last_reviewed=today() - days(360),
            next_review_due=today() + days(5),
        ),
    }


def test_report_lists_overdue_and_due_soon_pages_soonest_first(admin_client, pages):
    response = admin_client.get(REPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Overdue condition" in html and "Overdue" in html
    assert "Due soon symptom" in html and "Due within 30 days" in html
    assert "Second opinions page" in html
    assert "Reviewed recently symptom" not in html
    assert "Plain standard page" not in html
    assert (
        html.index("Overdue condition")
        < html.index("Second opinions page")
        < html.index("Due soon symptom")
    )


def test_report_exports_csv(admin_client, pages):
    response = admin_client.get(REPORT_URL + "?export=csv")
    assert response.status_code == 200
    body = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else response.content.decode()
    )
    assert "Overdue condition" in body and "Next review due" in body


def test_report_is_in_the_reports_menu(admin_client, pages):
    html = admin_client.get("/admin/").content.decode()
    assert "Clinical review due" in html


def test_report_refused_to_anonymous_and_to_users_without_page_permissions(
    client, pages, django_user_model
):
    response = client.get(REPORT_URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]

    user = django_user_model.objects.create_user("reader", password="a-long-password-1")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(REPORT_URL)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/" in response["Location"]


def test_editor_sees_only_pages_they_can_edit(client, pages, django_user_model, home):
    editors = Group.objects.create(name="Symptom editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ["add_page", "change_page", "publish_page"]:
        GroupPagePermission.objects.create(
            group=editors,
            page=pages["soon"].get_parent(),
            permission=Permission.objects.get(codename=codename),
        )
    user = django_user_model.objects.create_user("editor", password="a-long-password-1")
    user.groups.add(editors)
    client.force_login(user)
    html = client.get(REPORT_URL).content.decode()
    assert "Due soon symptom" in html
    assert "Overdue condition" not in html


def test_review_dates_are_validated(pages):
    page = pages["later"]
    page.next_review_due = page.last_reviewed
    with pytest.raises(ValidationError, match="next review must be after"):
        page.full_clean()
    page.last_reviewed = today() + days(3)
    page.next_review_due = today() + days(300)
    with pytest.raises(ValidationError, match="cannot be in the future"):
        page.full_clean()
