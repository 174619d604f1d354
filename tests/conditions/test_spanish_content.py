"""The Spanish site is made of translations of the English pages, from reviewable PO files;
a page is translated only when its file gives Spanish for every one of its texts."""

import re
from io import StringIO

import polib
import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, PageLogEntry

from conditions.models import SymptomPage
from conditions.signoff import PUBLISHED_WITHOUT_SIGN_OFF
from spineclinic.content import translations
from spineclinic.content.loader import SiteContentLoader
from tests.factories import ClinicianFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def site_content(spanish_site_content):
    """This module is about the Spanish site: the content in both languages."""
    return spanish_site_content


SLUGS = {"home": "home", "symptoms": "sintomas", "back-pain": "dolor-de-espalda"}


def spanish_files(directory, refs, leave_out=None):
    """Export the English of some pages and give every text a (made-up) Spanish, except
    `leave_out`, a text left untranslated."""
    call_command("export_translations", directory=str(directory), stdout=StringIO())
    for ref in refs:
        path = translations.po_path(ref, directory)
        po = polib.pofile(str(path))
        for entry in po:
            if entry.msgid == leave_out:
                continue
            if entry.comment == "slug":
                entry.msgstr = SLUGS[entry.msgid]
            else:
                entry.msgstr = f"ES {entry.msgid}"
        po.save(str(path))


@pytest.fixture
def spanish_dir(tmp_path, monkeypatch):
    """The Spanish files in a folder of the test's own, with the practice's Spanish pages
    taken away first (the content loads them from its own files)."""
    for home in Page.objects.filter(locale__language_code="es", depth=2):
        home.delete()
    monkeypatch.setattr(translations, "PO_DIR", tmp_path)
    return tmp_path


def load_spanish():
    lines = []
    loader = SiteContentLoader(log=lines.append)
    loader.run()
    return loader.counts, "\n".join(lines)


def test_a_page_with_a_complete_file_becomes_the_translation_of_its_english(
    client, site_content, spanish_dir
):
    spanish_files(spanish_dir, ["", "symptoms", "symptoms/back-pain"])
    counts, log = load_spanish()
    assert counts["translated"] == 3
    english = SymptomPage.objects.get(slug="back-pain")
    spanish_locale = Locale.objects.get(language_code="es")
    spanish = english.get_translation(spanish_locale)
    assert spanish.live and spanish.translation_key == english.translation_key
    assert spanish.title == f"ES {english.title}"
    assert spanish.red_flags == english.red_flags  # the signs are the table's, not translated
    assert spanish.url == "/es/sintomas/dolor-de-espalda/"
    html = client.get(spanish.url).content.decode()
    assert f"ES {english.title}" in html
    assert '<html lang="es"' in html
    # The pages without a file stay English-only and say so in the loader's report.
    assert "/symptoms/night-pain" in log
    assert not Page.objects.filter(locale=spanish_locale, slug="night-pain").exists()


def test_a_page_with_one_text_missing_is_not_made(site_content, spanish_dir):
    english = SymptomPage.objects.get(slug="back-pain")
    spanish_files(spanish_dir, ["", "symptoms", "symptoms/back-pain"], leave_out=english.summary)
    counts, log = load_spanish()
    assert counts["translated"] == 2
    assert not english.has_translation(Locale.objects.get(language_code="es"))
    assert "/symptoms/back-pain" in log


def test_a_spanish_clinical_page_claims_no_review_of_its_own(site_content, spanish_dir):
    english = SymptomPage.objects.get(slug="back-pain")
    # The English page's stamp is copied to its translation with the other fields it shares;
    # publishing the Spanish must clear it: no clinician has signed off the Spanish words.
    SymptomPage.objects.filter(pk=english.pk).update(
        reviewed_by=ClinicianFactory(), last_reviewed="2026-11-01", next_review_due="2027-11-01"
    )
    spanish_files(spanish_dir, ["", "symptoms", "symptoms/back-pain"])
    load_spanish()
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    assert spanish.last_reviewed is None and spanish.reviewed_by_id is None
    assert PageLogEntry.objects.filter(page=spanish, action=PUBLISHED_WITHOUT_SIGN_OFF).exists()


def test_a_spanish_address_of_an_english_only_page_sends_to_the_english(client, site_content):
    page = StandardPageFactory(parent=site_content, title="Parking", slug="parking")
    response = client.get("/es/parking/")
    assert response.status_code == 302 and response["Location"] == page.url == "/parking/"
    # An address that names no page in any language is still not found.
    assert client.get("/es/no-such-page/").status_code == 404


def test_no_english_page_is_served_at_a_spanish_address(client, home):
    """Before the Spanish home page exists, Wagtail would serve the English home at /es/."""
    response = client.get("/es/")
    assert response.status_code == 302 and response["Location"] == "/"


def switcher_links(html):
    nav = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<a href="([^"]+)" hreflang="([^"]+)" lang="[^"]+">(.*?)</a>', nav, re.S)


def test_each_page_links_to_itself_in_the_other_language(client, site_content):
    english = SymptomPage.objects.get(slug="back-pain", locale=Locale.get_default())
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    english_html = client.get(english.url).content.decode()
    assert switcher_links(english_html) == [(spanish.url, "es", "Español")]
    spanish_html = client.get(spanish.url).content.decode()
    assert switcher_links(spanish_html) == [(english.url, "en", "English")]
    for html in (english_html, spanish_html):
        assert f'hreflang="es" href="http://localhost{spanish.url}"' in html
        assert f'hreflang="en" href="http://localhost{english.url}"' in html
        assert f'hreflang="x-default" href="http://localhost{english.url}"' in html


def test_a_page_without_translation_sends_to_the_other_home_and_says_so(client, site_content):
    page = StandardPageFactory(parent=site_content, title="Parking", slug="parking")
    ((url, code, text),) = switcher_links(client.get(page.url).content.decode())
    assert (url, code) == ("/es/", "es")
    assert "Esta página aún no está traducida" in text


def test_spanish_pages_link_to_spanish_pages(client, site_content):
    html = client.get("/es/").content.decode()
    assert 'href="/es/solicitar-una-consulta/"' in html
    assert 'href="/request-a-consultation/"' not in html
    condition = client.get("/es/afecciones/metastasis-en-la-columna/").content.decode()
    assert 'href="/es/sintomas/dolor-de-espalda/"' in condition
    assert 'href="/symptoms/back-pain/"' not in condition
    assert 'href="/es/privacidad/"' in condition


def test_every_page_says_its_language_and_links_its_twin(client, site_content):
    """Every Spanish page has lang="es" and its English alternate; every English page that is
    translated has its Spanish alternate (and all of the first content is)."""
    spanish_locale = Locale.objects.get(language_code="es")
    spanish_pages = Page.objects.live().filter(locale=spanish_locale, depth__gt=1)
    assert spanish_pages.count() >= 45
    problems = []
    for spanish in spanish_pages.specific():
        english = spanish.get_translation(Locale.get_default())
        for page, lang, twin, twin_lang in [
            (spanish, "es", english, "en"),
            (english, "en", spanish, "es"),
        ]:
            html = client.get(page.url).content.decode()
            if f'<html lang="{lang}"' not in html:
                problems.append(f"{page.url}: not lang={lang}")
            alternate = f'hreflang="{twin_lang}" href="http://localhost{twin.url}"'
            if alternate not in html:
                problems.append(f"{page.url}: no {twin_lang} alternate")
    assert problems == []


def test_the_spanish_condition_page_is_within_the_page_weight_budget(client, site_content):
    from conditions.models import ConditionPage
    from tests.conditions.test_frontend import PAGE_WEIGHT_BUDGET, page_weight

    condition = ConditionPage.objects.live().get(locale__language_code="es")
    total, files = page_weight(client, condition.url)
    assert files >= 3
    assert total < PAGE_WEIGHT_BUDGET
