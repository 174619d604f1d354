"""A page behind a view restriction (a password, a login or groups), or below one, appears
nowhere public: not in menus, listings, cards chosen by editors, calls to action, footer
links, breadcrumbs, search results or promotions, the JSON-LD, the sitemap or the social tags.

For one page of each type in turn, restricted in turn by password, login and group, every page
an anonymous visitor can reach (from the home page's links, the sitemap and a search for the
page's title) is scanned for the title, address and summary of the restricted pages."""

import html
import itertools
import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction

from conditions.models import HomePage

pytestmark = pytest.mark.django_db

SKIPPED_PREFIXES = ("/static/", "/media/", "/documents/", "/admin/", "/sitemap.xml")
RESTRICTIONS = [
    PageViewRestriction.PASSWORD,
    PageViewRestriction.LOGIN,
    PageViewRestriction.GROUPS,
]


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="staff-only-words"
    )
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get_or_create(name="Practice staff")[0])
    return restriction


def public_pages(client, searches):
    """Every page an anonymous visitor reaches from the home page and the sitemap (and the
    given searches), as {path: html}, plus the sitemap itself."""
    sitemap = client.get("/sitemap.xml").content.decode()
    queue = ["/", *(urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap))]
    queue += [f"/search/?q={query}" for query in searches]
    found = {"/sitemap.xml": sitemap}
    while queue:
        path = queue.pop()
        if path in found:
            continue
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            found[path] = ""
            continue
        text = response.content.decode()
        found[path] = text
        for href in re.findall(r'href="(/[^"#?]*)', text):
            if not href.startswith(SKIPPED_PREFIXES) and href not in found:
                queue.append(href)
    return found


def leaks(page, pages):
    """Where a restricted page shows: its address (a link, a card, the JSON-LD, the sitemap),
    its title (a JSON-LD name, a social tag) and its summary. A link to another page may say
    the same words as the title: the address is what marks a link to this one."""
    title = html.escape(page.title)
    summary = html.escape(getattr(page, "summary", "") or "")
    full_url = page.get_full_url()
    marks = [
        f'href="{page.url}"',
        f'"{full_url}"',
        f'"{full_url}#',
        f"<loc>{full_url}</loc>",
        f'"name":"{page.title}"',
        f'content="{title}"',
    ]
    if summary:
        marks.append(summary)
    return [(path, mark) for path, text in pages.items() for mark in marks if mark in text]


def one_page_of_each_type():
    pages = {}
    for page in Page.objects.live().filter(depth__gt=2).specific().order_by("path"):
        if not isinstance(page, HomePage):
            pages.setdefault(type(page), page)
    return list(pages.values())


def test_a_restricted_page_appears_nowhere_public(client, site_content):
    pages = one_page_of_each_type()
    assert len(pages) >= 15, [type(page).__name__ for page in pages]
    kinds = itertools.cycle(RESTRICTIONS)
    for page in pages:
        kind = next(kinds)
        # Restricted in every language it is in (each translation is a page of its own).
        versions = [page, *page.get_translations().specific()]
        restricted = [
            hidden
            for version in versions
            for hidden in Page.objects.descendant_of(version, inclusive=True).live().specific()
        ]
        # An editor even promotes the page in search.
        promotion = SearchPromotion.objects.create(query=Query.get(page.title), page=page)
        restrictions = [restrict(version, kind) for version in versions]
        reachable = public_pages(client, [page.title])
        assert len([text for text in reachable.values() if text]) > 20
        for hidden in restricted:
            assert hidden.url not in reachable or not reachable[hidden.url], hidden.url
            found = leaks(hidden, {p: t for p, t in reachable.items() if p != hidden.url})
            assert not found, (type(page).__name__, kind, hidden.url, found[:3])
        for restriction in restrictions:
            restriction.delete()
        promotion.delete()
        # Without the restriction the same scan finds the page: the scan can see it.
        assert leaks(page, public_pages(client, [page.title]))


def test_a_rich_text_link_to_a_restricted_page_loses_its_address(client, site_content):
    from conditions.models import StandardPage, TreatmentPage

    target = TreatmentPage.objects.filter(locale__language_code="en").live().first()
    page = StandardPage.objects.filter(locale__language_code="en").live().first()
    page.body = [
        ("paragraph", f'<p>Read about <a linktype="page" id="{target.pk}">this treatment</a>.</p>')
    ]
    page.save_revision().publish()
    assert f'<a href="{target.url}">this treatment</a>' in client.get(page.url).content.decode()
    restrict(target, PageViewRestriction.LOGIN)
    html = client.get(page.url).content.decode()
    assert "<a>this treatment</a>" in html and target.url not in html
