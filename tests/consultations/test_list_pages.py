"""The list of requests pages by keyset: each page continues from the last row of the one
before through the index, with no OFFSET, in the right order even when requests share a time."""

import datetime
import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from consultations.models import PatientRequest
from tests.conftest import login_verified

pytestmark = pytest.mark.django_db

LIST = "/admin/patient-requests/"
PER_PAGE = 50


@pytest.fixture
def many_requests():
    """130 requests: a few urgent, and runs of requests sent in the same instant, so that the
    order depends on the id at page boundaries."""
    now = timezone.now().replace(microsecond=0)
    rows = []
    for n in range(130):
        rows.append(
            PatientRequest(
                reference=f"C-{n:04d}-TEST",
                request_type="consultation",
                urgent=n % 17 == 0,
                level="urgent" if n % 17 == 0 else "routine",
                submitted_at=now - datetime.timedelta(minutes=n // 7),  # 7 per instant
                patient_name=f"Patient {n}",
                patient_dob=datetime.date(1960, 1, 1),
            )
        )
    PatientRequest.objects.bulk_create(rows)
    return list(
        PatientRequest.objects.order_by("-urgent", "-submitted_at", "-id").values_list(
            "reference", flat=True
        )
    )


def references(html):
    return re.findall(r"C-\d{4}-TEST", html)


def link(html, label):
    match = re.search(r'<a href="([^"]+)">(?:(?!</a>).)*' + label, html, re.S)
    return unescape(match.group(1)) if match else None


def test_pages_follow_each_other_without_offset(client, many_requests, intake_user):
    login_verified(client, intake_user)
    seen = []
    url = LIST
    pages = 0
    while url:
        with CaptureQueriesContext(connection) as queries:
            html = client.get(url).content.decode()
        page = references(html)
        assert 0 < len(page) <= PER_PAGE
        seen += page
        listing = [
            q["sql"]
            for q in queries.captured_queries
            if "consultations_patientrequest" in q["sql"] and "LIMIT" in q["sql"].upper()
        ]
        assert listing and not [sql for sql in listing if "OFFSET" in sql.upper()]
        if pages:
            assert "submitted_at" in listing[0].split("WHERE", 1)[1]  # a seek on the key
        url = link(html, "Older")
        pages += 1
    assert pages == 3
    assert seen == many_requests  # every request once, in the list's order
    # And back up again with "Newer".
    page_three = seen[100:]
    html = client.get(LIST + "?" + url_of_page(client, 3).split("?", 1)[1]).content.decode()
    assert references(html) == page_three
    html = client.get(link(html, "Newer")).content.decode()
    assert references(html) == seen[50:100]
    html = client.get(link(html, "Newer")).content.decode()
    assert references(html) == seen[:50]
    assert link(html, "Newer") is None


def url_of_page(client, number):
    url = LIST
    for _ in range(number - 1):
        url = link(client.get(url).content.decode(), "Older")
    return url


def test_a_forged_cursor_shows_the_first_page(client, many_requests, intake_user):
    login_verified(client, intake_user)
    html = client.get(LIST + "?after=WzEsIjIwMjYiLDFd:forged").content.decode()
    assert references(html) == many_requests[:PER_PAGE]


def test_filters_keep_to_the_keyset_pages(client, many_requests, intake_user):
    login_verified(client, intake_user)
    urgent = [r for r in many_requests if int(r[2:6]) % 17 == 0]
    html = client.get(LIST + "?urgent=true").content.decode()
    assert references(html) == urgent
    assert f"There are {len(urgent)} matches" in html
