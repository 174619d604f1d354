"""Pages are served by Wagtail's own routing (`wagtail.views.serve`) and linked with its own
URLs; what must stay private, translated or aliased still is."""

import re

import pytest
from django.urls import resolve
from wagtail.models import Locale, Page, PageViewRestriction

from conditions.models import (
    ConditionIndexPage,
    ConditionPage,
    TreatmentIndexPage,
    TreatmentPage,
)

pytestmark = pytest.mark.django_db


def test_every_page_is_served_by_wagtails_own_view(client, site_content):
    pages = [p for p in Page.objects.live().filter(depth__gt=1).specific() if p.url]
    assert len(pages) > 30
    assert resolve(pages[0].url).func.__module__ == "wagtail.views"
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert response.context["page"].pk == page.pk


def test_every_link_to_a_page_is_the_url_wagtail_gives_it(client, site_content):
    """Header, menu, breadcrumbs, cards, footer: every link to a page of the site is that
    page's own `get_url`, so a page type that gives itself another URL (`get_url_parts`) is
    linked by it everywhere."""
    urls = {p.get_url() for p in Page.objects.live().filter(depth__gt=1).specific()}
    condition = (
        ConditionPage.objects.filter(locale__language_code="en")
        .live()
        .get(slug="spine-metastases")
    )
    html = client.get(condition.url).content.decode()
    links = {
        href
        for href in re.findall(r'href="(/[^"#?]*)', html)
        if not href.startswith(("/static/", "/search/", "/media/", "/documents/"))
    }
    assert len(links) > 15
    assert links <= urls, links - urls


def test_a_page_type_with_its_own_url_is_linked_by_it(client, site_content, monkeypatch):
    """Wagtail's documented way to give a page type its own URL (`get_url_parts`) reaches
    every card and link to it."""
    original = TreatmentPage.get_url_parts

    def get_url_parts(self, request=None):
        site_id, root_url, _path = original(self, request)
        return site_id, root_url, f"/treatment/{self.slug}/"

    def index_url_parts(self, request=None):
        site_id, root_url, _path = original(self, request)
        return site_id, root_url, "/all-treatments/"

    monkeypatch.setattr(TreatmentPage, "get_url_parts", get_url_parts)
    monkeypatch.setattr(TreatmentIndexPage, "get_url_parts", index_url_parts)
    condition = (
        ConditionPage.objects.filter(locale__language_code="en")
        .live()
        .get(slug="spine-metastases")
    )
    html = client.get(condition.url).content.decode()
    assert 'href="/treatment/decompression-surgery/"' in html  # the cards
    assert 'href="/treatments/decompression-surgery/"' not in html
    assert 'href="/all-treatments/"' in html.split('aria-label="Main"', 1)[1]  # the menu
    html = client.get("/treatments/decompression-surgery/").content.decode()
    assert 'href="/all-treatments/"' in html.split('aria-label="Breadcrumb"', 1)[1]


def test_a_page_under_a_private_section_still_asks_for_the_password(client, site_content):
    section = ConditionIndexPage.objects.filter(locale__language_code="en").get()
    condition = ConditionPage.objects.filter(locale__language_code="en").live().first()
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="staff-only-words"
    )
    html = client.get(condition.url).content.decode()
    assert "password" in html.lower()
    assert condition.summary not in html
    # The private section leaves the menu of every other page, and cards do not list it.
    home_html = client.get("/").content.decode()
    menu = home_html.split('aria-label="Main"', 1)[1].split("</nav>", 1)[0]
    assert section.url not in menu


def test_unknown_addresses_are_not_found(client, site_content):
    assert client.get("/conditions/no-such-condition/").status_code == 404
    assert client.get("/no-such-section/spine-metastases/").status_code == 404


def test_an_alias_shows_its_source_page(client, site_content):
    treatment = TreatmentPage.objects.filter(locale__language_code="en").live().first()
    alias = treatment.create_alias(parent=site_content, update_slug="surgery-explained")
    response = client.get(alias.url)
    assert response.status_code == 200
    assert treatment.title in response.content.decode()


def test_a_translated_page_is_served_in_its_language(client, spanish_site_content):
    spanish = Locale.objects.get(language_code="es")
    condition = (
        ConditionPage.objects.filter(locale__language_code="en")
        .live()
        .filter(locale__language_code="en")
        .first()
    )
    translated = condition.get_translation(spanish)
    response = client.get(translated.url)
    assert translated.url == "/es/afecciones/metastasis-en-la-columna/"
    assert response.status_code == 200
    html = response.content.decode()
    assert "Metástasis en la columna" in html and 'lang="es"' in html


def test_a_card_to_an_unpublished_page_disappears(client, site_content):
    condition = (
        ConditionPage.objects.filter(locale__language_code="en")
        .live()
        .get(slug="spine-metastases")
    )
    chosen = [
        item["value"] if isinstance(item, dict) else item
        for block in condition.body.raw_data
        if block["type"] == "related_pages"
        for item in block["value"]["pages"]
    ]
    assert chosen, "the condition page has related-page cards"
    target = Page.objects.get(pk=chosen[0]).specific
    html = client.get(condition.url).content.decode()
    cards = html.split('class="related"', 1)[1]
    assert f'href="{target.url}"' in cards and target.summary in cards
    url = target.url
    target.unpublish()
    cards = client.get(condition.url).content.decode().split('class="related"', 1)[1]
    assert f'href="{url}"' not in cards
