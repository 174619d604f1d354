"""The content loader builds the whole site from the practice's page, and is idempotent."""

import re
from html import unescape

import pytest
from django.core.management import call_command
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageLogEntry, Revision, Site

from conditions import models
from spineclinic import redflags
from spineclinic.models import ClinicSettings

pytestmark = pytest.mark.django_db

SYMPTOMS = [
    "back pain",
    "radiates",
    "arms or legs",
    "worse at night",
    "weakness",
    "numbness or tingling",
    "balance",
    "bladder or bowel",
]
SURGICAL_INDICATIONS = [
    "spinal cord compression",
    "getting worse",  # progressing neurological symptoms
    "unstable",
    "collapse",
    "not relieved by radiation",
    "biopsy",
    "resistant to radiation",
    "after radiation",
    "mobility",
]
EVALUATION = ["MRI", "CT", "PET/CT", "stability", "histology", "molecular", "SINS"]
TREATMENT_OPTIONS = [
    "screws and rods",
    "vertebral body replacement",
    "cement",
    "percutaneous screw fixation",
    "minimally invasive decompression",
    "kyphoplasty",
    "vertebroplasty",
    "SBRT",
    "IMRT",
]
TEAMS = [
    "medical oncolog",
    "radiation oncolog",
    "interventional radiolog",
    "palliative care",
    "rehabilitation",
]
SECOND_OPINION_REASONS = [
    "spinal cord",
    "after radiation",
    "fracture",
    "recurrent",
    "surgery, radiation or both",
    "surgery is not an option",
]
AREAS = [
    "Manhattan",
    "Brooklyn",
    "Queens",
    "The Bronx",
    "Long Island",
    "Westchester",
    "Northern New Jersey",
]


@pytest.fixture
def loaded(db):
    call_command("load_site_content", "--english-only", verbosity=0)
    return Site.objects.get(is_default_site=True).root_page.specific


def page_text(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    html = response.content.decode()
    main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main)))


def site_text(client, loaded):
    pages = loaded.get_descendants(inclusive=True).live()
    return " ".join(page_text(client, page.url) for page in pages)


def test_loader_builds_the_tree(loaded):
    assert isinstance(loaded, models.HomePage)
    assert (
        models.ConditionPage.objects.filter(locale__language_code="en")
        .live()
        .filter(slug="spine-metastases")
        .exists()
    )
    assert models.SymptomPage.objects.filter(locale__language_code="en").live().count() == 7
    assert models.TreatmentPage.objects.filter(locale__language_code="en").live().count() == 4
    assert models.ServiceAreaPage.objects.filter(locale__language_code="en").live().count() == 7
    assert (
        models.LocationPage.objects.filter(locale__language_code="en").live().get().postal_code
        == "10075"
    )
    team = models.TeamPage.objects.filter(locale__language_code="en").live().get()
    assert [c.name for c in team.clinicians()] == ["Randy S. D’Amico"]
    assert models.WarningSignsPage.objects.filter(locale__language_code="en").live().count() == 1
    guides = (
        models.StandardPage.objects.filter(locale__language_code="en")
        .live()
        .get(slug="patients-and-families")
    )
    assert guides.get_children().live().count() == 6
    # Standard pages: 5 general, 3 explainers, "For clinicians", the guides' section, its five
    # guides and the remote second opinions page.
    assert models.StandardPage.objects.filter(locale__language_code="en").live().count() == 17
    # The welcome page of a fresh Wagtail install is replaced, not left beside the home page.
    assert (
        not Page.objects.filter(depth=2)
        .exclude(pk=loaded.pk)
        .exclude(locale__language_code="es")
        .exists()
    )


def counts():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        models.Clinician.objects.count(),
        Redirect.objects.count(),
    )


def test_loader_is_idempotent(loaded):
    before = counts()
    call_command("load_site_content", "--english-only", verbosity=0)
    assert counts() == before


OLD_STABILIZATION = "/treatments/stabilisation-and-reconstruction/"
NEW_STABILIZATION = "/treatments/stabilization-and-reconstruction/"


def test_the_renamed_treatment_keeps_its_old_address(client, loaded):
    redirect = Redirect.objects.get(old_path=OLD_STABILIZATION.rstrip("/"))
    assert redirect.is_permanent
    assert redirect.site == Site.objects.get(is_default_site=True)
    assert redirect.redirect_page.specific.slug == "stabilization-and-reconstruction"
    response = client.get(OLD_STABILIZATION)
    assert (response.status_code, response["Location"]) == (301, NEW_STABILIZATION)
    assert client.get(NEW_STABILIZATION).status_code == 200


def test_loader_leaves_an_installs_page_at_the_old_address(client, loaded):
    """A site loaded before the rename has its page at the old slug: the loader adds the new
    page and the redirect, and leaves the old page to the editors."""
    page = models.TreatmentPage.objects.filter(locale__language_code="en").get(
        slug="stabilization-and-reconstruction"
    )
    old_url_path = page.url_path.replace("stabilization", "stabilisation")
    models.TreatmentPage.objects.filter(locale__language_code="en").filter(pk=page.pk).update(
        slug="stabilisation-and-reconstruction", url_path=old_url_path
    )
    Redirect.objects.all().delete()
    call_command("load_site_content", "--english-only", verbosity=0)
    assert (
        models.TreatmentPage.objects.filter(locale__language_code="en").get(pk=page.pk).slug
        == "stabilisation-and-reconstruction"
    )
    new = (
        models.TreatmentPage.objects.filter(locale__language_code="en")
        .live()
        .get(slug="stabilization-and-reconstruction")
    )
    assert Redirect.objects.get().redirect_page_id == new.pk
    # Wagtail redirects only addresses that find no page: the old page answers until removed.
    assert client.get(OLD_STABILIZATION).status_code == 200
    Page.objects.get(pk=page.pk).delete()
    assert client.get(OLD_STABILIZATION)["Location"] == NEW_STABILIZATION


def test_loader_keeps_editors_changes_unless_asked_to_update(loaded):
    page = models.SymptomPage.objects.filter(locale__language_code="en").get(slug="back-pain")
    page.title = "Back pain (edited)"
    page.save_revision().publish()
    call_command("load_site_content", "--english-only", verbosity=0)
    assert (
        models.SymptomPage.objects.filter(locale__language_code="en").get(slug="back-pain").title
        == "Back pain (edited)"
    )
    call_command("load_site_content", "--update", "--english-only", verbosity=0)
    assert (
        models.SymptomPage.objects.filter(locale__language_code="en").get(slug="back-pain").title
        == "Severe or worsening back pain"
    )
    assert models.SymptomPage.objects.filter(locale__language_code="en").count() == 7


def test_loader_adds_a_page_that_was_deleted(loaded):
    models.ServiceAreaPage.objects.filter(locale__language_code="en").get(slug="queens").delete()
    call_command("load_site_content", "--english-only", verbosity=0)
    assert (
        models.ServiceAreaPage.objects.filter(locale__language_code="en")
        .filter(slug="queens")
        .count()
        == 1
    )


def test_every_seed_fact_is_on_the_site(client, loaded):
    text = site_text(client, loaded).lower()
    groups = [
        SYMPTOMS,
        SURGICAL_INDICATIONS,
        EVALUATION,
        TREATMENT_OPTIONS,
        TEAMS,
        SECOND_OPINION_REASONS,
        AREAS,
    ]
    missing = [fact for group in groups for fact in group if fact.lower() not in text]
    assert missing == []
    for fact in [
        "lenox hill hospital",
        "upper east side",
        "100 e 77th st",
        "new york, ny 10075",
        "d’amico",
        "brain & spine metastasis program",
        "northwell health",
        "mescc",
        "tri-state",
        "nothing more can be done",
        "urgent appointments",
    ]:
        assert fact in text, fact


def test_each_symptom_page_names_its_signs_and_their_level(client, loaded):
    pages = {
        page.slug: page
        for page in models.SymptomPage.objects.filter(locale__language_code="en").all()
    }
    signs = {slug: set(page.red_flags) for slug, page in pages.items()}
    assert signs["bladder-or-bowel-problems"] == {"bladder_bowel", "numbness_saddle"}
    assert signs["weakness-or-difficulty-walking"] == {"weakness", "balance"}
    assert signs["radiating-pain"] == {"radiating_pain"}
    assert set().union(*signs.values()) <= set(redflags.BY_KEY)
    urgencies = {slug: page.urgency for slug, page in pages.items()}
    assert {slug for slug, level in urgencies.items() if level == "emergency"} == {
        "weakness-or-difficulty-walking",
        "numbness-or-tingling",
        "balance-and-coordination",
        "bladder-or-bowel-problems",
    }
    assert set(urgencies.values()) == {"urgent", "emergency"}
    text = page_text(client, "/symptoms/bladder-or-bowel-problems/")
    assert "Emergency: get help now" in text
    assert "call 911 or go to the nearest emergency department" in text.lower()
    # Band-like or radiating pain: call the urgent line now, not later in the day.
    text = page_text(client, "/symptoms/radiating-pain/")
    assert "Same day: call us today" in text
    assert "Call our urgent line or your cancer care team now" in text


def test_service_area_pages_have_their_own_text(client, loaded):
    texts = {}
    for page in models.ServiceAreaPage.objects.filter(locale__language_code="en").live():
        text = page_text(client, page.url)
        assert page.area_name.lower() in text.lower()
        texts[page.slug] = set(re.findall(r"[^.!?]+[.!?]", text.replace(page.area_name, "AREA")))
    # No two areas share most of their sentences (a template with the name swapped would).
    slugs = sorted(texts)
    for i, first in enumerate(slugs):
        for second in slugs[i + 1 :]:
            shared = texts[first] & texts[second]
            smaller = min(len(texts[first]), len(texts[second]))
            assert len(shared) < smaller / 2, (first, second, shared)


def test_loaded_pages_claim_no_clinical_review(client, loaded):
    """No clinician has read the first content: no page says it was reviewed, every clinical
    page says it awaits review, and each clinical publish is on record as unsigned."""
    clinical = 0
    for page in Page.objects.live().filter(depth__gt=1).specific():
        if isinstance(page, models.ClinicalReviewMixin):
            assert not (page.reviewed_by_id or page.last_reviewed or page.next_review_due), page
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert "Reviewed by" not in html, page.url
        assert "lastReviewed" not in html and "reviewedBy" not in html, page.url
        if isinstance(page, models.ClinicalReviewMixin) and page.needs_clinical_review:
            clinical += 1
            awaiting = {
                "en": "This page is awaiting clinical review",
                "es": "Esta página está pendiente de revisión clínica",
            }[page.locale.language_code]
            assert awaiting in html, page.url
            assert PageLogEntry.objects.filter(
                page=page, action="conditions.published_without_sign_off"
            ).exists(), page.url
        else:
            assert "awaiting clinical review" not in html, page.url
            assert "pendiente de revisión clínica" not in html, page.url
    assert clinical >= 15


def test_settings_and_routes_are_filled_in(client, loaded):
    clinic = ClinicSettings.for_site(Site.objects.get(is_default_site=True))
    assert clinic.street_address == "100 E 77th St"
    assert [page.slug for page in clinic.footer_pages] == ["privacy", "accessibility", "terms"]
    home = loaded
    assert home.consultation_page.slug == "request-a-consultation"
    assert home.second_opinion_page.slug == "second-opinions"
    assert home.referral_page.slug == "refer-a-patient"
    text = page_text(client, "/")
    for label in ["Request a consultation", "Ask for a second opinion", "Refer a patient"]:
        assert label in text


def test_no_page_text_types_a_phone_number(client, loaded):
    # Numbers come from the clinic settings; a typed number would go stale.
    clinic = ClinicSettings.for_site(Site.objects.get(is_default_site=True))
    clinic.main_phone = "(212) 555-0111"
    clinic.urgent_phone = "(212) 555-0122"
    clinic.fax = "(212) 555-0133"
    clinic.save()
    text = site_text(client, loaded)
    assert "555-0140" not in text and "555-0142" not in text and "555-0143" not in text


def test_symptom_pages_give_their_instructions_once(client, loaded):
    """The card about a page's own signs becomes its top callout, and is not shown again."""
    for page in models.SymptomPage.objects.filter(locale__language_code="en").live():
        html = client.get(page.url).content.decode()
        main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
        assert page.urgency_heading, page.slug
        assert main.split('class="care-card ', 1)[1].startswith(f"care-card--{page.urgency}")
        assert main.count(f">{page.urgency_heading}<") == 1, page.slug
        cards = [block.value for block in page.body if block.block_type == "care_card"]
        assert all(set(card["flags"]) != set(page.red_flags) for card in cards), page.slug
