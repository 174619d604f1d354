"""The front end as a patient meets it, checked on the server's HTML: the header's ways to get
help, navigation, contents lists, a heading outline screen readers can follow, markup ready for
a strict Content-Security-Policy, no third-party requests, and the page weight budget."""

import gzip
import re
from html.parser import HTMLParser
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from wagtail.models import Page

from conditions.models import (
    ConditionPage,
    HomePage,
    SymptomIndexPage,
    SymptomPage,
    TreatmentPage,
)
from spineclinic import contact_cache

pytestmark = pytest.mark.django_db

PAGE_WEIGHT_BUDGET = 60 * 1024  # bytes of gzip: HTML + CSS + JS, before images


class Outline(HTMLParser):
    """Collects what the checks below need from a page: headings, ids, tags and attributes."""

    def __init__(self):
        super().__init__()
        self.headings, self.ids, self.tags = [], [], []
        self._heading = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if attrs.get("id"):
            self.ids.append(attrs["id"])
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = [int(tag[1]), ""]

    def handle_endtag(self, tag):
        if self._heading and tag == f"h{self._heading[0]}":
            self.headings.append((self._heading[0], self._heading[1].strip()))
            self._heading = None

    def handle_data(self, data):
        if self._heading:
            self._heading[1] += data


def parse(html):
    outline = Outline()
    outline.feed(html)
    return outline


def all_pages(root):
    return list(Page.objects.live().descendant_of(root, inclusive=True).specific())


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_every_page_has_a_heading_outline_without_gaps(client, site_content):
    for page in all_pages(site_content):
        outline = parse(get(client, page.url))
        levels = [level for level, _ in outline.headings]
        assert levels.count(1) == 1, page.url
        for before, after in zip(levels, levels[1:], strict=False):
            assert after <= before + 1, f"{page.url}: h{before} then h{after}"


def test_every_page_is_ready_for_a_strict_content_security_policy(client, site_content):
    pages = [p.url for p in all_pages(site_content)] + ["/search/?q=pain", "/no-such-page/"]
    for url in pages:
        html = client.get(url).content.decode()
        outline = parse(html)
        for tag, attrs in outline.tags:
            assert "style" not in attrs, f"{url}: inline style on <{tag}>"
            handlers = [a for a in attrs if a.startswith("on")]
            assert not handlers, f"{url}: event handler {handlers} on <{tag}>"
            if tag == "script":
                assert attrs.get("src", "").startswith(settings.STATIC_URL) or (
                    attrs.get("type") == "application/ld+json"
                ), f"{url}: inline script"
        assert "<style" not in html, url


def test_no_page_asks_the_browser_to_fetch_anything_from_another_site(client, site_content):
    fetched = {"script": "src", "img": "src", "source": "srcset", "iframe": "src"}
    for page in all_pages(site_content):
        for tag, attrs in parse(get(client, page.url)).tags:
            urls = []
            if tag in fetched and attrs.get(fetched[tag]):
                urls = [u.split()[0] for u in attrs[fetched[tag]].split(",")]
            elif tag == "link" and attrs.get("rel") not in ("canonical", "alternate"):
                urls = [attrs.get("href", "")]
            for url in urls:
                assert not urlparse(url).netloc, f"{page.url}: <{tag}> fetches {url}"


def test_header_offers_phone_consultation_menu_and_search_on_every_page(client, site_content):
    consultation = site_content.consultation_page
    for page in all_pages(site_content):
        html = get(client, page.url)
        header = html.split("<header", 1)[1].split("</header>", 1)[0]
        assert 'href="tel:+12125550140"' in header, page.url
        assert f'href="{consultation.url}"' in header and "Request a consultation" in header
        assert 'href="#site-menu"' in header  # works without JavaScript
        assert 'aria-controls="site-menu"' in header and 'aria-expanded="false"' in header
        assert 'action="/search/"' in header


def test_no_consultation_button_when_the_home_page_has_no_consultation_page(client, site_content):
    HomePage.objects.filter(locale__language_code="en").filter(pk=site_content.pk).update(
        consultation_page=None
    )
    html = get(client, "/symptoms/")
    assert "Request a consultation" not in html.split("</header>")[0]


def test_navigation_marks_where_you_are(client, site_content):
    html = get(client, "/symptoms/")
    assert '<a href="/symptoms/" aria-current="page">Symptoms</a>' in html
    html = get(client, "/symptoms/back-pain/")
    assert '<a href="/symptoms/" aria-current="true">Symptoms</a>' in html
    breadcrumbs = html.split('aria-label="Breadcrumb"')[1].split("</nav>")[0]
    assert (
        '<a href="/">Home</a>' in breadcrumbs
        and '<a href="/symptoms/">Symptoms</a>' in breadcrumbs
    )
    assert 'aria-current="page">Severe or worsening back pain</li>' in breadcrumbs


def test_contents_list_links_to_every_section_of_a_condition_page(client, site_content):
    condition = ConditionPage.objects.filter(locale__language_code="en").live().first()
    html = get(client, condition.url)
    contents = html.split('id="contents-heading"')[1].split("</nav>")[0]
    anchors = re.findall(r'href="#([^"]+)"', contents)
    outline = parse(html)
    assert len(anchors) >= 6
    for anchor in anchors:
        assert anchor in outline.ids, f"contents link #{anchor} has no target"
    assert {"when-surgery-helps", "symptoms", "diagnosis", "treatments"} <= set(anchors)
    # The section heading the content repeats is said once, not twice.
    headings = [text for _, text in outline.headings]
    assert headings.count("When can surgery help?") == 1


def test_symptom_pages_lead_with_what_to_do(client, site_content):
    symptom = SymptomPage.objects.filter(locale__language_code="en").get(
        slug="weakness-or-difficulty-walking"
    )
    main = get(client, symptom.url).split("<main", 1)[1]
    care_card = main.index("care-card--emergency")
    assert care_card < main.index('class="section"')
    assert "Emergency: get help now" in main[care_card : care_card + 400]
    assert 'href="tel:911"' in main

    index = get(
        client, SymptomIndexPage.objects.filter(locale__language_code="en").live().first().url
    )
    assert "When to get help straight away" in index
    assert "losing control of your bladder or bowels" in index  # from the red-flag table


def test_footer_says_what_to_do_in_an_emergency_and_how_to_reach_us(client, site_content):
    footer = get(client, "/treatments/").split("<footer", 1)[1]
    assert "If this is an emergency, call 911" in footer
    assert "losing control of your bladder or bowels" in footer  # the red-flag table
    assert "Monday to Friday, 9 am to 5 pm" in footer.split("Urgent line", 1)[1]  # its hours
    for fact in ["100 E 77th St", "(212) 555-0140", "(212) 555-0142", "Monday to Friday"]:
        assert fact in footer


def test_clinical_pages_can_be_printed(client, site_content):
    for model in (ConditionPage, TreatmentPage, SymptomPage):
        html = get(client, model.objects.live().first().url)
        assert re.search(
            r'<link rel="stylesheet" href="[^"]*print[^"]*\.css" media="print">', html
        )
        # The print button needs JavaScript, so it starts hidden and the script shows it.
        assert re.search(r"<button[^>]*data-print hidden>Print this page</button>", html)
    # What the reader learns about the page's review is printed too.
    assert "This page is awaiting clinical review" in html


def test_rendering_a_page_remembers_the_numbers_for_the_error_page(client, site_content):
    contact_cache.forget()
    assert contact_cache.recall() is None
    get(client, "/")
    assert contact_cache.recall()["urgent_phone"] == "(212) 555-0142"


def _static_bytes(html):
    paths = re.findall(r'<link rel="stylesheet" href="([^"]+)"(?! media="print")', html)
    paths += re.findall(r'<script src="([^"]+)"', html)
    files = []
    for path in paths:
        found = finders.find(path.removeprefix(settings.STATIC_URL))
        assert found, path
        with open(found, "rb") as f:
            files.append(f.read())
    return files


def page_weight(client, url):
    """(bytes of gzip of the page's HTML, CSS and JS, how many files were counted)."""
    html = client.get(url).content
    parts = [html, *_static_bytes(html.decode())]
    return sum(len(gzip.compress(part, compresslevel=6)) for part in parts), len(parts)


def test_condition_page_weight_is_under_budget(client, site_content):
    condition = ConditionPage.objects.filter(locale__language_code="en").live().first()
    total, files = page_weight(client, condition.url)
    print(f"\ncondition page: {total / 1024:.1f} KB gzip (HTML + CSS + JS)")  # noqa: T201
    assert files >= 3, "site.css and site.js are counted"
    assert total < PAGE_WEIGHT_BUDGET
