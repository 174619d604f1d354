"""The template fragments every page repeats (header and menu, footer, the JSON-LD site graph)
and each page's own (content, breadcrumbs, social tags, JSON-LD) are kept in the cache under
the content generation: a render reuses them, and one publish makes every one of them stale."""

import json
import re

import pytest
from wagtail.models import Page

from conditions.models import ConditionPage, SymptomIndexPage, TreatmentPage
from spineclinic.models import ClinicSettings

pytestmark = pytest.mark.django_db


def menu_of(html):
    return html.split('aria-label="Main"', 1)[1].split("</nav>", 1)[0]


def site_graph_names(html):
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    graph = json.loads(block.group(1))["@graph"]
    return [node.get("name") for node in graph if node.get("@type") == "MedicalClinic"]


def test_one_publish_makes_every_shared_fragment_stale(client, site_content):
    section = SymptomIndexPage.objects.filter(locale__language_code="en").live().get()
    first, second = section.get_children().live().specific()[:2]
    treatment = TreatmentPage.objects.filter(locale__language_code="en").live().first()
    assert f">{section.title}</a>" in menu_of(client.get(first.url).content.decode())

    # Changed behind Wagtail's back (no save, no publish): another page of the section, shown
    # for the first time, still has the menu as it was kept, so it came from the cache.
    Page.objects.filter(pk=section.pk).update(title="Signs to watch for")
    menu = menu_of(client.get(second.url).content.decode())
    assert f">{section.title}</a>" in menu and "Signs to watch for" not in menu

    # One publish, of any page, and every page shows the menu as it now is.
    treatment.save_revision().publish()
    for page in (first, second, treatment, site_content):
        assert ">Signs to watch for</a>" in menu_of(client.get(page.url).content.decode())


def test_clinic_settings_reach_the_footer_and_the_json_ld_at_once(client, site_content):
    condition = (
        ConditionPage.objects.filter(locale__language_code="en")
        .live()
        .get(slug="spine-metastases")
    )
    html = client.get(condition.url).content.decode()
    clinic = ClinicSettings.objects.get()
    assert clinic.main_phone in html.split('class="site-footer"', 1)[1]
    assert site_graph_names(html) == [clinic.practice_name]

    clinic.main_phone, clinic.practice_name = "(212) 555-0177", "Spine Surgery Practice"
    clinic.save()
    html = client.get(condition.url).content.decode()
    assert "(212) 555-0177" in html.split('class="site-footer"', 1)[1]
    assert site_graph_names(html) == ["Spine Surgery Practice"]


def test_the_menu_marks_the_section_of_each_page(client, site_content):
    """The menu fragment is shared by the pages of a section, not across sections."""
    section = SymptomIndexPage.objects.filter(locale__language_code="en").live().get()
    symptom = section.get_children().live().first()
    treatment = TreatmentPage.objects.filter(locale__language_code="en").live().first()
    link = f'href="{section.url}"'
    assert f'{link} aria-current="page"' in menu_of(client.get(section.url).content.decode())
    assert f'{link} aria-current="true"' in menu_of(client.get(symptom.url).content.decode())
    menu = menu_of(client.get(treatment.url).content.decode())
    assert f"{link}>" in menu and f"{link} aria-current" not in menu
