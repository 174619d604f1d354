"""The site's page routing (conditions/frame.py): every page answers exactly as Wagtail's own
routing would, and what must stay private, translated or aliased still is."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.views import serve as wagtail_serve

from conditions.frame import SiteFrame
from conditions.models import ConditionIndexPage, ConditionPage, TreatmentPage

pytestmark = pytest.mark.django_db


def wagtail_html(url, language="en"):
    """The page as Wagtail's own view (level-by-level routing) renders it."""
    from django.utils import translation

    request = RequestFactory().get(url)
    request.user = AnonymousUser()
    request.session = {}
    with translation.override(language):
        response = wagtail_serve(request, url.lstrip("/"))
        response.render()
    return response.content.decode()


def comparable(html):
    # A form's one-time values (CSRF token, submission token, signed start time) and nonces
    # differ between any two renders; nothing else may.
    html = re.sub(r'<input type="hidden"[^>]*>', "", html)
    return re.sub(r'nonce="[^"]+"', "", html)


def test_every_page_is_served_as_wagtails_own_routing_would(client, site_content):
    pages = [p for p in Page.objects.live().filter(depth__gt=1).specific() if p.url]
    assert len(pages) > 30
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert comparable(response.content.decode()) == comparable(wagtail_html(page.url)), (
            page.url
        )


def test_a_page_under_a_private_section_still_asks_for_the_password(client, site_content):
    section = ConditionIndexPage.objects.get()
    condition = ConditionPage.objects.live().first()
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
    treatment = TreatmentPage.objects.live().first()
    alias = treatment.create_alias(parent=site_content, update_slug="surgery-explained")
    response = client.get(alias.url)
    assert response.status_code == 200
    assert treatment.title in response.content.decode()


def test_a_translated_page_is_served_in_its_language(client, site_content):
    spanish = Locale.objects.get_or_create(language_code="es")[0]
    condition = ConditionPage.objects.live().first()
    translated = condition.copy_for_translation(spanish, copy_parents=True)
    translated.title = "Metástasis en la columna"
    translated.save_revision().publish()
    for parent in translated.get_ancestors().filter(depth__gt=1, alias_of=None).specific():
        parent.save_revision().publish()
    translated.refresh_from_db()
    response = client.get(translated.url)
    assert translated.url.startswith("/es/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Metástasis en la columna" in html and 'lang="es"' in html
    assert comparable(html) == comparable(wagtail_html(translated.url[3:], "es"))


def test_a_card_to_an_unpublished_page_disappears(client, site_content):
    condition = ConditionPage.objects.live().get(slug="spine-metastases")
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


def test_the_frame_is_read_once_per_request(client, site_content, django_assert_num_queries):
    """Header, menu, breadcrumbs, footer links and the JSON-LD share one read of the site's
    top-level pages: asking again costs nothing."""
    request = RequestFactory().get("/")
    condition = ConditionPage.objects.live().first()
    frame = SiteFrame.for_request(request, condition)
    with django_assert_num_queries(0):
        assert SiteFrame.for_request(request, condition) is frame
        assert [p.title for p in frame.ancestors(condition)] == ["Home", "Conditions we treat"]
        assert frame.menu and all(p.show_in_menus for p in frame.menu)


def test_page_links_are_the_addresses_wagtail_gives(rf, site_content):
    """Every link the templates and the JSON-LD build (conditions.frame.page_url) is the URL
    Wagtail's own `get_url` and `get_full_url` give: English, Spanish and a slug in another
    script, and when a second site makes a page's address depend on the site."""
    from django.utils import translation
    from wagtail.models import Site

    from conditions.frame import page_url

    spanish = Locale.objects.get_or_create(language_code="es")[0]
    condition = ConditionPage.objects.live().first()
    translated = condition.copy_for_translation(spanish, copy_parents=True)
    translated.save_revision().publish()
    for parent in translated.get_ancestors().filter(depth__gt=1, alias_of=None).specific():
        parent.save_revision().publish()
    accented = condition.copy(update_attrs={"slug": "metástasis-óseas", "title": "Óseas"})
    accented.save_revision().publish()

    def links(language):
        request = rf.get("/")
        with translation.override(language):
            for page in Page.objects.live().filter(depth__gt=1):
                yield page, page_url(page, request), page.get_url(request)
                yield page, page_url(page, request, full=True), page.get_full_url(request)

    for language in ("en", "es"):
        checked = 0
        for page, ours, wagtails in links(language):
            assert ours == wagtails, (language, page.url_path)
            checked += 1
        assert checked > 60
    request = rf.get("/")
    assert page_url(translated, request).startswith("/es/")
    assert page_url(accented, request).endswith("/met%C3%A1stasis-%C3%B3seas/")

    # A second site: addresses now name the site when it is not the request's own.
    other_root = condition.get_parent()
    Site.objects.create(hostname="other.example", port=443, root_page=other_root)
    Site.clear_site_root_paths_cache()
    for page, ours, wagtails in links("en"):
        assert ours == wagtails, page.url_path


def test_the_site_is_found_as_wagtail_finds_it(rf, site_content):
    """conditions.frame.find_site picks the same site as Wagtail's Site.find_for_request for
    every hostname and port, with and without a default site."""
    from wagtail.models import Site

    from conditions.frame import find_site

    default = Site.objects.get(is_default_site=True)
    section = ConditionIndexPage.objects.filter(locale=site_content.locale).first()
    treatment = TreatmentPage.objects.live().first()
    Site.objects.create(hostname="other.example", port=443, root_page=section)
    Site.objects.create(hostname="other.example", port=8080, root_page=treatment)
    Site.objects.create(hostname="single.example", port=8000, root_page=section)
    Site.objects.create(hostname=default.hostname, port=8443, root_page=treatment)
    addresses = [
        (default.hostname, default.port),
        (default.hostname, 8443),
        (default.hostname, 9999),
        ("other.example", 443),
        ("other.example", 8080),
        ("other.example", 80),
        ("single.example", 8000),
        ("single.example", 80),
        ("unknown.example", 443),
    ]

    def both(host, port):
        ours = find_site(rf.get("/", HTTP_HOST=host, SERVER_PORT=str(port)))
        wagtails = Site.find_for_request(rf.get("/", HTTP_HOST=host, SERVER_PORT=str(port)))
        return ours, wagtails

    for host, port in addresses:
        ours, wagtails = both(host, port)
        assert ours == wagtails, (host, port)
    assert both("other.example", 8080)[0].root_page_id == treatment.pk
    assert both("single.example", 80)[0].hostname == "single.example"

    default.is_default_site = False
    default.save()
    found = {address: both(*address) for address in addresses}
    for address, (ours, wagtails) in found.items():
        assert ours == wagtails, address
    assert found[("unknown.example", 443)] == (None, None)
    assert found[("other.example", 80)] == (None, None)
