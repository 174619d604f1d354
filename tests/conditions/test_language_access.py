"""Language access: free interpreters, announced in the languages New Yorkers speak."""

import re

import pytest
from wagtail.models import Locale

from conditions.models import StandardPage
from spineclinic.languages import TAGLINES

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def site_content(spanish_site_content):
    """This module is about the Spanish site: the content in both languages."""
    return spanish_site_content


def test_the_language_assistance_page_gives_every_tagline_in_its_own_language(
    client, site_content
):
    page = StandardPage.objects.get(slug="language-assistance", locale=Locale.get_default())
    html = client.get(page.url).content.decode()
    clinic_phone = "(212) 555-0140"
    items = re.findall(r'<li lang="([^"]+)" dir="([^"]+)">(.*?)</li>', html, re.S)
    assert [code for code, _, _ in items] == [code for code, *_ in TAGLINES]
    assert len(items) == 11
    for code, direction, text in items:
        assert clinic_phone in text, code
        assert direction == ("rtl" if code in {"ar", "ur"} else "ltr")
    assert "free" in html and "711" in html and "911" in html


def test_the_page_has_its_spanish_translation(client, site_content):
    english = StandardPage.objects.get(slug="language-assistance", locale=Locale.get_default())
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    assert spanish.url == "/es/ayuda-en-su-idioma/"
    html = client.get(spanish.url).content.decode()
    assert "Intérpretes gratuitos para llamadas y visitas" in html
    assert '<li lang="es" dir="ltr">' in html
