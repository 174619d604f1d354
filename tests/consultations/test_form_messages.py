"""What a person sees when a form comes back: every message is a sentence that says what to do,
the summary lists them in the order of the questions, phone boxes bring up the phone keypad,
and someone filling in the form for themselves is not asked (or stored) twice."""

import re
from html.parser import HTMLParser

import pytest

from consultations.models import PatientRequest

from .conftest import consultation_data, referral_data, second_opinion_data

pytestmark = pytest.mark.django_db

EMPTY = {"consultation": consultation_data, "second_opinion": second_opinion_data}


class Inputs(HTMLParser):
    """Every <input> as its list of (name, value) attributes, duplicates kept; every id in
    document order; the links of the error summary in order."""

    def __init__(self):
        super().__init__()
        self.inputs, self.ids, self.summary_links = [], [], []
        self.in_summary = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "input":
            self.inputs.append(attrs)
        if values.get("id"):
            self.ids.append(values["id"])
        if "error-summary" in (values.get("class") or "").split():
            self.in_summary = True
        if self.in_summary and tag == "a":
            self.summary_links.append(values["href"].removeprefix("#"))

    def handle_endtag(self, tag):
        if tag == "ul" and self.in_summary:
            self.in_summary = False


def parse(response):
    parser = Inputs()
    parser.feed(response.content.decode())
    return parser


def empty_post(name):
    """The form sent with every question left empty (the hidden token and stamp kept)."""
    data = referral_data() if name == "referral" else EMPTY[name]()
    return {
        key: value if key in ("submission_token", "form_started") else ""
        for key, value in data.items()
    }


@pytest.mark.parametrize("name", ["consultation", "second_opinion", "referral"])
def test_every_error_reads_as_a_sentence(client, form_pages, name):
    response = client.post(form_pages[name].url, empty_post(name))
    messages = [str(message) for _, message in response.context["form"].error_summary()]
    assert len(messages) >= 4
    for message in messages:
        assert message[0].isupper() and message.endswith("."), message
        assert "?" not in message, message  # not "Select how should we contact you?."


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("consultation", {"relationship": ""}, "Select who is filling in this form."),
        ("consultation", {"contact_method": ""}, "Select how we should contact you."),
        ("referral", {"referrer_urgency": ""}, "Select how urgently we should see the patient."),
    ],
)
def test_the_radio_questions_say_what_to_select(client, form_pages, name, data, expected):
    valid = referral_data if name == "referral" else consultation_data
    response = client.post(form_pages[name].url, valid(**data))
    assert [message for _, message in response.context["form"].error_summary()] == [expected]


@pytest.mark.parametrize("name", ["consultation", "second_opinion", "referral"])
def test_the_summary_lists_errors_in_the_order_of_the_questions(client, form_pages, name):
    data = empty_post(name)
    if name == "referral":
        data["sins_location"] = "junctional"  # a part-scored SINS: an error in that section
    parsed = parse(client.post(form_pages[name].url, data))
    links = parsed.summary_links
    assert len(links) >= 4
    on_the_page = [anchor for anchor in parsed.ids if anchor in links]
    assert links == on_the_page


@pytest.mark.parametrize("name", ["consultation", "second_opinion", "referral"])
def test_phone_boxes_are_phone_inputs(client, form_pages, name):
    phones = [
        attributes
        for attributes in parse(client.get(form_pages[name].url)).inputs
        if re.search(r"_(phone|fax)$", dict(attributes).get("name", ""))
    ]
    assert len(phones) >= 2
    for attributes in phones:
        types = [value for key, value in attributes if key == "type"]
        assert types == ["tel"], dict(attributes)["name"]


def test_the_patient_filling_in_the_form_is_not_asked_about_themselves(client, form_pages):
    """The "your name, phone, email" questions are hidden (by the page's script) for the
    patient, and whatever was typed there before choosing "I am the patient" is not kept."""
    html = client.get(form_pages["consultation"].url).content.decode()
    assert "data-hide-when-self" in html
    response = client.post(
        form_pages["consultation"].url,
        consultation_data(relationship="self", patient_email="maria@canary-lopez.net"),
    )
    assert response.status_code == 302
    stored = PatientRequest.objects.get()
    assert stored.relationship == "self"
    assert (stored.submitter_name, stored.submitter_phone, stored.submitter_email) == ("", "", "")
    assert stored.patient_name == "Maria Canary-Lopez"
    assert stored.patient_phone == "(212) 555-0188"


def test_someone_else_filling_in_the_form_is_still_asked_about_themselves(client, form_pages):
    response = client.post(form_pages["consultation"].url, consultation_data())
    assert response.status_code == 302
    stored = PatientRequest.objects.get()
    assert stored.submitter_name == "Ana Canary-Lopez"
    assert stored.submitter_email == "ana.canary@canary-lopez.net"
