import datetime
import time
import uuid
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from consultations import bot_checks
from consultations.models import (
    ConsultationRequestPage,
    ReferralRequestPage,
    SecondOpinionRequestPage,
)
from tests.conftest import TEST_CSRF_SECRET


def add_form_page(parent, model, slug, title):
    page = model(
        title=title,
        slug=slug,
        summary=f"{title}.",
        intro="<p>Use this form.</p>",
        thank_you_text="<p>We will contact you soon.</p>",
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def form_pages(home):
    return {
        "consultation": add_form_page(
            home, ConsultationRequestPage, "request-a-consultation", "Request a consultation"
        ),
        "second_opinion": add_form_page(
            home, SecondOpinionRequestPage, "ask-for-a-second-opinion", "Ask for a second opinion"
        ),
        "referral": add_form_page(home, ReferralRequestPage, "refer-a-patient", "Refer a patient"),
    }


def started(seconds_ago=60, csrf_secret=TEST_CSRF_SECRET):
    """The signed stamp of when, and to which browser, the form was shown, as the page puts it
    in the form; by default for the browser every test client is (tests/conftest.py)."""
    return bot_checks.stamp(time.time() - seconds_ago, bot_checks.key_for_csrf_secret(csrf_secret))


def consultation_data(**overrides):
    """A complete, valid consultation answer set, as the browser posts it."""
    data = {
        "submission_token": str(uuid.uuid4()),
        "form_started": started(),
        "relationship": "family",
        "patient_name": "Maria Canary-Lopez",
        "patient_dob_0": "3",
        "patient_dob_1": "27",
        "patient_dob_2": "1961",
        "patient_phone": "212 555 0188",
        "patient_email": "",
        "submitter_name": "Ana Canary-Lopez",
        "submitter_phone": "(917) 555-0177",
        "submitter_email": "ana.canary@canary-lopez.net",
        "contact_method": "phone",
        "contact_times": ["morning"],
        "preferred_language": "en",  # chosen already: the page's language
        "diagnosis": "breast",
        "diagnosis_other": "",
        "spine_regions": ["thoracic"],
        "symptoms": [],
        "prior_treatments": ["radiation"],
        "treating_oncologist": "Dr. Canary Oncologist",
        "insurance_carrier": "CanaryCare",
        "message": "Canary message about her treatment options.",
        "consent_to_contact": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def second_opinion_data(**overrides):
    data = consultation_data(
        previous_recommendations=["no_surgery"],
        questions="Is surgery really not an option?",
        imaging_location="Canary Imaging Center, scans in October",
    )
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


VALID_NPI = "1234567893"  # the CMS example NPI: its check digit is correct


def referral_data(**overrides):
    data = {
        "submission_token": str(uuid.uuid4()),
        "form_started": started(),
        "referrer_name": "Dr. Robin Referrer",
        "referrer_credentials": "MD",
        "referrer_npi": VALID_NPI,
        "referrer_practice": "Canary Oncology Associates",
        "referrer_phone": "718-555-0160",
        "referrer_fax": "718-555-0161",
        "referrer_email": "robin@bronx-oncology.org",
        "patient_name": "Pat Canary",
        "patient_dob_0": "11",
        "patient_dob_1": "2",
        "patient_dob_2": "1950",
        "patient_phone": "516 555 0150",
        "preferred_language": "en",
        "histology": "Canary lung adenocarcinoma",
        "levels_involved": "T8",
        "neuro_status": "intact",
        "escc_grade": "1b",
        "sins_location": "",
        "sins_pain": "",
        "sins_lesion": "",
        "sins_alignment": "",
        "sins_collapse": "",
        "sins_posterolateral": "",
        "referrer_urgency": "soon",
        "message": "Canary clinical summary.",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def intake_user(django_user_model):
    user = django_user_model.objects.create_user(
        "intake", password="a-long-password-1", first_name="Ines", last_name="Intake"
    )
    user.groups.add(Group.objects.get(name="Intake coordinators"))
    return user


@pytest.fixture
def editor_user(django_user_model):
    user = django_user_model.objects.create_user("editor", password="a-long-password-1")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def today():
    return datetime.date.today()


def run_worker():
    """Run the queued notification tasks as the worker does. The worker closes connections
    that are inside a transaction, which in a test is the test's own: keep it open."""
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command(
            "db_worker",
            "--backend",
            "requests",
            "--batch",
            "--no-startup-delay",
            "--no-reload",
            verbosity=0,
        )


def stored_file_names():
    """The names in the private storage's requests folder."""
    from consultations.models import RequestFile

    storage = RequestFile.file.field.storage
    try:
        return set(storage.listdir("requests")[1])
    except FileNotFoundError:
        return set()
