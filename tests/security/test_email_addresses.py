"""Confirmation emails go only to addresses that can receive them: reserved and local
domains are refused with a clear message on the field."""

import pytest
from django.core.exceptions import ValidationError

from consultations.fields import validate_deliverable_email
from consultations.models import PatientRequest
from tests.consultations.conftest import (  # noqa: F401
    consultation_data,
    form_pages,
    referral_data,
)

UNDELIVERABLE = [
    "a@localhost",
    "a@LOCALHOST.",
    "nurse@clinic.local",
    "ana@mail.test",
    "ana@host.invalid",
    "ana@site.example",
    "ana@example.com",
    "ana@EXAMPLE.ORG",
    "ana@mail.example.net",
    "ana@intranet",
    "ana@[127.0.0.1]",
]
DELIVERABLE = ["ana@gmail.com", "ana@nyu.edu", "ana@example-clinic.com", "ana@test.com", ""]


@pytest.mark.parametrize("address", UNDELIVERABLE)
def test_reserved_and_local_domains_are_refused(address):
    with pytest.raises(ValidationError, match="nobody can receive email"):
        validate_deliverable_email(address)


@pytest.mark.parametrize("address", DELIVERABLE)
def test_real_domains_are_accepted(address):
    validate_deliverable_email(address)


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["submitter_email", "patient_email"])
def test_the_consultation_form_says_which_address_is_wrong(client, form_pages, field):  # noqa: F811
    response = client.post(
        form_pages["consultation"].url, consultation_data(**{field: "ana@example.com"})
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors[field] == [
        "Check the email address: nobody can receive email at “example.com”."
    ]
    assert PatientRequest.objects.count() == 0


@pytest.mark.django_db
def test_the_referral_form_refuses_a_local_address(client, form_pages):  # noqa: F811
    response = client.post(
        form_pages["referral"].url, referral_data(referrer_email="dr.robin@clinic.local")
    )
    assert response.status_code == 200
    assert "nobody can receive email at “clinic.local”" in response.content.decode()
    assert PatientRequest.objects.count() == 0
