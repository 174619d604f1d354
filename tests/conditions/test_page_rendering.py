"""Every page type renders with its content, the practice's facts and its review details."""

import datetime

import pytest
from wagtail.rich_text import RichText

from conditions import models
from tests.factories import (
    ClinicianFactory,
    ConditionIndexPageFactory,
    ConditionPageFactory,
    LocationPageFactory,
    ServiceAreaIndexPageFactory,
    ServiceAreaPageFactory,
    StandardPageFactory,
    SymptomIndexPageFactory,
    SymptomPageFactory,
    TeamPageFactory,
    TreatmentIndexPageFactory,
    TreatmentPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home):
    conditions = ConditionIndexPageFactory(parent=home)
    symptoms = SymptomIndexPageFactory(parent=home)
    treatments = TreatmentIndexPageFactory(parent=home)
    areas = ServiceAreaIndexPageFactory(parent=home)
    symptom = SymptomPageFactory(
        parent=symptoms, title="Weakness or difficulty walking", red_flags=["weakness"]
    )
    treatment = TreatmentPageFactory(parent=treatments, title="Decompression surgery")
    condition = ConditionPageFactory(parent=conditions, title="Spine metastases")
    condition.symptoms.add(symptom)
    condition.treatments.add(treatment)
    condition.save()
    return {
        "home": home,
        "conditions": conditions,
        "symptoms": symptoms,
        "treatments": treatments,
        "areas": areas,
        "symptom": symptom,
        "treatment": treatment,
        "condition": condition,
        "area": ServiceAreaPageFactory(
            parent=areas, title="Care for Brooklyn", area_name="Brooklyn"
        ),
        "location": LocationPageFactory(parent=home),
        "team": TeamPageFactory(parent=home),
        "standard": StandardPageFactory(parent=home, title="Privacy notice"),
    }


def get_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode()


@pytest.mark.parametrize(
    "key",
    [
        "home",
        "conditions",
        "symptoms",
        "treatments",
        "areas",
        "symptom",
        "treatment",
        "condition",
        "area",
        "location",
        "team",
        "standard",
    ],
)
def test_every_page_type_renders_accessible_frame(client, tree, key):
    html = get_html(client, tree[key])
    assert html.count("<h1") == 1
    assert 'href="#main"' in html and 'id="main"' in html
    assert '<nav class="primary-nav" aria-label="Main">' in html
    # Practice facts come from the clinic settings, on every page.
    assert "(212) 555-0140" in html
    assert "If this is an emergency, call 911" in html
    assert "100 E 77th St" in html


def test_condition_page_shows_sections_symptoms_treatments_and_review(client, tree):
    html = get_html(client, tree["condition"])
    for text in [
        "What the condition is.",
        "When can surgery help?",
        "When surgery can help.",
        "How is it diagnosed and assessed?",
        "Weakness or difficulty walking",
        "Decompression surgery",
        "Page last reviewed:",
        "Next review due:",
        tree["condition"].reviewed_by.display_name,
    ]:
        assert text in html


def test_symptom_urgency_levels_show_distinct_instructions(client, tree):
    symptom = tree["symptom"]
    html = get_html(client, symptom)
    assert "care-card--emergency" in html
    assert "Emergency: get help now" in html
    assert "Call 911 or go to the nearest emergency department now." in html
    assert 'href="tel:911"' in html

    symptom.red_flags = ["night_pain"]
    symptom.save_revision().publish()
    html = get_html(client, symptom)
    assert "Same day: call us today" in html
    assert "Call our urgent line today." in html
    assert 'href="tel:+12125550142"' in html
    assert "Call 911 or go to" not in html.split("<main")[1].split("</main>")[0]

    symptom.red_flags = ["radiating_pain"]
    symptom.save_revision().publish()
    html = get_html(client, symptom)
    assert "Call our urgent line now." in html


def test_a_page_cannot_show_a_lower_level_than_its_signs(client, tree):
    """The level is the most urgent of the page's signs; a sign the table does not know, or
    none, shows the emergency signs."""
    symptom = tree["symptom"]
    symptom.red_flags = ["night_pain", "bladder_bowel"]
    symptom.save_revision().publish()
    assert "Emergency: get help now" in get_html(client, symptom)
    models.SymptomPage.objects.filter(locale__language_code="en").filter(pk=symptom.pk).update(
        red_flags=["not_a_sign"]
    )
    symptom.refresh_from_db()
    assert symptom.urgency == "emergency"


def test_symptom_page_links_back_to_its_conditions(client, tree):
    html = get_html(client, tree["symptom"])
    assert "Spine metastases" in html


def test_treatment_page_sections(client, tree):
    html = get_html(client, tree["treatment"])
    for text in [
        "What is it?",
        "Who is it for?",
        "What is recovery like?",
        "What recovery looks like.",
        "Spine metastases",
    ]:
        assert text in html


def test_index_pages_list_their_children_with_summaries(client, tree):
    html = get_html(client, tree["symptoms"])
    assert "Weakness or difficulty walking" in html and "A symptom summary." in html
    assert "Emergency: get help now" in html  # urgency tag on the card


def test_unpublished_pages_are_not_listed(client, tree):
    tree["treatment"].unpublish()
    html = get_html(client, tree["treatments"])
    assert "Decompression surgery" not in html


def test_location_page_shows_address_phone_and_hours(client, tree):
    html = get_html(client, tree["location"])
    assert "100 E 77th St" in html and "New York, NY 10075" in html
    assert "Monday to Friday, 9 am to 5 pm" in html
    assert "The 6 train stops at 77 St." in html


def test_team_page_lists_its_clinicians(client, tree):
    team = tree["team"]
    clinician = ClinicianFactory(
        name="Randy S. D’Amico", roles="Director, Brain & Spine Metastasis Program"
    )
    team.members.create(clinician=clinician, sort_order=0)
    team.save_revision().publish()
    html = get_html(client, team)
    assert "Dr. Randy S. D’Amico, MD" in html
    assert "Director, Brain &amp; Spine Metastasis Program" in html


def test_home_page_shows_routes_team_location_and_areas(client, tree):
    home = tree["home"]
    home.consultation_page = tree["standard"]
    home.save_revision().publish()
    team = tree["team"]
    team.members.create(clinician=ClinicianFactory(name="Pat Example"), sort_order=0)
    team.save_revision().publish()
    html = get_html(client, home)
    assert "Request a consultation" in html
    assert "When to get help straight away" in html
    # The emergency signs come from the red-flag table.
    assert "Trouble passing urine (peeing), or losing control of your bladder or bowels" in html
    assert "Spine metastases" in html and "Decompression surgery" in html
    assert "Dr. Pat Example, MD" in html
    assert "Lenox Hill Hospital" in html
    assert ">Brooklyn<" in html


def test_review_details_hidden_when_page_has_none(client, tree):
    html = get_html(client, tree["standard"])
    assert "Page last reviewed" not in html


def test_stream_blocks_render(client, tree):
    page = tree["standard"]
    page.body = [
        ("heading", {"text": "What to bring", "level": "h2"}),
        ("checklist", {"heading": "", "intro": "", "items": ["Your scan reports"]}),
        (
            "care_card",
            {
                "flags": ["bladder_bowel"],
                "heading": "Bladder problems",
                "body": RichText("<p>A sign of pressure on the nerves.</p>"),
            },
        ),
        (
            "call_to_action",
            {
                "heading": "Ask us",
                "text": "",
                "page": tree["location"],
                "url": "",
                "link_text": "Find us",
            },
        ),
        (
            "faq",
            {
                "heading": "Common questions",
                "items": [{"question": "Can my family come?", "answer": RichText("<p>Yes.</p>")}],
            },
        ),
        ("related_pages", {"heading": "Related pages", "pages": [tree["condition"]]}),
        ("contact_details", {"heading": "Contact us", "intro": "", "show": ["fax", "hours"]}),
    ]
    page.save_revision().publish()
    html = get_html(client, page)
    assert '<h2 id="what-to-bring">What to bring</h2>' in html
    assert "<li>Your scan reports</li>" in html
    assert "A sign of pressure on the nerves." in html and "Call 911 or go to" in html
    assert "losing control of your bladder or bowels" in html  # the table's wording
    assert f'href="{tree["location"].url}"' in html and "Find us" in html
    assert "<summary>Can my family come?</summary>" in html
    assert "A condition summary." in html
    assert "(212) 555-0143" in html and "Monday to Friday" in html


def test_review_dates_shown_in_words(client, tree):
    condition = tree["condition"]
    # As a sign-off writes them (a publish without one would clear them).
    condition.last_reviewed = datetime.date(2026, 3, 2)
    condition.next_review_due = datetime.date(2027, 3, 2)
    condition.save()
    html = get_html(client, condition)
    assert "2 March 2026" in html and "2 March 2027" in html


def test_a_chosen_page_behind_a_password_shows_no_card(client, tree):
    """An editor's related-pages block never shows a restricted page's title, link or summary."""
    from wagtail.models import PageViewRestriction

    hidden = tree["treatment"]
    hidden.summary = "Canary summary of a hidden page."
    hidden.save_revision().publish()
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    page = tree["standard"]
    page.body = [
        ("related_pages", {"heading": "Related pages", "pages": [hidden, tree["condition"]]}),
    ]
    page.save_revision().publish()
    html = get_html(client, page)
    assert "Canary summary of a hidden page." not in html
    assert f'href="{hidden.url}"' not in html
    assert "A condition summary." in html  # the public page's card is still there
