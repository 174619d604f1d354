"""The content loader builds the whole site from the practice's page, and is idempotent."""

import re
from html import unescape

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision, Site

from conditions import models
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
    call_command("load_site_content", verbosity=0)
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
    assert models.ConditionPage.objects.live().filter(slug="spine-metastases").exists()
    assert models.SymptomPage.objects.live().count() == 7
    assert models.TreatmentPage.objects.live().count() == 4
    assert models.ServiceAreaPage.objects.live().count() == 7
    assert models.LocationPage.objects.live().get().postal_code == "10075"
    team = models.TeamPage.objects.live().get()
    assert [c.name for c in team.clinicians()] == ["Randy S. D’Amico"]
    # The welcome page of a fresh Wagtail install is replaced, not left beside the home page.
    assert not Page.objects.filter(depth=2).exclude(pk=loaded.pk).exists()


def test_loader_is_idempotent(loaded):
    counts = (Page.objects.count(), Revision.objects.count(), models.Clinician.objects.count())
    call_command("load_site_content", verbosity=0)
    assert (
        Page.objects.count(),
        Revision.objects.count(),
        models.Clinician.objects.count(),
    ) == counts


def test_loader_keeps_editors_changes_unless_asked_to_update(loaded):
    page = models.SymptomPage.objects.get(slug="back-pain")
    page.title = "Back pain (edited)"
    page.save_revision().publish()
    call_command("load_site_content", verbosity=0)
    assert models.SymptomPage.objects.get(slug="back-pain").title == "Back pain (edited)"
    call_command("load_site_content", "--update", verbosity=0)
    assert (
        models.SymptomPage.objects.get(slug="back-pain").title == "Severe or worsening back pain"
    )
    assert models.SymptomPage.objects.count() == 7


def test_loader_adds_a_page_that_was_deleted(loaded):
    models.ServiceAreaPage.objects.get(slug="queens").delete()
    call_command("load_site_content", verbosity=0)
    assert models.ServiceAreaPage.objects.filter(slug="queens").count() == 1


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


def test_each_symptom_page_names_its_symptom_and_urgency(client, loaded):
    urgencies = dict(models.SymptomPage.objects.values_list("slug", "urgency"))
    assert urgencies["bladder-or-bowel-problems"] == "emergency"
    assert urgencies["weakness-or-difficulty-walking"] == "emergency"
    assert set(urgencies.values()) <= {"urgent", "emergency"}
    text = page_text(client, "/symptoms/bladder-or-bowel-problems/")
    assert "Emergency: get help now" in text
    assert "call 911 or go to the nearest emergency department" in text.lower()


def test_service_area_pages_have_their_own_text(client, loaded):
    texts = {}
    for page in models.ServiceAreaPage.objects.live():
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
            assert "This page is awaiting clinical review" in html, page.url
            assert PageLogEntry.objects.filter(
                page=page, action="conditions.published_without_sign_off"
            ).exists(), page.url
        else:
            assert "awaiting clinical review" not in html, page.url
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
    for page in models.SymptomPage.objects.live():
        html = client.get(page.url).content.decode()
        main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
        assert main.count(f"care-card--{page.urgency}") == 1, page.slug
        assert page.urgency_heading, page.slug
