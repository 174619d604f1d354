"""The content loader builds the "For clinicians" section and the patients' explainers, links
them from the condition page, and adds them to a site loaded before they existed."""

import re
from html import unescape

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page, Revision, Site

from conditions.models import ConditionPage, StandardPage
from consultations import scores
from consultations.models import EsccGradingPage, ReferralRequestPage, SinsCalculatorPage
from spineclinic.content import site_content

pytestmark = pytest.mark.django_db

EXPLAINERS = {
    "/spinal-instability-and-sins/": "Spinal instability and the SINS score",
    "/spinal-cord-compression-grades/": "What spinal cord compression grades mean",
    "/how-we-decide-on-treatment/": "How we decide on surgery or radiation",
}


@pytest.fixture(scope="module")
def loaded_once(django_db_setup, django_db_blocker):
    """The content, loaded once for this module in a transaction rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_site_content", "--english-only", verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def loaded(loaded_once, db):
    """Each test runs in its own savepoint: what it changes is undone after it."""
    return Site.objects.get(is_default_site=True).root_page.specific


def page_at(url):
    return next(page for page in Page.objects.live().specific() if page.url == url)


def main_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    main = response.content.decode().split('<main id="main"', 1)[1].split("</main>", 1)[0]
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main)))


def main_links(client, url):
    html = client.get(url).content.decode().split('<main id="main"', 1)[1]
    return set(re.findall(r'href="([^"#?]+)"', html.split("</main>", 1)[0]))


def test_the_loader_builds_the_clinicians_section_and_the_explainers(loaded):
    assert isinstance(page_at("/for-clinicians/"), StandardPage)
    assert isinstance(page_at("/for-clinicians/sins-calculator/"), SinsCalculatorPage)
    assert isinstance(page_at("/for-clinicians/escc-grading/"), EsccGradingPage)
    for url, title in EXPLAINERS.items():
        page = page_at(url)
        assert isinstance(page, StandardPage) and page.title == title
    # They are clinical pages, loaded (like every other) as awaiting a clinician's sign-off.
    for url in ["/for-clinicians/sins-calculator/", "/for-clinicians/escc-grading/", *EXPLAINERS]:
        page = page_at(url)
        assert page.needs_clinical_review and not page.is_signed_off, url


def test_a_second_run_changes_nothing_and_a_deleted_tool_comes_back(loaded):
    counts = (Page.objects.count(), Revision.objects.count())
    call_command("load_site_content", "--english-only", verbosity=0)
    assert (Page.objects.count(), Revision.objects.count()) == counts
    # An editor deletes the calculator, in both languages.
    for page in SinsCalculatorPage.objects.all():
        page.delete()
    call_command("load_site_content", "--english-only", verbosity=0)
    assert (
        SinsCalculatorPage.objects.filter(locale__language_code="en").get().url
        == "/for-clinicians/sins-calculator/"
    )
    assert Page.objects.count() == counts[0]


def test_a_site_loaded_before_the_tools_existed_gets_them_on_the_next_run(loaded):
    for url in ["/for-clinicians/", *EXPLAINERS]:
        page = page_at(url)
        for translation in page.get_translations():  # the Spanish pages came with them
            translation.delete()
        page.delete()
    assert not SinsCalculatorPage.objects.exists()
    call_command("load_site_content", "--english-only", verbosity=0)
    assert page_at("/for-clinicians/sins-calculator/").live
    assert all(page_at(url).live for url in EXPLAINERS)


def test_the_calculator_is_linked_from_the_condition_page_and_the_referral_form(client, loaded):
    condition = ConditionPage.objects.filter(locale__language_code="en").get(
        slug="spine-metastases"
    )
    links = main_links(client, condition.url)
    assert "/for-clinicians/sins-calculator/" in links
    assert set(EXPLAINERS) <= links
    referral = ReferralRequestPage.objects.filter(locale__language_code="en").get()
    assert "/for-clinicians/sins-calculator/" in main_links(client, referral.url)
    section = main_links(client, "/for-clinicians/")
    assert {"/for-clinicians/sins-calculator/", "/for-clinicians/escc-grading/"} <= section


def test_the_calculator_refers_to_the_loaded_referral_form(client, loaded):
    answers = {c.name: c.options[0].code for c in scores.SINS_COMPONENTS}
    response = client.get("/for-clinicians/sins-calculator/", answers)
    assert 'href="/refer-a-patient/?sins_location=junctional&amp;' in response.content.decode()


def test_the_sins_explainer_gives_the_published_ranges(client, loaded):
    text = main_text(client, "/spinal-instability-and-sins/")
    for category in scores.SINS_CATEGORIES:
        assert f"{category.minimum} to {category.maximum}:" in text, category.code
    assert f"A total of {scores.SURGICAL_CONSULTATION_THRESHOLD} or more" in text
    assert "does not mean you will need surgery" in text


def test_the_compression_explainer_explains_every_grade(client, loaded):
    text = main_text(client, "/spinal-cord-compression-grades/")
    for grade in scores.ESCC_GRADES:
        assert f"Grade {grade.grade}:" in text, grade.grade
    assert "Grades 2 and 3 are called high-grade compression" in text
    # Emergency signs come with the practice's exact instructions from the clinic settings.
    assert "call 911 or go to the nearest emergency department" in text.lower()


def test_the_noms_explainer_names_all_four_considerations(client, loaded):
    text = main_text(client, "/how-we-decide-on-treatment/")
    for letter, word in [
        ("N", "neurologic"),
        ("O", "oncologic"),
        ("M", "mechanical"),
        ("S", "systemic"),
    ]:
        assert f"{letter}, {word}:" in text
    assert "The Oncologist in 2013" in text


def test_explainers_make_no_promises_and_quote_no_success_rates():
    words = repr([page["body"] for page in site_content.EXPLAINER_PAGES]).lower()
    for phrase in ["cure", "guarantee", "success rate", "%", "will walk", "always works"]:
        assert phrase not in words, phrase
