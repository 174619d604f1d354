"""Every page of the site, in English and Spanish: its title fits in a search result, the main
menu leads to the contact details and to the clinicians' section, and the HTML of every page
and every state of the request forms is valid (the Nu Html Checker finds no error)."""

import json
import os
import re
import shutil
import subprocess  # nosec B404  # runs only the checker, with fixed arguments
from html import unescape
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Locale, Page

from tests.consultations.conftest import consultation_data, referral_data, second_opinion_data

pytestmark = pytest.mark.django_db

# Search engines cut titles at about 60 characters.
TITLE_LIMIT = 60
VNU_JAR = Path(
    os.environ.get(
        "VNU_JAR",
        Path(settings.BASE_DIR)
        / ".venv"
        / "node"
        / "node_modules"
        / "vnu-jar"
        / "build"
        / "dist"
        # the checker from npm (make vnu)
        / "vnu.jar",
    )
)
FORMS = {
    "request-a-consultation": consultation_data,
    "second-opinions/request": second_opinion_data,
    "refer-a-patient": referral_data,
}


@pytest.fixture(scope="module")
def site_content(spanish_site_content):
    return spanish_site_content


def live_pages():
    return list(Page.objects.live().filter(depth__gt=1).specific().order_by("path"))


def title_of(html):
    return unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1)).strip()


def test_every_page_title_fits_in_a_search_result(client, site_content):
    pages = live_pages()
    assert {page.locale.language_code for page in pages} == {"en", "es"}
    too_long = {}
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        title = title_of(response.content.decode())
        if len(title) >= TITLE_LIMIT:
            too_long[page.url] = f"{len(title)}: {title}"
    assert too_long == {}


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_home_page_title_names_the_city_once(client, site_content, language):
    home = site_content.get_translation(Locale.objects.get(language_code=language))
    title = title_of(client.get(home.url).content.decode())
    assert len(title) < TITLE_LIMIT, title
    assert title.count("New York") + title.count("Nueva York") <= 1, title


def menu_links(html):
    nav = re.search(r'<nav class="primary-nav".*?</nav>', html, re.S).group(0)
    return {
        unescape(text).strip(): href
        for href, text in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', nav, re.S)
    }


@pytest.mark.parametrize(
    ("language", "contact", "clinicians"),
    [("en", "Contact us", "For clinicians"), ("es", "Contáctenos", "Para médicos")],
)
def test_the_main_menu_leads_to_contact_details_and_to_clinicians(
    client, site_content, language, contact, clinicians
):
    locale = Locale.objects.get(language_code=language)
    home = site_content.get_translation(locale)
    links = menu_links(client.get(home.url).content.decode())
    contact_href = next(href for text, href in links.items() if text == contact)
    clinicians_href = next(href for text, href in links.items() if text.startswith(clinicians))
    contact_page = client.get(contact_href)
    assert contact_page.status_code == 200
    assert contact_page.context["page"].locale == locale
    assert contact_page.context["page"].specific_class.__name__ == "LocationPage"
    clinicians_page = client.get(clinicians_href)
    assert clinicians_page.status_code == 200
    assert clinicians_page.context["page"].locale == locale
    for_clinicians = Page.objects.get(slug="for-clinicians", locale__language_code="en")
    assert clinicians_page.context["page"].translation_key == for_clinicians.translation_key


def every_page_and_form_state(client):
    """(name, HTML) of every live page in both languages, the 404 page, search, and each
    request form empty, with errors and once sent (the confirmation page)."""
    documents = {}
    for page in live_pages():
        documents[page.url] = client.get(page.url).content.decode()
    documents["not found"] = client.get("/no-such-page/").content.decode()
    documents["search"] = client.get("/search/?q=back+pain").content.decode()
    for path, valid in FORMS.items():
        for prefix in ["", "/es"]:
            url = f"{prefix}/{path}/"
            if client.get(url).status_code != 200:
                continue
            empty = {
                key: value if key in ("submission_token", "form_started") else ""
                for key, value in valid().items()
            }
            documents[f"{url} with errors"] = client.post(url, empty).content.decode()
            sent = client.post(url, valid(), follow=True)
            assert sent.redirect_chain, f"{url} was not sent"
            documents[f"{url} sent"] = sent.content.decode()
    return documents


def nu_html_checker():
    java = shutil.which("java")
    reason = None
    if not java:
        reason = "Java is missing: apt-get install -y default-jre-headless"
    elif not VNU_JAR.is_file():
        reason = f"The Nu Html Checker is missing at {VNU_JAR}: make vnu (npm install vnu-jar)"
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (the HTML check must run in CI)", pytrace=False)
        pytest.skip(reason)
    return [java, "-jar", str(VNU_JAR)]


def vnu_errors(command, documents, folder):
    """The checker's errors, one line each, over all documents in one run (one JVM)."""
    names = {}
    for number, (name, html) in enumerate(documents.items()):
        path = folder / f"{number}.html"
        path.write_text(html, encoding="utf-8")
        names[path.resolve().as_uri()] = name
    result = subprocess.run(  # noqa: S603  # nosec B603
        [*command, "--errors-only", "--format", "json", *sorted(map(str, folder.glob("*.html")))],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [
        f"{names.get(m.get('url'), m.get('url'))} line {m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] in ("error", "non-document-error")
    ]


def test_the_nu_html_checker_finds_no_error(client, site_content, tmp_path):
    command = nu_html_checker()
    documents = every_page_and_form_state(client)
    assert len(documents) > 60
    assert any(name.endswith("sent") for name in documents)
    assert vnu_errors(command, documents, tmp_path) == []


def test_the_nu_html_checker_is_not_vacuous(tmp_path):
    command = nu_html_checker()
    broken = '<!doctype html><html lang="en"><title>x</title><input type="text" type="tel">'
    assert vnu_errors(command, {"broken": broken}, tmp_path)
