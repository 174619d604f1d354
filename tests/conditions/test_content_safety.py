"""The practice's words agree with the red-flag table and the clinical-safety review: each page's
level comes from the table, no emergency is described as sudden, spelling is American, scans are
explained, and the old stabilization address still leads to its page."""

import re
from html import unescape

import pytest
from wagtail.fields import StreamField

from conditions.models import SymptomPage
from spineclinic import redflags

pytestmark = pytest.mark.django_db

UK_SPELLINGS = ["tumour", "stabilisation", "anaesthe", "centre", "colour", "haemorrh", "oedema"]
# What NG234 asks for each symptom page, at least (the table may only raise a level).
SYMPTOM_LEVELS = {
    "back-pain": redflags.Level.SAME_DAY,
    "radiating-pain": redflags.Level.SAME_DAY,
    "night-pain": redflags.Level.SAME_DAY,
    "weakness-or-difficulty-walking": redflags.Level.EMERGENCY,
    "numbness-or-tingling": redflags.Level.EMERGENCY,
    "balance-and-coordination": redflags.Level.EMERGENCY,
    "bladder-or-bowel-problems": redflags.Level.EMERGENCY,
}
CARD = re.compile(
    r'<div class="care-card care-card--(\w+)">(.*?)<div class="care-card__action">', re.S
)


def main_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode().split('<main id="main"', 1)[1].split("</main>", 1)[0]


def text_of(html):
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))).strip()


def live_pages(home):
    return list(home.get_descendants(inclusive=True).live().specific())


def care_cards(page):
    """(field name, value) of every care card in the page's StreamFields."""
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            for block in getattr(page, field.name) or []:
                if block.block_type == "care_card":
                    yield field.name, block.value


@pytest.fixture
def pages(site_content, db):
    return live_pages(site_content)


def test_symptom_pages_are_as_urgent_as_their_signs(client, site_content, db):
    pages = {
        page.slug: page
        for page in SymptomPage.objects.filter(locale__language_code="en")
        .live()
        .filter(locale__language_code="en")
    }
    assert set(pages) == set(SYMPTOM_LEVELS)
    for slug, page in pages.items():
        assert page.red_flags, slug
        for key in page.red_flags:
            assert redflags.at_least(page.urgency, redflags.flag(key).level), (slug, key)
        assert redflags.at_least(page.urgency, SYMPTOM_LEVELS[slug]), slug
        # The callout at the top says the level in words and lists the table's wording.
        level, callout = CARD.search(main_html(client, page)).groups()
        assert level == page.urgency, slug
        callout = text_of(callout)
        assert str(redflags.Level(page.urgency).label) in callout, slug
        for key in page.red_flags:
            assert str(redflags.flag(key).noticed) in callout, (slug, key)


def test_balance_and_numbness_are_emergencies(client, site_content, db):
    for slug in ["balance-and-coordination", "numbness-or-tingling"]:
        page = SymptomPage.objects.filter(locale__language_code="en").live().get(slug=slug)
        assert page.urgency == redflags.Level.EMERGENCY, slug
        assert "Emergency: get help now" in text_of(main_html(client, page))
    # A band of numbness, and numbness between the legs, are each an emergency on their own.
    for key in ["numbness_band", "numbness_saddle"]:
        assert redflags.level_of([key]) == redflags.Level.EMERGENCY
        assert (
            key
            in SymptomPage.objects.filter(locale__language_code="en")
            .get(slug="numbness-or-tingling")
            .red_flags
        )


def test_care_cards_name_only_signs_in_the_table(pages):
    cards = [(page, name, value) for page in pages for name, value in care_cards(page)]
    assert len(cards) > 20
    for page, name, value in cards:
        where = (page.url, name, value["heading"])
        assert value["flags"], where
        assert set(value["flags"]) <= set(redflags.BY_KEY), where
        # The level, the instructions and the numbers are added from the table and the settings.
        body = text_of(value["body"].source if value["body"] else "")
        assert "911" not in body and not re.search(r"\d{3}-\d{4}", body), where
        if value.level() != redflags.Level.EMERGENCY:
            assert "emergency" not in (body + value["heading"]).lower(), where


def test_each_symptom_page_keeps_one_card_for_its_own_signs(pages):
    """The loader moved it to the top callout; what is left is about other signs."""
    for page in pages:
        if isinstance(page, SymptomPage):
            for _, value in care_cards(page):
                assert set(value["flags"]) != set(page.red_flags), page.slug


def test_no_emergency_is_described_as_sudden(client, pages):
    for page in pages:
        html = main_html(client, page)
        for _, card in CARD.findall(html):
            assert "suddenly" not in text_of(card).lower(), page.url
        text = text_of(html).lower()
        # ("Sudden shortness of breath" after surgery is rightly sudden: a clot, not the cord.)
        for match in re.finditer(r"\bsuddenly\b", text):
            nearby = text[max(0, match.start() - 80) : match.end() + 80]
            assert not re.search(r"weak|walk|bladder|bowel|numb", nearby), (page.url, nearby)
        # Weakness is an emergency when new or getting worse, not only when quick.
        assert "quickly worsening" not in text and "quickly getting worse" not in text, page.url


def test_new_weakness_is_never_left_to_an_appointment(client, pages):
    for page in pages:
        text = text_of(main_html(client, page))
        for sentence in re.findall(r"[^.!?]*urgent appointments[^.!?]*[.!?]", text, re.I):
            assert "weakness" not in sentence.lower(), (page.url, sentence)


def test_pages_use_american_spelling(client, pages):
    for page in pages:
        # The words of the pages; the request forms' own labels are the forms' code.
        html = re.sub(r"<form\b.*?</form>", "", main_html(client, page), flags=re.S).lower()
        fields = " ".join([page.title, page.seo_title, page.search_description]).lower()
        for word in UK_SPELLINGS:
            assert word not in html and word not in fields, (page.url, word)


def test_pet_ct_is_explained_where_it_first_appears(client, pages):
    explained = 0
    for page in pages:
        text = text_of(main_html(client, page))
        if "PET/CT" in text:
            first = re.search(r"PET/CT( scan)?", text)
            assert text[first.end() :].startswith(" ("), (page.url, text[first.start() :][:80])
            explained += 1
    assert explained >= 3


def test_the_old_stabilization_address_redirects_permanently(client, site_content, db):
    response = client.get("/treatments/stabilisation-and-reconstruction/")
    assert response.status_code == 301
    assert response["Location"] == "/treatments/stabilization-and-reconstruction/"
    assert client.get(response["Location"]).status_code == 200
