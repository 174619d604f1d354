"""Query budgets: the SQL queries one render of each page type makes, pinned so that a change
that adds a query per card, per menu item or per block (an N+1) fails here.

Rendered from the practice's real content with the page cache off (as on a cache miss), after
one warm-up request (Wagtail keeps its site root paths in the cache, as in production). If a
change lowers a count, lower the budget with it; if it raises one, find the query first.

Where a condition page's 21 go: the site, the page's route with its ancestors and the home
page's sections (conditions/frame.py: header, menu, breadcrumbs, footer links), the page itself
with its locale and reviewer, the view restrictions (once per request), the clinic settings,
the urgent care wording (the footer's urgent line hours, every care card),
its symptoms and its treatments, and the pages chosen in its StreamFields: each chooser reads its
pages, and each related-pages block then reads which of them anyone may see, as their own page
types (one query per page type). The shared read of all chosen pages that kept this at 8 only
checked that a page was live, so a page behind a password still showed its card; it is gone,
and the page cache and the proxy hide the extra queries from visitors.
"""

import pytest
from django.db import connection
from django.urls import reverse

pytestmark = pytest.mark.django_db

BUDGETS = {
    "home": ("/", 20),
    "condition": ("/conditions/spine-metastases/", 21),
    "treatment": ("/treatments/decompression-surgery/", 14),
    "symptom list": ("/symptoms/", 8),
    # The search backends differ: SQLite's full-text index is read in more steps.
    "search": (reverse("search") + "?q=surgery", {"sqlite": 19, "postgresql": 16}),
}


@pytest.mark.parametrize("name", BUDGETS)
def test_page_renders_within_its_query_budget(
    client, site_content, name, django_assert_num_queries
):
    url, budget = BUDGETS[name]
    if isinstance(budget, dict):
        budget = budget[connection.vendor]
    assert client.get(url).status_code == 200  # warm-up: site root paths, content types
    with django_assert_num_queries(budget):
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
