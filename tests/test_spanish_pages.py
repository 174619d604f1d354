"""A Spanish page speaks Spanish all the way through: not only the editors' content but the
site's own words around it (header, footer, labels, buttons, headings, error pages), and it
says so in <html lang>. Checked against the Spanish catalogue: no English string that has a
Spanish translation may show on a Spanish page."""

import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.template import loader
from django.utils import translation
from wagtail.models import Locale

from conditions.models import SymptomPage, TreatmentPage
from spineclinic import contact_cache, views

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def site_content(spanish_site_content):
    """This module is about the Spanish site: the content in both languages."""
    return spanish_site_content


PO = Path(settings.BASE_DIR) / "spineclinic" / "locale" / "es" / "LC_MESSAGES" / "django.po"
# Attributes a visitor hears or sees as text.
TEXT_ATTRIBUTES = {"aria-label", "title", "alt", "placeholder"}
# Elements whose text is a page's own title or summary, from the CMS (a Spanish page may link
# to a page that has no Spanish yet): the editors' content, not the site's own words.
CONTENT_CLASSES = {"card__title", "card__summary"}
VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}


def english_strings():
    """The catalogue's English that has a different Spanish, long enough to be unmistakable
    and without placeholders or markup (so it can be looked for as it is)."""
    strings = set()
    for entry in polib.pofile(str(PO)):
        for english, spanish in [(entry.msgid, entry.msgstr), (entry.msgid_plural, None)]:
            if not english or len(english) < 12 or "%" in english or "<" in english:
                continue
            if spanish is not None and spanish == english:
                continue
            strings.add(english)
    return strings


class VisibleText(HTMLParser):
    """Text a visitor sees or hears: text outside <script> and <style>, and the text
    attributes (aria-label, title, alt, placeholder), leaving out the CMS's page cards.
    Whitespace collapsed."""

    def __init__(self):
        super().__init__()
        self.parts = []
        self.open = []  # (tag, left out?) for each open element
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        classes = set((dict(attrs).get("class") or "").split())
        left_out = tag in ("script", "style") or bool(classes & CONTENT_CLASSES)
        if tag not in VOID_ELEMENTS:
            self.open.append((tag, left_out))
            self.hidden += left_out
        if not self.hidden:
            self.parts.extend(value for name, value in attrs if name in TEXT_ATTRIBUTES and value)

    def handle_endtag(self, tag):
        while self.open:
            open_tag, left_out = self.open.pop()
            self.hidden -= left_out
            if open_tag == tag:
                break

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)

    def text(self):
        return re.sub(r"\s+", " ", " ".join(self.parts))


def visible_text(html):
    parser = VisibleText()
    parser.feed(html)
    return parser.text()


def english_left_in(html):
    text = visible_text(html)
    return sorted(english for english in english_strings() if english in text)


def spanish(model):
    """A live Spanish page of this type, with the address it is served at."""
    return model.objects.live().filter(locale=Locale.objects.get(language_code="es")).first()


def test_the_check_finds_english_template_strings():
    """The check itself: the catalogue gives it strings, and it sees them in English pages'
    text and attributes, but not in scripts or in the titles of the CMS's page cards."""
    strings = english_strings()
    assert {"Skip to main content", "Request a consultation", "Search this site"} <= strings
    html = (
        '<a href="#main">Skip to main content</a><nav aria-label="Site information"></nav>'
        '<script>"Request a consultation"</script>'
        '<li class="card"><h3 class="card__title"><a href="/x/">Search this site</a></h3></li>'
    )
    assert english_left_in(html) == ["Site information", "Skip to main content"]


@pytest.mark.parametrize(
    "where",
    ["home", "symptom", "treatment", "consultation form", "search", "not found"],
)
def test_a_spanish_page_has_no_english_of_the_sites_own(client, site_content, where):
    url = {
        "home": lambda: "/es/",
        "symptom": lambda: spanish(SymptomPage).url,
        "treatment": lambda: spanish(TreatmentPage).url,
        "consultation form": lambda: "/es/solicitar-una-consulta/",
        "search": lambda: "/es/search/?q=dolor",
        "not found": lambda: "/es/no-existe-esta-pagina/",
    }[where]()
    assert url.startswith("/es/")
    response = client.get(url)
    assert response.status_code == (404 if where == "not found" else 200)
    html = response.content.decode()
    assert '<html lang="es">' in html
    assert english_left_in(html) == []
    text = visible_text(html)
    # The header and footer, in Spanish.
    assert "Ir al contenido principal" in text
    assert "Si es una emergencia, llame al 911" in text
    assert "Línea urgente" in text and "Horario" in text
    assert "Buscar en este sitio" in text


def test_spanish_labels_on_the_pages_people_use_most(client, site_content):
    symptom = client.get(spanish(SymptomPage).url).content.decode()
    assert 'aria-label="Ruta de navegación"' in symptom
    assert ">Inicio</a>" in symptom
    assert "Imprimir esta página" in symptom

    treatment = client.get(spanish(TreatmentPage).url).content.decode()
    assert "En esta página" in treatment

    form = visible_text(client.get("/es/solicitar-una-consulta/").content.decode())
    assert "¿Es una emergencia?" in form
    assert "Todas las preguntas son obligatorias, salvo las que dicen que son opcionales." in form
    assert "Enviar solicitud" in form
    assert "Mes" in form and "Día" in form and "Año" in form

    search = visible_text(client.get("/es/search/", {"q": "dolor"}).content.decode())
    assert "Resultados de la búsqueda" in search
    assert re.search(r"\d+ resultados? para “ ?dolor ?”", search)

    not_found = visible_text(client.get("/es/no-existe-esta-pagina/").content.decode())
    assert "No encontramos la página" in not_found


def test_the_english_pages_keep_their_english(client, site_content):
    html = client.get("/").content.decode()
    assert '<html lang="en">' in html
    assert "Skip to main content" in html and "Request a consultation" in html
    assert "Ir al contenido principal" not in html


@pytest.fixture
def down_client(client):
    client.raise_request_exception = False
    return client


def test_the_500_page_under_es_is_spanish_with_the_database_down(
    down_client, site_content, django_db_blocker
):
    contact_cache.forget()
    down_client.get("/es/")
    url = spanish(SymptomPage).url
    with django_db_blocker.block():
        response = down_client.get(url)
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="es">' in html
    assert "Lo sentimos, hay un problema con este sitio web" in html
    assert "Si es una emergencia, llame al 911" in html
    assert "(212) 555-0140" in html  # the number still comes from what was remembered
    assert english_left_in(html) == []


def test_the_plain_fallback_error_page_follows_the_language_too(client, site_content, monkeypatch):
    contact_cache.forget()
    client.get("/")

    def broken(name, *args, **kwargs):
        raise OSError("template storage unavailable")

    monkeypatch.setattr(loader, "get_template", broken)
    with translation.override("es"):
        html = views.server_error(None).content.decode()
    assert '<html lang="es">' in html
    assert "Lo sentimos, hay un problema con este sitio web" in html
    assert 'Para hablar con nosotros, llame al <a href="tel:+12125550140">' in html
    assert "Si es una emergencia, llame al 911" in html
    assert english_left_in(html) == []
    english = views.server_error(None).content.decode()
    assert '<html lang="en">' in english and "Sorry, there is a problem" in english


def test_the_413_page_under_es_is_spanish(client, site_content):
    response = client.generic(
        "POST",
        "/es/solicitar-una-consulta/",
        b"x",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH=str(200 * 1024 * 1024),
    )
    assert response.status_code == 413
    html = response.content.decode()
    assert '<html lang="es">' in html
    assert "Envió demasiado a la vez" in html
    assert english_left_in(html) == []
