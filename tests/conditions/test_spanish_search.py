"""Search on /es/search/ finds the Spanish pages, with Spanish synonyms and accents optional."""

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def site_content(spanish_site_content):
    """This module is about the Spanish site: the content in both languages."""
    return spanish_site_content


def result_links(client, query):
    response = client.get("/es/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="es"' in html
    return re.findall(r'<a[^>]+href="(/[^"]*)"[^>]*>', html.split("<main", 1)[1])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("metástasis", "/es/afecciones/metastasis-en-la-columna/"),
        ("metastasis", "/es/afecciones/metastasis-en-la-columna/"),
        ("médula", "/es/afecciones/metastasis-en-la-columna/"),
        ("compresion medular", "/es/grados-de-compresion-de-la-medula-espinal/"),
        ("cifoplastia", "/es/tratamientos/opciones-minimamente-invasivas/"),
        ("no puedo caminar", "/es/sintomas/debilidad-o-dificultad-para-caminar/"),
    ],
)
def test_spanish_queries_find_spanish_pages(client, site_content, query, expected):
    links = result_links(client, query)
    assert expected in links
    # Only Spanish pages are results on the Spanish search.
    results = [link for link in links if link.count("/") > 2 and "search" not in link]
    assert all(link.startswith("/es/") for link in results if not link.startswith("/static/"))


def test_english_search_stays_english(client, site_content):
    html = client.get("/search/", {"q": "metastasis"}).content.decode()
    assert "/conditions/spine-metastases/" in html
    assert "/es/afecciones/" not in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("cifoplastya", "/es/tratamientos/opciones-minimamente-invasivas/"),
        ("metastasiss", "/es/afecciones/metastasis-en-la-columna/"),
    ],
)
def test_a_misspelled_spanish_query_is_corrected_in_spanish(client, site_content, query, expected):
    response = client.get("/es/search/", {"q": query})
    html = response.content.decode()
    assert "¿Quiso decir" in html
    assert "Did you mean" not in html
    assert expected in result_links(client, query)
