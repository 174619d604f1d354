"""Bad input gets a clear, specific message, at the field and in the summary; nothing is
stored and nothing typed is lost."""

import pytest

from consultations.fields import normalise_phone, npi_is_valid
from consultations.models import PatientRequest

from .conftest import consultation_data, referral_data, second_opinion_data

pytestmark = pytest.mark.django_db


def post(client, page, data):
    return client.post(page.url, data)


def assert_refused(response, field_id, message):
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert f'href="#{field_id}"' in html, field_id
    assert html.count(message) >= 2, message  # in the summary and at the field
    assert PatientRequest.objects.count() == 0


@pytest.mark.parametrize(
    ("overrides", "field_id", "message"),
    [
        ({"patient_name": ""}, "id_patient_name", "Enter the patient&#x27;s full name."),
        ({"relationship": ""}, "id_relationship_0", "Select who is filling in this form."),
        (
            {"patient_dob_0": "", "patient_dob_1": "", "patient_dob_2": ""},
            "id_patient_dob_0",
            "Enter the patient&#x27;s date of birth.",
        ),
        ({"patient_dob_2": ""}, "id_patient_dob_0", "Date of birth must include a year."),
        (
            {"patient_dob_0": "2", "patient_dob_1": "30"},
            "id_patient_dob_0",
            "Date of birth must be a real date.",
        ),
        ({"patient_dob_2": "2999"}, "id_patient_dob_0", "Date of birth must be in the past."),
        ({"patient_dob_2": "61"}, "id_patient_dob_0", "Enter the year of birth as 4 digits"),
        ({"patient_dob_1": "x"}, "id_patient_dob_0", "Date of birth must be numbers only"),
        (
            {"patient_phone": "call me"},
            "id_patient_phone",
            "Enter a phone number using digits only.",
        ),
        ({"patient_phone": "555 0188"}, "id_patient_phone", "Enter a 10-digit phone number"),
        ({"submitter_email": "ana@"}, "id_submitter_email", "Enter a valid email address."),
        ({"submitter_name": ""}, "id_submitter_name", "Enter your full name."),
        (
            {"submitter_phone": "", "submitter_email": ""},
            "id_submitter_phone",
            "Enter a phone number or email address for you.",
        ),
        (
            {
                "relationship": "self",
                "patient_phone": "",
                "submitter_phone": "",
                "submitter_email": "",
                "patient_email": "",
            },
            "id_patient_phone",
            "Enter a phone number or email address so we can reply.",
        ),
        (
            {"contact_method": "email", "submitter_email": "", "patient_email": ""},
            "id_contact_method_0",
            "You chose email: enter an email address as well.",
        ),
        ({"diagnosis": "other"}, "id_diagnosis_other", "Enter the type of cancer."),
        ({"diagnosis": ""}, "id_diagnosis_0", "Select the main cancer diagnosis"),
        ({"change_weakness": "sometimes"}, "id_change_weakness_0", "Select a valid choice."),
        (
            {"prior_treatments": ["none", "surgery"]},
            "id_prior_treatments_0",
            "Select &#x27;None yet&#x27; or the treatments, not both.",
        ),
        (
            {"consent_to_contact": None},
            "id_consent_to_contact",
            "Tick the box to let us contact you about this request.",
        ),
        ({"symptoms": ["not_a_symptom"]}, "id_symptoms_0", "Select a valid choice."),
    ],
)
def test_consultation_field_errors(client, form_pages, overrides, field_id, message):
    response = post(client, form_pages["consultation"], consultation_data(**overrides))
    assert_refused(response, field_id, message)


def test_answers_are_kept_when_the_form_comes_back(client, form_pages):
    data = consultation_data(patient_dob_2="2999")
    html = post(client, form_pages["consultation"], data).content.decode()
    assert 'value="Maria Canary-Lopez"' in html
    assert 'value="ana.canary@canary-lopez.net"' in html
    assert "Canary message about her treatment options.</textarea>" in html
    assert 'value="thoracic"' in html and "checked" in html
    assert f'value="{data["submission_token"]}"' in html  # the same one-time token
    assert 'aria-invalid="true"' in html
    assert "Error: Error:" not in html


def test_error_page_title_says_error(client, form_pages):
    html = post(client, form_pages["consultation"], consultation_data(patient_name="")).content
    assert b"<title>Error: " in html


def test_second_opinion_needs_recommendations_and_questions(client, form_pages):
    response = post(
        client,
        form_pages["second_opinion"],
        second_opinion_data(previous_recommendations=[], questions=""),
    )
    assert_refused(response, "id_previous_recommendations_0", "Select what has been recommended")
    assert "Tell us what you would like the second opinion to answer." in response.content.decode()


@pytest.mark.parametrize(
    ("overrides", "field_id", "message"),
    [
        ({"referrer_npi": "1234567890"}, "id_referrer_npi", "That NPI is not valid"),
        ({"referrer_npi": "12345"}, "id_referrer_npi", "Enter your NPI as 10 digits."),
        ({"referrer_npi": ""}, "id_referrer_npi", "Enter your NPI."),
        ({"referrer_credentials": ""}, "id_referrer_credentials", "Enter your credentials"),
        ({"referrer_email": ""}, "id_referrer_email", "Enter an email address for replies"),
        ({"patient_phone": ""}, "id_patient_phone", "Enter the patient&#x27;s phone number."),
        ({"neuro_status": ""}, "id_neuro_status_0", "Select neurological status."),
        ({"escc_grade": "4"}, "id_escc_grade", "Select a valid choice."),
        (
            {"sins_location": "junctional", "sins_pain": "mechanical"},
            "id_sins_lesion",
            "To score SINS, choose an answer for all six parts",
        ),
        ({"histology": ""}, "id_histology", "Enter the primary histology"),
    ],
)
def test_referral_field_errors(client, form_pages, overrides, field_id, message):
    response = post(client, form_pages["referral"], referral_data(**overrides))
    assert_refused(response, field_id, message)


def test_npi_check_digit():
    assert npi_is_valid("1234567893")
    assert not npi_is_valid("1234567894")
    assert not npi_is_valid("123456789")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("212 555 0140", "(212) 555-0140"),
        ("+1 (212) 555-0140", "(212) 555-0140"),
        ("212.555.0140 ext 12", "(212) 555-0140 x12"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_phone_numbers_are_stored_readably(typed, stored):
    assert normalise_phone(typed) == stored


def test_form_fields_have_labels_autocomplete_and_types(client, form_pages):
    html = client.get(form_pages["consultation"].url).content.decode()
    assert 'autocomplete="section-patient name"' in html
    assert 'autocomplete="section-patient bday-month"' in html
    assert 'type="tel"' in html and 'type="email"' in html
    assert '<label class="field__label" for="id_patient_name">' in html
    assert "<legend" in html
    html = client.get(form_pages["referral"].url).content.decode()
    assert 'autocomplete="organization"' in html
    assert 'name="sins_location"' in html


def test_second_opinion_offers_a_video_visit_and_does_not_insist(client, form_pages):
    page = form_pages["second_opinion"]
    html = client.get(page.url).content.decode()
    assert "How would you like to get your second opinion?" in html
    assert 'value="video"' in html and "A video visit" in html
    response = post(client, page, second_opinion_data(second_opinion_format="video"))
    assert response.status_code == 302
    stored = PatientRequest.objects.get()
    assert stored.second_opinion_format == "video"
    # Leaving it out is fine: nothing a person sent is refused for it.
    post(client, page, second_opinion_data())
    assert PatientRequest.objects.count() == 2
    # A value the form does not offer is refused with a message, never stored.
    response = post(client, page, second_opinion_data(second_opinion_format="teleport"))
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert PatientRequest.objects.count() == 2
