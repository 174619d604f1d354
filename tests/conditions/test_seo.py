"""What search engines and link previews see: titles, descriptions, canonical and social tags,
robots.txt, the sitemap, and schema.org JSON-LD for every page type."""

import json
import re

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from wagtail.models import Page

from conditions.models import (
    ConditionIndexPage,
    ConditionPage,
    HomePage,
    LocationPage,
    ServiceAreaPage,
    StandardPage,
    SymptomIndexPage,
    SymptomPage,
    TeamPage,
    TreatmentIndexPage,
    TreatmentPage,
    WarningSignsPage,
)
from conditions.structured_data import opening_hours, treatment_kind
from tests.conditions.schemaorg import check_document, nodes_of_type
from tests.signoff import approve, reviewer_with_clinician, submit

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    HomePage,
    ConditionIndexPage,
    ConditionPage,
    SymptomIndexPage,
    SymptomPage,
    TreatmentIndexPage,
    TreatmentPage,
    ServiceAreaPage,
    LocationPage,
    TeamPage,
    StandardPage,
    WarningSignsPage,
]


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode()


def meta(html, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    return match.group(1) if match else None


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1, "one JSON-LD document per page"
    return json.loads(blocks[0])


def first(model, slug=None):
    pages = model.objects.live().filter(locale__language_code="en")
    return pages.get(slug=slug) if slug else pages.order_by("path").first()


# -- titles, descriptions, canonical and social tags ------------------------------------------


def test_title_and_description_fall_back_from_promote_tab_to_summary(client, site_content):
    symptom = first(SymptomPage, "back-pain")
    symptom.seo_title = ""
    symptom.search_description = ""
    symptom.save_revision().publish()
    html = html_of(client, symptom)
    # The practice's name follows the page's title only when both fit in a search result.
    assert f"<title>{symptom.title}</title>" in html
    assert meta(html, "name", "description") == symptom.summary.replace("'", "&#x27;")

    symptom.seo_title = "Back pain and cancer: when to call"
    symptom.search_description = "When back pain needs a same-day call."
    symptom.save_revision().publish()
    html = html_of(client, symptom)
    assert "<title>Back pain and cancer: when to call</title>" in html
    assert meta(html, "name", "description") == "When back pain needs a same-day call."
    assert meta(html, "property", "og:title") == "Back pain and cancer: when to call"
    assert meta(html, "name", "twitter:description") == "When back pain needs a same-day call."

    symptom.seo_title = "Back pain"
    symptom.save_revision().publish()
    html = html_of(client, symptom)
    assert "<title>Back pain | Spine Metastasis Surgery, New York</title>" in html


def test_home_page_title_uses_its_seo_title_and_every_page_has_a_description(client, site_content):
    html = html_of(client, site_content)
    assert "<title>Surgery for spine metastases in New York City</title>" in html
    for model in PAGE_TYPES:
        page = first(model)
        description = meta(html_of(client, page), "name", "description")
        assert description and len(description) > 40, f"{model.__name__} has no description"


def test_canonical_open_graph_and_twitter_tags(client, site_content):
    condition = first(ConditionPage)
    html = html_of(client, condition)
    full_url = condition.get_full_url()
    assert f'<link rel="canonical" href="{full_url}">' in html
    assert meta(html, "property", "og:url") == full_url
    assert meta(html, "property", "og:type") == "article"
    assert meta(html, "property", "og:site_name") == "Spine Metastasis Surgery, New York"
    assert meta(html, "property", "og:title") == condition.title
    assert meta(html, "property", "og:image").endswith(".png")
    # The image file itself, on the site's own address like the canonical URL.
    root_url = site_content.get_site().root_url
    assert meta(html, "property", "og:image").startswith(f"{root_url}/static/img/share")
    assert meta(html, "property", "og:image:width") == "1200"
    assert meta(html, "name", "twitter:card") == "summary_large_image"
    assert meta(html_of(client, site_content), "property", "og:type") == "website"


def test_icons_and_manifest_are_linked_and_served(client, site_content):
    html = html_of(client, site_content)
    hrefs = re.findall(r'<link rel="(?:icon|apple-touch-icon|manifest)" href="([^"]+)"', html)
    assert len(hrefs) == 4
    for href in hrefs:
        assert finders.find(href.removeprefix(settings.STATIC_URL)), href
    assert client.get("/favicon.ico").status_code == 302
    assert client.get("/apple-touch-icon.png")["Location"].endswith("apple-touch-icon.png")


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin_and_search(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines and "Disallow: /search/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /" not in lines  # the site itself stays crawlable


def test_sitemap_lists_every_live_page(client, site_content):
    xml = client.get("/sitemap.xml").content.decode()
    for page in Page.objects.live().descendant_of(site_content, inclusive=True).specific():
        assert f"<loc>{page.get_full_url()}</loc>" in xml
    draft = first(StandardPage, "terms")
    draft.unpublish()
    assert draft.get_full_url() not in client.get("/sitemap.xml").content.decode()


def test_search_and_error_pages_are_not_indexed(client, site_content):
    html = client.get("/search/?q=pain").content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html
    assert 'rel="canonical"' not in html
    html = client.get("/no-such-page/").content.decode()
    assert '<meta name="robots" content="noindex">' in html


# -- structured data ----------------------------------------------------------------------------


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_every_page_type_publishes_valid_schema_org(client, site_content, model):
    page = first(model)
    document = json_ld(html_of(client, page))
    nodes = check_document(document)
    webpage = document["@graph"][0]
    assert webpage["url"] == page.get_full_url()
    assert nodes_of_type(document, "MedicalClinic"), "the practice is described on every page"
    if model is not HomePage:
        (crumbs,) = nodes_of_type(document, "BreadcrumbList")
        items = crumbs["itemListElement"]
        assert [i["position"] for i in items] == list(range(1, len(items) + 1))
        assert items[0]["name"] == "Home" and items[-1]["item"] == page.get_full_url()
        assert nodes[webpage["breadcrumb"]["@id"]] is crumbs


def test_condition_page_is_a_reviewed_medical_page_about_the_condition(
    client, site_content, django_user_model
):
    condition = first(ConditionPage)
    # Loaded content awaits review: a plain web page that names no reviewer.
    webpage = json_ld(html_of(client, condition))["@graph"][0]
    assert "MedicalWebPage" not in webpage["@type"]
    assert "lastReviewed" not in webpage and "reviewedBy" not in webpage

    reviewer = reviewer_with_clinician(django_user_model, name="Pat Reviewer")
    submit(condition, reviewer)
    approve(condition, reviewer)
    condition = first(ConditionPage)
    document = json_ld(html_of(client, condition))
    nodes = check_document(document)
    webpage = document["@graph"][0]
    types = webpage["@type"]
    assert "MedicalWebPage" in types
    assert webpage["lastReviewed"] == condition.last_reviewed.isoformat()
    reviewer = nodes[webpage["reviewedBy"]["@id"]]
    assert "Physician" in reviewer["@type"]
    assert reviewer["name"] == condition.reviewed_by.display_name
    # A clinician is reached through the practice: its address and telephone.
    assert reviewer["worksFor"] == {"@id": nodes_of_type(document, "MedicalClinic")[0]["@id"]}
    assert reviewer["workLocation"]["address"]["streetAddress"] == "100 E 77th St"
    assert reviewer["workLocation"]["telephone"] == "+12125550140"

    about = nodes[webpage["about"]["@id"]]
    assert about["@type"] == "MedicalCondition" and about["name"] == condition.title
    symptoms = [s["name"] for s in about["signOrSymptom"]]
    assert symptoms == [s.title for s in condition.symptoms.live().order_by("path")]
    treatments = {t["name"]: t for t in about["possibleTreatment"]}
    assert set(treatments) == {t.title for t in condition.treatments.live()}
    assert treatments["Decompression surgery"]["procedureType"].endswith("/SurgicalProcedure")
    assert treatments["Surgery and radiation therapy together"]["@type"] == "RadiationTherapy"
    assert treatments["Minimally invasive options"]["procedureType"].endswith(
        "/PercutaneousProcedure"
    )


def test_guides_are_about_the_condition_and_practical_pages_about_the_practice(
    client, site_content, django_user_model
):
    condition_id = first(ConditionPage).get_full_url() + "#condition"
    for model, slug in [
        (WarningSignsPage, "warning-signs"),
        (StandardPage, "living-with-spinal-metastases"),
        (StandardPage, "which-cancers-spread-to-the-spine"),
    ]:
        document = json_ld(html_of(client, first(model, slug)))
        nodes = check_document(document)
        webpage = document["@graph"][0]
        assert webpage["about"] == [{"@id": condition_id}], slug
        assert nodes[condition_id]["@type"] == "MedicalCondition", slug
    insurance = json_ld(html_of(client, first(StandardPage, "insurance-and-costs")))["@graph"]
    assert insurance[0]["about"]["@id"].endswith("/#clinic")
    # Signed off by a clinician, a guide becomes a reviewed MedicalWebPage.
    guide = first(StandardPage, "living-with-spinal-metastases")
    reviewer = reviewer_with_clinician(django_user_model, name="Pat Reviewer")
    submit(guide, reviewer)
    approve(guide, reviewer)
    webpage = json_ld(html_of(client, first(StandardPage, guide.slug)))["@graph"][0]
    assert "MedicalWebPage" in webpage["@type"]
    assert webpage["about"] == [{"@id": condition_id}]


def test_faq_blocks_become_faq_page_questions(client, site_content):
    condition = first(ConditionPage)
    faq = next(block for block in condition.body if block.block_type == "faq")
    document = json_ld(html_of(client, condition))
    webpage = document["@graph"][0]
    assert "FAQPage" in webpage["@type"]
    questions = [q["name"] for q in webpage["mainEntity"]]
    assert questions == [item["question"] for item in faq.value["items"]]
    assert all(q["acceptedAnswer"]["text"] for q in webpage["mainEntity"])
    # A page without a FAQ block is not an FAQPage.
    symptom = first(SymptomPage)
    assert not any(b.block_type == "faq" for b in symptom.body)
    assert "FAQPage" not in json_ld(html_of(client, symptom))["@graph"][0]["@type"]


def test_symptom_and_treatment_pages_describe_their_subject(client, site_content):
    symptom = first(SymptomPage, "weakness-or-difficulty-walking")
    document = json_ld(html_of(client, symptom))
    nodes = check_document(document)
    about = nodes[document["@graph"][0]["about"]["@id"]]
    assert about["@type"] == "MedicalSymptom" and about["name"] == symptom.title
    (condition,) = nodes_of_type(document, "MedicalCondition")[:1] or [None]
    assert any(
        n.get("signOrSymptom", {}).get("@id") == about["@id"]
        for n in nodes_of_type(document, "MedicalCondition")
    ), "the symptom is linked to the condition it is a sign of"

    treatment = first(TreatmentPage, "decompression-surgery")
    document = json_ld(html_of(client, treatment))
    nodes = check_document(document)
    about = nodes[document["@graph"][0]["about"]["@id"]]
    assert about["@type"] == "MedicalTherapy" and about["name"] == "Decompression surgery"
    assert about["procedureType"] == "https://schema.org/SurgicalProcedure"


def test_clinic_hospital_and_service_areas(client, site_content):
    area = first(ServiceAreaPage, "brooklyn")
    document = json_ld(html_of(client, area))
    nodes = check_document(document)
    (clinic,) = nodes_of_type(document, "MedicalClinic")
    assert clinic["telephone"] == "+12125550140"
    assert clinic["address"]["streetAddress"] == "100 E 77th St"
    assert clinic["address"]["postalCode"] == "10075"
    assert clinic["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [
                f"https://schema.org/{d}"
                for d in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
            ],
            "opens": "09:00",
            "closes": "17:00",
        }
    ]
    assert document["@graph"][0]["contentLocation"]["name"] == area.area_name
    # The full description of the practice is on the home page, under the same @id.
    home = json_ld(html_of(client, site_content))
    nodes = check_document(home)
    (full,) = nodes_of_type(home, "MedicalClinic")
    assert full["@id"] == clinic["@id"] and full["telephone"] == clinic["telephone"]
    served = [a["name"] for a in full["areaServed"]]
    assert served == [
        a.area_name
        for a in ServiceAreaPage.objects.filter(locale__language_code="en").live().order_by("path")
    ]
    services = [s["name"] for s in full["availableService"]]
    assert services == [
        t.title
        for t in TreatmentPage.objects.filter(locale__language_code="en").live().order_by("path")
    ]
    hospital = nodes[full["location"]["@id"]]
    assert hospital["@type"] == "Hospital" and hospital["name"] == "Lenox Hill Hospital"

    location = first(LocationPage)
    document = json_ld(html_of(client, location))
    nodes = check_document(document)
    hospital = nodes[document["@graph"][0]["about"]["@id"]]
    assert hospital["@type"] == "Hospital"
    assert hospital["address"]["streetAddress"] == location.street_address
    # The hospital is described with its own details, never the practice's phone and hours.
    assert location.phone == "" and location.hours == ""
    assert "telephone" not in hospital and "openingHoursSpecification" not in hospital
    location.phone, location.hours = "(212) 555-0199", "Monday to Sunday, 7 am to 9 pm"
    location.save_revision().publish()
    hospital = check_document(json_ld(html_of(client, location)))[hospital["@id"]]
    assert hospital["telephone"] == "+12125550199"
    assert hospital["openingHoursSpecification"][0]["opens"] == "07:00"


def test_team_page_describes_each_clinician_as_a_physician(client, site_content):
    team = first(TeamPage)
    document = json_ld(html_of(client, team))
    check_document(document)
    physicians = nodes_of_type(document, "Physician")
    names = {p["name"] for p in physicians}
    assert names == {c.display_name for c in team.clinicians()}
    assert all(p["hospitalAffiliation"] for p in physicians)
    (clinic,) = nodes_of_type(document, "MedicalClinic")
    for physician in physicians:
        assert physician["worksFor"] == {"@id": clinic["@id"]}
        assert physician["workLocation"]["address"] == clinic["address"]
        assert physician["workLocation"]["telephone"] == clinic["telephone"]


def test_json_ld_cannot_break_out_of_its_script_element(client, site_content):
    symptom = first(SymptomPage)
    symptom.seo_title = "Pain </script><script>alert(1)</script> & more"
    symptom.save_revision().publish()
    html = html_of(client, symptom)
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block
    assert json.loads(block)["@graph"][0]["name"] == symptom.seo_title


def test_checker_rejects_invalid_schema_org():
    """The checker itself fails on the mistakes it exists to catch."""
    base = {"@context": "https://schema.org", "@graph": []}

    def doc(*nodes):
        return dict(base, **{"@graph": list(nodes)})

    check_document(doc({"@type": "MedicalCondition", "name": "x", "possibleTreatment": []}))
    bad = [
        {"@type": "MedicalCondition", "jobTitle": "Surgeon"},  # a Person property
        {"@type": "Physician", "name": "x", "hospitalAffiliation": {"@id": "#nowhere"}},
        {"@type": "MedicalCondition", "possibleTreatment": {"@type": "MedicalProcedure"}},
        {"@type": "WebPage", "lastReviewed": "26 November 2026"},
        {"@type": "OpeningHoursSpecification", "opens": "9am"},
        {"@type": "MedicalTherapy", "procedureType": "https://schema.org/Keyhole"},
        {"@type": "Doctor", "name": "x"},
    ]
    for node in bad:
        with pytest.raises((AssertionError, ValueError)):
            check_document(doc(node))


# -- helpers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Monday to Friday, 9 am to 5 pm", [(0, 5, "09:00", "17:00")]),
        (
            "Mon-Fri 8:30am-6pm; Saturday 9 am to noon",
            [(0, 5, "08:30", "18:00"), (5, 6, "09:00", "12:00")],
        ),
        ("Tuesday, 12 pm to 12:30 pm", [(1, 2, "12:00", "12:30")]),
        ("By appointment", []),
        ("Monday to Friday, 9 am to 5 pm; by appointment on weekends", []),
        ("", []),
    ],
)  # fmt: skip
def test_opening_hours_are_read_or_left_out(text, expected):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    specs = opening_hours(text)
    assert [
        (
            days.index(s["dayOfWeek"][0].rsplit("/", 1)[1]),
            days.index(s["dayOfWeek"][-1].rsplit("/", 1)[1]) + 1,
            s["opens"],
            s["closes"],
        )
        for s in specs
    ] == expected


@pytest.mark.parametrize(
    "title, schema_type, procedure",
    [
        ("Decompression surgery", "MedicalTherapy", "SurgicalProcedure"),
        ("Stabilisation and reconstruction", "MedicalTherapy", "SurgicalProcedure"),
        ("Kyphoplasty", "MedicalTherapy", "PercutaneousProcedure"),
        ("SBRT", "RadiationTherapy", None),
        ("Pain management", "MedicalTherapy", None),
    ],
)
def test_treatment_kind_from_its_words(title, schema_type, procedure):
    page = TreatmentPage(title=title, summary="")
    kind, procedure_type = treatment_kind(page)
    assert kind == schema_type
    assert (procedure_type or "").endswith(procedure or "") and bool(procedure_type) == bool(
        procedure
    )


# -- corrections to the structured data -------------------------------------------------------


def test_faq_answers_keep_a_space_between_paragraphs(client, site_content):
    condition = first(ConditionPage, "spine-metastases")
    webpage = json_ld(html_of(client, condition))["@graph"][0]
    answers = {q["name"]: q["acceptedAnswer"]["text"] for q in webpage["mainEntity"]}
    answer = answers["How quickly can I be seen?"]
    assert "department now. Urgent appointments" in answer
    assert not re.search(r"[a-z][.?!][A-Z]", " ".join(answers.values()))


def test_published_and_modified_dates_are_in_the_sites_time_zone(client, site_content):
    """A page published at 03:00 UTC on 1 March was published on 28 February in New York, as
    the sitemap says too."""
    from datetime import UTC, datetime

    from spineclinic.cache import bump_generation

    assert settings.TIME_ZONE == "America/New_York"
    treatment = first(TreatmentPage)
    moment = datetime(2026, 3, 1, 3, 0, tzinfo=UTC)
    TreatmentPage.objects.filter(locale__language_code="en").filter(pk=treatment.pk).update(
        first_published_at=moment, last_published_at=moment
    )
    bump_generation()  # a change made without saving the page
    webpage = json_ld(html_of(client, treatment))["@graph"][0]
    assert webpage["datePublished"] == webpage["dateModified"] == "2026-02-28"


def test_the_logo_is_the_image_file_itself(client, site_content):
    document = json_ld(html_of(client, first(ConditionPage)))
    (clinic,) = nodes_of_type(document, "MedicalClinic")
    root_url = site_content.get_site().root_url
    assert clinic["logo"] == clinic["image"] == f"{root_url}/static/img/apple-touch-icon.png"
    assert finders.find("img/apple-touch-icon.png")


@pytest.mark.parametrize(
    ("hostname", "port", "warned"),
    [
        ("localhost", 443, True),
        ("127.0.0.1", 443, True),
        ("www.example.org", 80, True),
        ("www.example.org", 443, False),
    ],
)
def test_a_check_warns_when_the_default_site_gives_wrong_canonical_urls(
    site_content, settings, hostname, port, warned
):
    from django.core.checks import run_checks
    from wagtail.models import Site

    Site.objects.filter(is_default_site=True).update(hostname=hostname, port=port)
    settings.CHECK_CANONICAL_SITE = True
    found = [m for m in run_checks(databases=["default"]) if m.id == "spineclinic.W001"]
    assert bool(found) == warned
    if warned:
        assert "Settings > Sites" in found[0].hint
    # Only with the production settings (development runs on localhost by design).
    settings.CHECK_CANONICAL_SITE = False
    assert not [m for m in run_checks(databases=["default"]) if m.id == "spineclinic.W001"]


def test_the_production_settings_turn_the_site_check_on():
    from pathlib import Path

    production = Path(settings.BASE_DIR, "spineclinic", "settings", "production.py").read_text()
    assert "CHECK_CANONICAL_SITE = True" in production
    assert not getattr(settings, "CHECK_CANONICAL_SITE", False)
