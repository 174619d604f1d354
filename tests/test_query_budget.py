"""Query budgets: the SQL queries one render of each page type makes, pinned so that a change
that adds a query per card, per menu item or per block (an N+1) fails here.

Rendered from the practice's real content with the page cache off (as on a cache miss), after
one warm-up request (Wagtail keeps its site root paths in the cache, as in production). If a
change lowers a count, lower the budget with it; if it raises one, find the query first.

Two budgets per page. "Warm": the template fragments are in the cache, as a render the page
cache cannot answer finds them when nothing has changed since (a visitor with a session, a page
expired from the page cache, a site run without Redis): the header, menu, footer and JSON-LD
site graph shared by every page, and the page's own content, breadcrumbs, social tags and
JSON-LD. What is left of a condition page's 12: Wagtail's routing (the site, the active
locale, each level of the URL and its specific page: 7), its view-restriction check (2), the
clinic settings, the page's locale and the urgent care wording. "Cold": the content generation
has just changed (a publish), so every fragment is built afresh; each `.public()` reads the
view restrictions again, and each related-pages block and call to action checks that its
chosen pages are live and public and finds their translation in the language served.
"""

import pytest
from django.db import connection
from django.urls import reverse

from spineclinic.cache import bump_generation

pytestmark = pytest.mark.django_db

BUDGETS = {
    # name: (url, warm, cold)
    "home": ("/", 8, 54),
    "condition": ("/conditions/spine-metastases/", 12, 56),
    "treatment": ("/treatments/decompression-surgery/", 12, 44),
    "symptom": ("/symptoms/weakness-or-difficulty-walking/", 12, 40),
    "symptom list": ("/symptoms/", 10, 31),
    # The search backends differ: SQLite's full-text index is read in more steps. Cold, one
    # more: the sections of clinicians' tools, read once per content generation so that
    # patients' pages are listed before clinicians' (on SQLite one fewer besides, warm and
    # cold: the results' content types now come with the search).
    "search": (
        reverse("search") + "?q=surgery",
        {"sqlite": 20, "postgresql": 18},
        {"sqlite": 38, "postgresql": 36},
    ),
}


def budget_of(value):
    return value[connection.vendor] if isinstance(value, dict) else value


@pytest.mark.parametrize("fragments", ["warm", "cold"])
@pytest.mark.parametrize("name", BUDGETS)
def test_page_renders_within_its_query_budget(
    client, site_content, name, fragments, django_assert_num_queries
):
    url, warm, cold = BUDGETS[name]
    assert client.get(url).status_code == 200  # warm-up: site root paths, content types
    if fragments == "cold":
        bump_generation()
    with django_assert_num_queries(budget_of(warm if fragments == "warm" else cold)):
        response = client.get(url)
    assert response.status_code == 200


def test_a_page_cache_hit_makes_no_query(
    client, site_content, settings, django_assert_num_queries
):
    settings.PAGE_CACHE = True
    url = BUDGETS["condition"][0]
    client.get(url)
    with django_assert_num_queries(0):
        assert client.get(url)["X-Page-Cache"] == "hit"
