"""The SINS calculator and the ESCC reference with JavaScript off, and the referral form the
calculator opens: a clinician scores a lesion, reads the result and refers in one flow. Every
published row of the tables is tested in test_scores.py; these tests check what the pages do
with them."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from conditions.models import ConditionIndexPage, HomePage, StandardPage
from consultations import scores
from consultations.calculators import SinsCalculatorForm, referral_prefill
from consultations.escc_diagrams import ESCC_DIAGRAMS
from consultations.models import EsccGradingPage, PatientRequest, SinsCalculatorPage
from tests.factories import (
    ClinicianFactory,
    EsccGradingPageFactory,
    HomePageFactory,
    SinsCalculatorPageFactory,
    StandardPageFactory,
)

from .conftest import referral_data

UNSTABLE = {  # 3 + 3 + 2 + 4 + 3 + 3 = 18
    "location": "junctional",
    "pain": "mechanical",
    "lesion": "lytic",
    "alignment": "subluxation",
    "collapse": "over_50",
    "posterolateral": "bilateral",
}
INDETERMINATE = {  # 1 + 3 + 2 + 0 + 2 + 1 = 9
    "location": "semi_rigid",
    "pain": "mechanical",
    "lesion": "lytic",
    "alignment": "normal",
    "collapse": "under_50",
    "posterolateral": "unilateral",
}
SIX = {  # 2 + 1 + 1 + 2 + 0 + 0 = 6, one below the surgical-consultation threshold
    "location": "mobile",
    "pain": "occasional",
    "lesion": "mixed",
    "alignment": "deformity",
    "collapse": "none",
    "posterolateral": "none",
}
SEVEN = dict(SIX, posterolateral="unilateral")  # 7: the threshold


@pytest.fixture
def tools(form_pages):
    """The "For clinicians" section with the calculator and the ESCC reference, beside the
    referral form."""
    home = form_pages["referral"].get_parent()
    section = StandardPageFactory(parent=home, title="For clinicians", slug="for-clinicians")
    return {
        "calculator": SinsCalculatorPageFactory(parent=section),
        "escc": EsccGradingPageFactory(parent=section),
        "referral": form_pages["referral"],
    }


def get(client, page, query=None):
    response = client.get(page.url, query or {})
    assert response.status_code == 200
    return response


def main_html(response):
    html = response.content.decode()
    return html.split('<main id="main"', 1)[1].split("</main>", 1)[0]


def text(html):
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))).strip()


def result_section(response):
    html = main_html(response)
    match = re.search(r'<section class="sins-result.*?</section>', html, re.S)
    return match.group(0) if match else ""


def refer_link(response):
    match = re.search(r'href="([^"]*\?sins_[^"]*)"', result_section(response))
    assert match, "no referral link in the result"
    return unescape(match.group(1))


# -- the blank calculator -----------------------------------------------------------------


@pytest.mark.django_db
def test_the_blank_calculator_asks_each_component_with_its_definition_and_points(client, tools):
    response = get(client, tools["calculator"])
    html = main_html(response)
    assert result_section(response) == ""
    assert "There is a problem" not in html
    for component in scores.SINS_COMPONENTS:
        assert f"{component.label}</legend>" in html, component.name
        assert str(component.definition) in unescape(html), component.name
        for option in component.options:
            radio = re.search(
                rf'<input type="radio" name="{component.name}" value="{option.code}"[^>]*>', html
            )
            assert radio, (component.name, option.code)
            assert f'data-points="{option.points}"' in radio.group(0)
    # Every level can fill in the location: the select says which location each level is.
    levels = re.findall(r'<option value="([^"]+)"[^>]*data-location="([^"]+)"', html)
    assert len(levels) == len(scores.SPINE_LEVELS) + 1  # and occiput-C1
    assert all(scores.sins_location_for_level(level) == loc for level, loc in levels)


@pytest.mark.django_db
def test_the_calculator_cites_its_source_and_defers_to_clinical_judgment(client, tools):
    response = get(client, tools["calculator"])
    page_text = text(main_html(response))
    assert scores.SINS_CITATION in page_text
    assert "supports clinical judgment and does not replace it" in page_text
    # The meaning of each total comes from the published categories.
    for category in scores.SINS_CATEGORIES:
        assert f"{category.minimum} to {category.maximum} {category.label}" in page_text
    assert 'name="robots" content="noindex"' not in response.content.decode()


@pytest.mark.django_db
def test_the_script_is_deferred_and_the_page_has_no_inline_script_or_style(client, tools):
    html = get(client, tools["calculator"]).content.decode()
    assert re.search(r'<script src="[^"]*/js/sins-calculator\.js" defer></script>', html)
    # Data blocks (JSON-LD) are not scripts; anything else without a src would be.
    assert not re.search(r"<script(?![^>]*\b(src=|type=\"application/ld\+json\"))[^>]*>", html)
    assert " style=" not in html


# -- a result -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_result_shows_each_components_points_the_total_category_and_advice(client, tools):
    response = get(client, tools["calculator"], INDETERMINATE)
    section = result_section(response)
    expected = scores.sins_score(**INDETERMINATE)
    rows = re.findall(
        r'<tr><th scope="row">([^<]+)<span class="sins-table__answer">[^<]*</span></th>'
        r'<td class="sins-table__points">(\d+)</td>',
        section,
    )
    assert [(unescape(label), int(points)) for label, points in rows] == [
        (component.label, expected.points[component.name]) for component in scores.SINS_COMPONENTS
    ]
    section_text = text(section)
    assert "Result: SINS 9 out of 18, indeterminate (possibly impending) instability" in (
        section_text
    )
    assert "Total 9" in section_text
    assert "Surgical consultation is warranted" in section_text
    assert "Refer this patient" in section_text
    assert response["Cache-Control"] == "no-store"
    assert 'name="robots" content="noindex"' in response.content.decode()
    assert "<title>SINS 9, indeterminate" in response.content.decode()


@pytest.mark.django_db
def test_refer_this_patient_opens_the_referral_form_with_the_answers(client, tools):
    response = get(client, tools["calculator"], UNSTABLE)
    link = urlsplit(refer_link(response))
    assert link.path == tools["referral"].url
    assert parse_qs(link.query) == {f"sins_{name}": [code] for name, code in UNSTABLE.items()}
    assert "Unstable" in text(result_section(response))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("answers", "consult"),
    [(SIX, False), (SEVEN, True)],
    ids=["6: stable", "7: threshold"],
)
def test_advice_changes_at_the_surgical_consultation_threshold(client, tools, answers, consult):
    section_text = text(result_section(get(client, tools["calculator"], answers)))
    assert ("Surgical consultation is warranted" in section_text) is consult
    assert ("Below the threshold for surgical consultation" in section_text) is not consult
    assert ("Refer this patient" in section_text) is consult
    # Below the threshold the clinician may still refer for another reason, answers filled in.
    assert "sins_location=mobile" in result_section(get(client, tools["calculator"], answers))


@pytest.mark.django_db
def test_the_answers_stay_chosen_under_the_result(client, tools):
    html = main_html(get(client, tools["calculator"], INDETERMINATE))
    for name, code in INDETERMINATE.items():
        assert re.search(rf'name="{name}" value="{code}"[^>]* checked', html), name


@pytest.mark.django_db
def test_without_a_referral_page_the_result_still_shows(client, tools):
    tools["referral"].unpublish()
    section = result_section(get(client, tools["calculator"], UNSTABLE))
    assert "Surgical consultation is warranted" in text(section)
    assert "Refer this patient" not in section


# -- the level fills in the location --------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("level", "location", "points"),
    [
        ("occiput", "junctional", 3),
        ("T11", "junctional", 3),
        ("C4", "mobile", 2),
        ("T7", "semi_rigid", 1),
        ("S3", "rigid", 0),
    ],
)
def test_a_level_fills_in_the_location(client, tools, level, location, points):
    answers = {key: value for key, value in INDETERMINATE.items() if key != "location"}
    response = get(client, tools["calculator"], dict(answers, level=level))
    section = result_section(response)
    expected = scores.sins_score(location=location, **answers)
    assert f"Result: SINS {expected.total} out of 18" in text(section)
    assert re.search(rf"from level {level.replace('occiput', 'Occiput-C1')}", section)
    html = main_html(response)
    assert re.search(rf'name="location" value="{location}"[^>]* checked', html)
    link = parse_qs(urlsplit(refer_link(response)).query)
    assert link["sins_location"] == [location]
    # Only a real vertebral level goes into the referral's "levels involved".
    assert link.get("levels_involved") == ([level] if level != "occiput" else None)


@pytest.mark.django_db
def test_a_level_and_the_matching_location_agree(client, tools):
    response = get(client, tools["calculator"], dict(INDETERMINATE, level="T5"))
    assert "Result: SINS 9 out of 18" in text(result_section(response))


@pytest.mark.django_db
def test_a_level_that_contradicts_the_location_is_refused_not_overridden(client, tools):
    response = get(client, tools["calculator"], dict(INDETERMINATE, level="L5"))
    html = main_html(response)
    assert result_section(response) == ""
    message = (
        "L5 is a junctional level, but the location chosen is semi-rigid. Choose the location "
        "that matches the level, or change the level."
    )
    assert text(html).count(message) == 2  # in the summary and at the field
    assert 'href="#id_location_0"' in html


# -- bad input: a message, never a server error ---------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "anchor", "message"),
    [
        (
            {"pain": "mechanical"},
            "id_location_0",
            "Choose an answer for location, or a vertebral level.",
        ),
        ({"pain": "mechanical"}, "id_lesion_0", "Choose an answer for bone lesion."),
        (
            dict(INDETERMINATE, pain="severe"),
            "id_pain_0",
            "Choose one of the listed answers for pain.",
        ),
        (
            dict(INDETERMINATE, collapse="<script>alert(1)</script>"),
            "id_collapse_0",
            "Choose one of the listed answers for vertebral body collapse.",
        ),
        (
            dict(INDETERMINATE, level="T13"),
            "id_level",
            "Choose a level from the list (occiput-C1 to S5), or leave it as 'Not given'.",
        ),
        (
            dict(INDETERMINATE, level="t11\x00"),
            "id_level",
            "Choose a level from the list (occiput-C1 to S5), or leave it as 'Not given'.",
        ),
        (
            dict(INDETERMINATE, location=""),
            "id_location_0",
            "Choose an answer for location, or a vertebral level.",
        ),
    ],
    ids=[
        "no location",
        "missing answer",
        "unknown code",
        "markup",
        "no such level",
        "control character",
        "empty location",
    ],
)
def test_bad_or_missing_answers_get_a_clear_message(client, tools, query, anchor, message):
    response = get(client, tools["calculator"], query)
    html = main_html(response)
    assert result_section(response) == ""
    assert "There is a problem" in html
    assert f'href="#{anchor}"' in html
    assert text(html).count(message) == 2  # in the summary and at the field
    assert "<script>alert" not in html
    assert "<title>Error: " in response.content.decode()


@pytest.mark.django_db
def test_repeated_and_unrelated_parameters_do_not_break_the_page(client, tools):
    response = client.get(
        tools["calculator"].url
        + "?pain=none&pain=mechanical&utm_source=mail&"
        + "&".join(f"{k}={v}" for k, v in INDETERMINATE.items() if k != "pain")
    )
    assert response.status_code == 200
    assert "Result: SINS 9 out of 18" in text(result_section(response))
    # A link with only unrelated parameters shows the blank form, not errors.
    response = get(client, tools["calculator"], {"utm_source": "newsletter"})
    assert "There is a problem" not in main_html(response)


def test_the_form_scores_from_a_plain_dict():
    form = SinsCalculatorForm.from_query(dict(UNSTABLE))
    assert form.is_valid()
    assert form.result() == scores.sins_score(**UNSTABLE)
    assert not SinsCalculatorForm.from_query({}).is_bound


# -- the referral form, prefilled -----------------------------------------------------------


def test_referral_prefill_keeps_only_known_values():
    query = {
        "sins_location": "junctional",
        "sins_pain": "agony",
        "sins_lesion": "LYTIC",
        "escc_grade": "2",
        "levels_involved": "T11",
        "patient_name": "Should not be taken",
    }
    assert referral_prefill(query) == {
        "sins_location": "junctional",
        "escc_grade": "2",
        "levels_involved": "T11",
    }
    assert referral_prefill({"escc_grade": "4", "levels_involved": "T11; DROP"}) == {}


@pytest.mark.django_db
def test_the_referral_form_opens_with_the_calculators_answers(client, tools):
    link = refer_link(get(client, tools["calculator"], dict(UNSTABLE, level="T12")))
    response = client.get(link + "&escc_grade=3")
    assert response.status_code == 200
    html = main_html(response)
    for name, code in UNSTABLE.items():
        assert re.search(
            rf'<select name="sins_{name}".*?<option value="{code}" selected>', html, re.S
        ), name
    assert re.search(r'<option value="3" selected>', html)
    assert re.search(r'name="levels_involved" value="T12"', html)
    assert "These answers come from the SINS calculator" in html
    assert "There is a problem" not in html


@pytest.mark.django_db
def test_invalid_prefill_values_are_ignored_silently(client, tools):
    response = client.get(
        tools["referral"].url,
        {"sins_pain": "agony", "escc_grade": "9", "levels_involved": "<b>T1</b>"},
    )
    assert response.status_code == 200
    html = main_html(response)
    assert "There is a problem" not in html
    assert " selected>Not known</option>" in html
    assert not re.search(
        r'<select name="sins_pain".*?<option value="[a-z]+" selected>', html, re.S
    )
    assert 'name="levels_involved" value=' not in html
    # Without calculator answers, the SINS section points to the calculator instead.
    assert f'href="{tools["calculator"].url}"' in html


@pytest.mark.django_db
def test_score_refer_and_send_stores_the_total_and_triages_it(client, tools):
    """The whole flow: score, follow "Refer this patient", send the filled-in form."""
    link = refer_link(get(client, tools["calculator"], UNSTABLE))
    prefilled = {key: values[0] for key, values in parse_qs(urlsplit(link).query).items()}
    assert client.get(link).status_code == 200
    response = client.post(tools["referral"].url, referral_data(**prefilled))
    assert response.status_code == 302, main_html(response)[:2000]
    referral = PatientRequest.objects.get()
    assert (referral.sins_total, referral.sins_category) == (18, "unstable")
    assert referral.urgent
    assert "SINS 18" in " ".join(referral.urgent_reasons)


# -- the ESCC reference ---------------------------------------------------------------------


@pytest.mark.django_db
def test_the_escc_page_describes_and_draws_every_grade(client, tools):
    html = main_html(get(client, tools["escc"]))
    page_text = text(html)
    for grade in scores.ESCC_GRADES:
        item = re.search(
            rf'<li class="escc-grade[^"]*" id="grade-{grade.grade}">.*?</li>', html, re.S
        )
        assert item, grade.grade
        item_html = item.group(0)
        assert f"Grade {grade.grade}: {grade.label}" in text(item_html)
        assert str(grade.description) in text(item_html)
        assert ("High-grade compression" in item_html) is scores.escc_is_high_grade(grade.grade)
        # Each diagram is an image with a text alternative saying what it shows.
        assert f'role="img" aria-labelledby="escc-alt-{grade.grade}"' in item_html
        assert f'<title id="escc-alt-{grade.grade}">{ESCC_DIAGRAMS[grade.grade].alt}</title>' in (
            unescape(item_html)
        )
    assert scores.ESCC_CITATION in page_text
    assert "supports clinical judgment and does not replace it" in page_text


def test_there_is_one_diagram_per_published_grade():
    assert list(ESCC_DIAGRAMS) == [grade.grade for grade in scores.ESCC_GRADES]


# -- where the tools may be created ---------------------------------------------------------


def admin_login(testcase):
    """Log in as a superuser, past the second factor where the admin asks for one."""
    user = testcase.login()
    try:
        from tests.conftest import login_verified
    except ImportError:  # two-factor sign-in is not part of this checkout
        return
    login_verified(testcase.client, user)


class ToolPageRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory(parent=HomePage.get_first_root_node(), slug="tools-home")
        cls.section = StandardPageFactory(parent=cls.home, slug="for-clinicians")
        cls.clinician = ClinicianFactory()

    def test_tools_live_in_a_standard_page_section_and_have_no_children(self):
        for model in [SinsCalculatorPage, EsccGradingPage]:
            with self.subTest(model.__name__):
                self.assertCanCreateAt(StandardPage, model)
                self.assertCanNotCreateAt(HomePage, model)
                self.assertCanNotCreateAt(ConditionIndexPage, model)
                self.assertAllowedParentPageTypes(model, {StandardPage})
                self.assertAllowedSubpageTypes(model, set())

    def test_an_editor_can_create_a_calculator(self):
        admin_login(self)
        self.assertCanCreate(
            self.section,
            SinsCalculatorPage,
            nested_form_data(
                {
                    "title": "SINS calculator",
                    "summary": "Score spinal instability.",
                    "intro": rich_text("<p>For clinicians.</p>"),
                    "body": streamfield([]),
                }
            ),
        )

    def test_a_tool_published_without_sign_off_claims_no_review(self):
        admin_login(self)
        response = self.client.post(
            f"/admin/pages/add/consultations/esccgradingpage/{self.section.pk}/",
            nested_form_data(
                {
                    "title": "ESCC grading",
                    "slug": "escc-grading",
                    "summary": "The grades.",
                    "intro": rich_text("<p>For clinicians.</p>"),
                    "body": streamfield([]),
                    "reviewed_by": self.clinician.pk,
                    "last_reviewed": "2026-01-05",
                    "action-publish": "action-publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 302)
        page = EsccGradingPage.objects.filter(locale__language_code="en").get(slug="escc-grading")
        self.assertTrue(page.live)
        self.assertIsNone(page.reviewed_by)
        self.assertFalse(page.is_signed_off)
