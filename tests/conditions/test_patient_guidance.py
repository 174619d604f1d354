"""What patients and families need beyond the condition itself: each treatment's risks, recovery
and warning signs after going home; a printable warning-signs card from the red-flag table;
the guides (first visit, waits, costs, video visits, living with spinal metastases, which
cancers spread); the hospital's entrance and directions; the team. Figures only the practice
can give are editor-set, shown with the date they were confirmed, and flagged until set."""

import datetime
import re
from html import unescape

import pytest
from wagtail.models import Site

from conditions import models
from spineclinic import redflags
from spineclinic.models import ClinicSettings

pytestmark = pytest.mark.django_db

TO_CONFIRM = "[Practice to confirm]"
SURGICAL = [
    "decompression-surgery",
    "stabilization-and-reconstruction",
    "minimally-invasive-options",
]


def main_html(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode().split('<main id="main"', 1)[1].split("</main>", 1)[0]


def text_of(html):
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))).strip()


def section(html, anchor):
    """The text of the <section> a template gives the id `anchor` to."""
    match = re.search(rf'<section[^>]*aria-labelledby="{anchor}".*?</section>', html, re.S)
    assert match, anchor
    return text_of(match.group(0))


def clinic():
    return ClinicSettings.for_site(Site.objects.get(is_default_site=True))


def test_each_surgical_page_names_the_risks_in_words_without_figures(client, site_content):
    for slug in SURGICAL:
        html = main_html(client, f"/treatments/{slug}/")
        risks = section(html, "risks").lower()
        for risk in [
            "infection",
            "bleeding",
            "spinal fluid",
            "blood clot",
            "hardware",
            "nerve",
            "anesthesia",
        ]:
            if risk == "hardware" and slug == "decompression-surgery":
                continue  # no implants in a decompression alone
            assert risk in risks, (slug, risk)
        assert "common" in risks and "rare" in risks, slug
        assert not re.search(r"\d\s*(%|percent|in \d)", risks), slug


def test_recovery_covers_the_stay_the_wound_walking_lifting_driving_and_restarting_treatment(
    client, site_content
):
    for slug in SURGICAL:
        html = main_html(client, f"/treatments/{slug}/")
        recovery = section(html, "recovery").lower()
        for topic in ["wound", "walk", "physical therapist", "lift", "drive", "healed"]:
            assert topic in recovery, (slug, topic)
        assert "radiation and some cancer medicines" in recovery, slug
        # The stay is the surgical team's figure, not the content's: a placeholder until set.
        assert TO_CONFIRM in section(html, "hospital-stay"), slug


def test_the_hospital_stay_shows_what_the_team_sets(client, site_content):
    page = models.TreatmentPage.objects.filter(locale__language_code="en").get(
        slug="decompression-surgery"
    )
    page.hospital_stay = "for 3 to 6 days"
    page.save_revision().publish()
    html = main_html(client, page.url)
    assert "Most people stay in the hospital for 3 to 6 days." in section(html, "hospital-stay")


def test_after_going_home_the_signs_and_their_levels_come_from_the_table(client, site_content):
    for slug in SURGICAL:
        html = main_html(client, f"/treatments/{slug}/")
        part = re.search(r'aria-labelledby="after-you-go-home".*?</section>', html, re.S).group(0)
        cards = re.findall(r'care-card care-card--(\w+)">(.*?)care-card__action', part, re.S)
        assert [level for level, _ in cards] == ["emergency", "urgent"], slug
        emergency, same_day = (text_of(body) for _, body in cards)
        for key in ["weakness", "bladder_bowel", "chest_pain_breathless"]:
            assert str(redflags.flag(key).noticed) in emergency, (slug, key)
        for key in ["wound_infection", "wound_clear_fluid", "calf_swelling", "severe_new_pain"]:
            assert str(redflags.flag(key).noticed) in same_day, (slug, key)


def test_radiotherapy_lists_its_own_side_effects_not_surgical_risks(client, site_content):
    html = main_html(client, "/treatments/radiotherapy-coordination/")
    risks = section(html, "risks").lower()
    for effect in ["tiredness", "skin", "pain flare"]:
        assert effect in risks, effect
    for surgical in ["hardware", "spinal fluid", "anesthesia", "transfusion"]:
        assert surgical not in risks, surgical
    assert "hospital-stay" not in html
    home = section(html, "after-you-go-home")
    assert str(redflags.flag("weakness").noticed) in home
    assert str(redflags.flag("wound_infection").noticed) not in home


def test_the_warning_signs_card_is_the_red_flag_table(client, site_content):
    page = models.WarningSignsPage.objects.filter(locale__language_code="en").live().get()
    assert page.url == "/patients-and-families/warning-signs/"
    html = main_html(client, page.url)
    text = text_of(html)
    for flag in redflags.FLAGS:
        if flag.audience == "referral":
            assert str(flag.noticed) not in text, flag.key
        elif flag.level in (redflags.Level.EMERGENCY, redflags.Level.SAME_DAY):
            assert str(flag.noticed) in text, flag.key
    emergency = section(html, "emergency-signs")
    same_day = section(html, "same-day-signs")
    assert str(redflags.flag("bladder_bowel").noticed) in emergency
    assert str(redflags.flag("bladder_bowel").noticed) not in same_day
    assert str(redflags.flag("night_pain").noticed) in same_day
    assert 'href="tel:911"' in html
    settings = clinic()
    assert settings.urgent_phone in same_day
    assert "The urgent line is answered Monday to Friday" in same_day
    assert "This page is awaiting clinical review" in text


def test_the_warning_signs_card_prints_on_its_own(client, site_content):
    """The print style hides the header, menu and footer on the card, and prints the page's
    address (the card is checked in a real printout by the browser tests)."""
    page = models.WarningSignsPage.objects.filter(locale__language_code="en").live().get()
    html = client.get(page.url).content.decode()
    assert 'class="page-clinical page-warning-card"' in html
    assert f'class="print-only print-url">{page.get_full_url()}</p>' in html
    condition = main_html(client, "/conditions/spine-metastases/")
    assert "/conditions/spine-metastases/</p>" in condition.split("print-url", 1)[1]


def test_guides_are_in_the_menu_section_search_and_sitemap(client, site_content):
    section_page = (
        models.StandardPage.objects.filter(locale__language_code="en")
        .live()
        .get(slug="patients-and-families")
    )
    assert section_page.show_in_menus
    guides = {page.slug for page in section_page.get_children().live()}
    assert guides == {
        "warning-signs",
        "your-first-visit",
        "how-soon-will-we-see-you",
        "insurance-and-costs",
        "living-with-spinal-metastases",
        "which-cancers-spread-to-the-spine",
    }
    remote = (
        models.StandardPage.objects.filter(locale__language_code="en")
        .live()
        .get(slug="remote-second-opinions-and-video-visits")
    )
    assert remote.get_parent().slug == "second-opinions"
    assert "For patients and families" in text_of(client.get("/").content.decode())
    sitemap = client.get("/sitemap.xml").content.decode()
    for slug in [*guides, remote.slug]:
        assert f"/{slug}/</loc>" in sitemap, slug
    assert (
        "/patients-and-families/insurance-and-costs/"
        in client.get("/search/", {"q": "Medicaid"}).content.decode()
    )


def test_clinical_guides_await_review_and_others_do_not(client, site_content):
    clinical = {
        "your-first-visit",
        "living-with-spinal-metastases",
        "which-cancers-spread-to-the-spine",
        "remote-second-opinions-and-video-visits",
    }
    for slug in clinical:
        assert (
            models.StandardPage.objects.filter(locale__language_code="en")
            .get(slug=slug)
            .clinical_content
        ), slug
    for slug in ["how-soon-will-we-see-you", "insurance-and-costs"]:
        assert (
            not models.StandardPage.objects.filter(locale__language_code="en")
            .get(slug=slug)
            .clinical_content
        ), slug


def test_living_with_spinal_metastases_covers_what_families_ask(client, site_content):
    text = text_of(main_html(client, "/patients-and-families/living-with-spinal-metastases/"))
    for topic in [
        "Treatment works best before the ability to walk is lost",
        "brace",
        "pressure sores",
        "bladder",
        "dexamethasone",
        "constipation",
        "opioids",
        "Palliative care",
        "Hospice",
        "health care proxy",
        "caregiver",
    ]:
        assert topic.lower() in text.lower(), topic


def test_which_cancers_spread_gives_no_survival_figures(client, site_content):
    text = text_of(main_html(client, "/patients-and-families/which-cancers-spread-to-the-spine/"))
    for cancer in ["Breast", "Lung", "Prostate", "Kidney", "thyroid", "Myeloma"]:
        assert cancer in text, cancer
    assert "%" not in text and "survival" not in text.lower()
    assert not re.search(r"\b\d+\s*(months|years)\b", text)


def test_waits_show_the_practices_figures_and_when_they_were_confirmed(client, site_content):
    path = "/patients-and-families/how-soon-will-we-see-you/"
    text = text_of(main_html(client, path))
    assert TO_CONFIRM in text
    assert "has not yet confirmed these times" in text
    assert "within one business day" in text  # the response promise, from the care wording
    settings = clinic()
    settings.wait_routine = "usually within 2 weeks"
    settings.wait_urgent = "usually within 2 working days"
    settings.wait_second_opinion = "usually within a week of getting your scans"
    settings.urgent_line_staff = "a nurse on our team"
    settings.waits_confirmed_on = datetime.date(2026, 11, 30)
    settings.save()
    text = text_of(main_html(client, path))
    assert TO_CONFIRM not in text
    assert "Routine appointments usually within 2 weeks" in text
    assert "Who answers a nurse on our team" in text
    assert "Last confirmed by our intake team on 30 November 2026." in text


def test_insurance_lists_plans_after_ask_us_and_invents_none(client, site_content):
    path = "/patients-and-families/insurance-and-costs/"
    html = main_html(client, path)
    plans = re.search(r"Insurance plans we accept</h4>\s*<ul>(.*?)</ul>", html, re.S).group(1)
    items = [text_of(item) for item in re.findall(r"<li>(.*?)</li>", plans, re.S)]
    assert items[0].startswith("Ask us")
    assert items[1:] == [TO_CONFIRM]
    text = text_of(html)
    for topic in ["referral", "Medicare", "Medicaid", "financial counselor", "second opinion"]:
        assert topic in text, topic
    settings = clinic()
    settings.insurance_plans = "Example Health PPO\nSample Care HMO"
    settings.save()
    html = main_html(client, path)
    assert "<li>Example Health PPO</li><li>Sample Care HMO</li>" in html


def test_visiting_the_hospital_gives_the_entrance_and_a_plain_directions_link(
    client, site_content
):
    html = main_html(client, "/lenox-hill-hospital/")
    text = text_of(html)
    assert "Entrance " + TO_CONFIRM in text and "Floor " + TO_CONFIRM in text
    assert "Step-free access" in text
    assert "Not yet checked by our office" in text
    link = re.search(r'<a class="get-directions" href="([^"]+)"', html).group(1)
    assert link.startswith("https://") and "100+E+77th+St" in link
    assert "<iframe" not in html and "<script" not in html
    for words in ["drop you off", "parking", "6 train", "Access-A-Ride"]:
        assert words in text, words


def test_the_team_page_shows_role_training_languages_and_a_neutral_placeholder(
    client, site_content
):
    html = main_html(client, "/our-team/")
    text = text_of(html)
    for label in ["Role", "Training", "Languages spoken"]:
        assert label in text, label
    assert "Director, Northwell Health's Brain & Spine Metastasis Program" in text
    assert '<span class="clinician__placeholder" aria-hidden="true">RSD</span>' in html
    assert "<img" not in html


def test_placeholders_are_listed_for_the_practice_to_confirm(admin_client, site_content):
    response = admin_client.get("/admin/reports/clinical-review/")
    text = text_of(response.content.decode())
    for row in [
        "Clinic settings",
        "wait routine",
        "insurance plans",
        "Location page “Lenox Hill Hospital”: entrance, floor, step free access",
        "Treatment page “Decompression surgery”: hospital stay",
        "Clinician “Dr. Randy S. D’Amico, MD”: training, languages",
    ]:
        assert row in text, row
    assert "Practice to confirm" in text
    # Set, in English and in Spanish, it leaves the report.
    for page in models.LocationPage.objects.all():
        page.entrance = page.floor = page.step_free_access = "The main entrance"
        page.save_revision().publish()
    text = text_of(admin_client.get("/admin/reports/clinical-review/").content.decode())
    assert "Location page" not in text
