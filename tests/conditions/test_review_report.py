"""The admin report of clinical pages whose review is overdue or due soon."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from tests.conftest import login_verified
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
            clinical_content=True,
            reviewed_by=ClinicianFactory(),
            last_reviewed=today() - days(360),
            next_review_due=today() + days(5),
        ),
    }


def test_report_lists_overdue_and_due_soon_pages_soonest_first(admin_client, pages):
    response = admin_client.get(REPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Overdue condition" in html and "Due for review" in html
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
    login_verified(client, user)
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
    login_verified(client, user)
    html = client.get(REPORT_URL).content.decode()
    assert "Due soon symptom" in html
    assert "Overdue condition" not in html


def test_report_shows_how_far_each_due_date_is(admin_client, pages, home):
    symptoms = pages["soon"].get_parent()
    for title, due in [("Due today symptom", 0), ("Due in 23 days", 23), ("Five days late", -5)]:
        SymptomPageFactory(
            parent=symptoms,
            title=title,
            last_reviewed=today() - days(300),
            next_review_due=today() + days(due),
        )
    html = admin_client.get(REPORT_URL).content.decode()
    assert "Just now" not in html

    def row(title):
        start = html.index(title)
        return html[start : html.index("</tr>", start)]

    assert "(in 23 days)" in row("Due in 23 days")
    assert "(overdue by 5 days)" in row("Five days late")
    assert "(today)" in row("Due today symptom")
    assert "(overdue by 35 days)" in row("Overdue condition")


def test_report_lists_pages_never_reviewed_first(admin_client, pages, home):
    StandardPageFactory(parent=home, title="Unreviewed explainer", clinical_content=True)
    symptoms = pages["soon"].get_parent()
    SymptomPageFactory(
        parent=symptoms,
        title="Never signed off",
        reviewed_by=None,
        last_reviewed=None,
        next_review_due=None,
    )
    html = admin_client.get(REPORT_URL).content.decode()
    assert html.count("Awaiting clinical review") >= 2
    assert html.index("Never signed off") < html.index("Overdue condition")
    assert html.index("Unreviewed explainer") < html.index("Overdue condition")
    assert "Plain standard page" not in html


def test_relative_days_in_words():
    from conditions.views import relative_day

    day = datetime.date(2026, 12, 1)
    assert relative_day(day, day) == "today"
    assert relative_day(day + days(1), day) == "in 1 day"
    assert relative_day(day + days(23), day) == "in 23 days"
    assert relative_day(day - days(5), day) == "overdue by 5 days"
