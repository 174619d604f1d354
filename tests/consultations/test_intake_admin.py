"""The intake team's admin: the dashboard panel, the list's columns, the exports."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from consultations.models import PatientRequest, RequestFile, RequestNote
from tests.conftest import login_verified

from .conftest import consultation_data, referral_data

pytestmark = pytest.mark.django_db

LIST = "/admin/patient-requests/"


def make_request(**fields):
    """A stored request, as the forms store them (without going through a form)."""
    defaults = {
        "request_type": "consultation",
        "patient_name": "Pat Canary",
        "patient_dob": datetime.date(1960, 1, 2),
        "patient_phone": "212 555 0101",
        "relationship": "self",
    }
    defaults.update(fields)
    patient_request = PatientRequest(**defaults)
    patient_request.save()
    return patient_request


def ago(**delta):
    return timezone.now() - datetime.timedelta(**delta)


# The dashboard panel.


@pytest.fixture
def waiting():
    return {
        "old_routine": make_request(submitted_at=ago(days=3), patient_name="Old Routine"),
        "new_routine": make_request(submitted_at=ago(hours=1)),
        "emergency": make_request(
            submitted_at=ago(hours=2), urgent=True, level="emergency", request_type="referral"
        ),
        "same_day": make_request(submitted_at=ago(hours=5), urgent=True, level="urgent"),
        "failed": make_request(
            submitted_at=ago(days=1),
            status="in_review",
            notification_attempts=2,
            last_notification_error="intake_notified_at: SMTPException",
        ),
        "failed_then_sent": make_request(
            submitted_at=ago(days=1),
            status="contacted",
            notification_attempts=1,
            last_notification_error="intake_notified_at: SMTPException",
            intake_notified_at=ago(hours=20),
        ),
        "closed_urgent": make_request(
            submitted_at=ago(days=9), urgent=True, level="urgent", status="closed"
        ),
    }


def panel_html(client):
    html = client.get("/admin/").content.decode().replace("&amp;", "&")
    start = html.find('id="intake-requests')
    assert start != -1, "no intake panel"
    return html[start : html.index("All patient requests", start)]


def test_dashboard_panel_counts_and_lists_urgent_first(
    client, waiting, intake_user, django_assert_max_num_queries
):
    login_verified(client, intake_user)
    html = panel_html(client)
    assert "<strong>2</strong> Urgent and open" in html
    assert "<strong>4</strong> New, not yet triaged" in html
    assert "<strong>6</strong> Open and unassigned" in html
    assert "<strong>1</strong> Emails that failed" in html
    # Urgent first (emergency then same day by age), then the oldest routine ones.
    order = [waiting[name].reference for name in ["same_day", "emergency", "old_routine"]]
    positions = [html.index(reference) for reference in order]
    assert positions == sorted(positions)
    assert html.index(waiting["old_routine"].reference) < html.index(
        waiting["new_routine"].reference
    )
    assert "Old Routine" not in html  # no names on the dashboard
    assert 'class="intake-urgency intake-urgency--emergency">Emergency<' in html
    # Each count links to the list filtered to it, and the list agrees with the count.
    for query, expected in [
        ("urgent=true&open=true", {"emergency", "same_day"}),
        ("unassigned=true", set(waiting) - {"closed_urgent"}),
        ("notification_failed=true", {"failed"}),
        ("status=new", {"old_routine", "new_routine", "emergency", "same_day"}),
    ]:
        assert f'href="{LIST}?{query}"' in html
        listed = client.get(f"{LIST}?{query}").content.decode()
        shown = {name for name, r in waiting.items() if r.reference in listed}
        assert shown == expected, query


def test_dashboard_panel_needs_few_queries(
    client, waiting, intake_user, django_assert_max_num_queries
):
    login_verified(client, intake_user)
    client.get("/admin/")  # warm the session, site and permission caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get("/admin/")
    on_requests = [
        q for q in queries.captured_queries if "consultations_patientrequest" in q["sql"]
    ]
    assert len(on_requests) <= 2
    for query in on_requests:  # nothing encrypted is read, so nothing is decrypted
        assert "patient_name" not in query["sql"]


def test_dashboard_panel_only_for_staff_who_may_see_requests(
    client, waiting, intake_user, editor_user, admin_user
):
    login_verified(client, editor_user)
    html = client.get("/admin/").content.decode()
    assert 'id="intake-requests' not in html and waiting["emergency"].reference not in html
    for user in (intake_user, admin_user):
        client.logout()
        login_verified(client, user)
        assert waiting["emergency"].reference in panel_html(client)


# The list.


def row_of(html, reference):
    start = html.index(reference)
    return html[start : html.index("</tr>", start)].replace("\xa0", " ")


def test_list_shows_badge_received_status_assignee_language(client, intake_user):
    emergency = make_request(
        submitted_at=timezone.make_aware(datetime.datetime(2026, 1, 15, 14, 5), datetime.UTC),
        urgent=True,
        level="emergency",
        preferred_language="es",
        interpreter_needed=True,
        assigned_to=intake_user,
    )
    same_day = make_request(submitted_at=ago(hours=2, minutes=10), urgent=True, level="urgent")
    routine = make_request(submitted_at=ago(minutes=5), status="in_review")
    login_verified(client, intake_user)
    html = client.get(LIST).content.decode()
    row = row_of(html, emergency.reference)
    assert 'class="intake-urgency intake-urgency--emergency">Emergency<' in row
    assert "15 Jan 2026, 9:05 AM" in row  # 14:05 UTC is 9:05 in New York in winter
    assert "Ines Intake" in row and "Spanish, interpreter needed" in row and "New" in row
    assert "Referral" not in row and "Consultation" in row
    row = row_of(html, same_day.reference)
    assert 'intake-urgency--urgent">Same day<' in row and "2 hours ago" in row
    row = row_of(html, routine.reference)
    assert 'intake-urgency--routine">Routine<' in row and "5 minutes ago" in row
    assert "In review" in row and "Nobody yet" in row
    assert "w-status" not in html[html.index("<tbody") :]  # no grey tags
    assert "intake-admin.css" in html


def test_badge_colours_meet_contrast_aa():
    import re
    from pathlib import Path

    from django.conf import settings

    css = (
        Path(settings.BASE_DIR) / "consultations/static/consultations/intake-admin.css"
    ).read_text()

    def luminance(hex_colour):
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    for level in ["emergency", "urgent", "routine"]:
        rule = re.search(rf"\.intake-urgency--{level} \{{([^}}]*)\}}", css).group(1)
        background = re.search(r"background: (#[0-9a-f]{6})", rule).group(1)
        colour = re.search(r"[^-]color: (#[0-9a-f]{6})", rule).group(1)
        light, dark = sorted([luminance(background), luminance(colour)], reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 4.5, level
        assert background not in {"#e0e0e0", "#d9d9d9", "#cccccc"}  # not grey


def test_patient_names_only_for_intake_staff_and_superusers(
    client, intake_user, admin_user, django_user_model
):
    patient_request = make_request(patient_name="Maria Canary-Lopez")
    for user in (intake_user, admin_user):
        client.logout()
        login_verified(client, user)
        html = client.get(LIST).content.decode()
        assert "Maria Canary-Lopez" in row_of(html, patient_request.reference)
    # Someone given only the permission to view requests (not an intake coordinator).
    auditors = Group.objects.create(name="Auditors")
    for codename in ["access_admin", "view_patientrequest"]:
        from django.contrib.auth.models import Permission

        auditors.permissions.add(Permission.objects.get(codename=codename))
    auditor = django_user_model.objects.create_user("auditor", password="a-long-password-1")
    auditor.groups.add(auditors)
    client.logout()
    login_verified(client, auditor)
    response = client.get(LIST)
    assert response.status_code == 200
    html = response.content.decode()
    assert patient_request.reference in html and "Maria Canary-Lopez" not in html
    assert ">Patient<" not in html.replace("\n", "").replace(" ", "")


def test_list_reads_no_field_per_row(client, intake_user, django_assert_max_num_queries):
    """The language column once loaded its deferred fields one row at a time."""
    for _ in range(12):
        make_request(preferred_language="ru", assigned_to=intake_user)
    login_verified(client, intake_user)
    client.get(LIST)
    with django_assert_max_num_queries(25):
        html = client.get(LIST).content.decode()
    assert html.count("<td >\n    Russian") == 12


# Exports.


def export_rows(client, user, export_format="csv"):
    login_verified(client, user)
    response = client.get(LIST, {"export": export_format})
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.getvalue()
    if export_format == "xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(body)).active
        rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
        return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    return list(csv.DictReader(io.StringIO(body.decode())))


def test_export_uses_labels_new_york_time_and_the_person_to_call(client, form_pages, intake_user):
    client.post(form_pages["consultation"].url, consultation_data())  # by a family member
    client.post(
        form_pages["consultation"].url,
        consultation_data(
            relationship="self",
            patient_name="Sol Self",
            submitter_name="",
            submitter_phone="",
            submitter_email="",
            patient_email="sol@self-canary.net",
            preferred_language="es",
            interpreter_needed="on",
        ),
    )
    client.post(
        form_pages["referral"].url,
        referral_data(neuro_status="deficit_progressing", patient_name="Urgent Canary"),
    )
    family = PatientRequest.objects.get(patient_name__isnull=False, relationship="family")
    # Several files and notes: still one row for the request.
    for n in range(3):
        RequestNote.objects.create(request=family, author=intake_user, text=f"Note {n}")
        RequestFile.objects.create(
            request=family, original_name=f"f{n}.pdf", content_type="application/pdf", size=1
        )
    winter = timezone.make_aware(datetime.datetime(2026, 1, 15, 14, 5), datetime.UTC)
    PatientRequest.objects.filter(pk=family.pk).update(
        submitted_at=winter, assigned_to=intake_user
    )
    client.logout()
    rows = {row["Patient"]: row for row in export_rows(client, intake_user)}
    assert len(rows) == 3 == PatientRequest.objects.count()
    family_row = rows["Maria Canary-Lopez"]
    assert family_row["Type"] == "Consultation" and family_row["Status"] == "New"
    assert family_row["Urgency"] == "Routine"
    assert family_row["Received (New York time)"] == "2026-01-15 09:05"
    assert family_row["Assigned to"] == "Ines Intake"
    assert family_row["Person to call"] == "Family member: Ana Canary-Lopez"
    assert (
        family_row["Phone to call"] == "(917) 555-0177"
    )  # the family member's, not the patient's
    assert family_row["Interpreter needed"] == "No"
    self_row = rows["Sol Self"]
    assert (
        self_row["Person to call"] == "Patient" and self_row["Phone to call"] == "(212) 555-0188"
    )
    assert self_row["Preferred language"] == "Spanish, interpreter needed"
    assert self_row["Interpreter needed"] == "Yes"
    referral_row = rows["Urgent Canary"]
    assert referral_row["Urgency"] == "Emergency" and referral_row["Type"] == "Referral"
    assert referral_row["Phone to call"] == "(516) 555-0150"
    for row in rows.values():
        for value in row.values():
            assert value not in {"True", "False", "new", "routine", "emergency", "consultation"}
    xlsx = {row["Patient"]: row for row in export_rows(client, intake_user, "xlsx")}
    assert len(xlsx) == 3
    assert xlsx["Maria Canary-Lopez"]["Received (New York time)"] == datetime.datetime(
        2026, 1, 15, 9, 5
    )
    assert xlsx["Sol Self"]["Interpreter needed"] == "Yes"
