"""Site search as patients and clinicians use it: their words, typos and junk included."""

import re

import pytest
from django.db import connection
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.rich_text import RichText

from conditions.models import StandardPage, SymptomPage, TreatmentPage
from spineclinic import views
from spineclinic.search import (
    SYNONYMS,
    clean_query,
    clinician_sections,
    expand,
    highlight,
    is_clinician_page,
)

pytestmark = pytest.mark.django_db


def search(client, query, **params):
    response = client.get("/search/", {"q": query, **params})
    assert response.status_code == 200, query
    return response.content.decode()


def result_titles(html):
    return re.findall(r'<h3 class="search-result__title"><a href="[^"]+">([^<]+)</a>', html)


def result_urls(html):
    return re.findall(r'<h3 class="search-result__title"><a href="([^"]+)">', html)


# -- query cleaning and synonyms --------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, cleaned",
    [
        ("  Back   PAIN ", "back pain"),
        ('"cord compression" AND NOT surgery*', "cord compression and not surgery"),
        ("'; DROP TABLE wagtailcore_page; --", "drop table wagtailcore page"),
        ("<script>alert(1)</script>", "script alert 1 script"),
        ("%00\x00\x1b[31m", "00 31m"),
        ("?!*()[]{}^~:", ""),
        ("", ""),
        ("x" * 500, "x" * 100),
        ("can't walk", "can't walk"),
        ("dolor de espalda ñ", "dolor de espalda ñ"),
    ],
)
def test_queries_are_cleaned_to_plain_words(raw, cleaned):
    assert clean_query(raw) == cleaned


def test_synonyms_expand_both_ways():
    for group in SYNONYMS:
        for term in group:
            (concept,) = expand(term).concepts
            assert set(concept) == set(group), term


def test_multi_word_synonyms_win_over_single_words():
    concepts = expand("spinal cord compression surgery").concepts
    assert concepts[0][0] == "spinal cord compression" and "mescc" in concepts[0]
    assert concepts[1] == ["surgery", "surgerys"] or concepts[1][0] == "surgery"


def test_stop_words_are_dropped_unless_nothing_else_is_left():
    assert [c[0] for c in expand("what is the sins score").concepts] == ["sins", "score"]
    assert [c[0] for c in expand("what is it").concepts] == ["what", "is", "it"]


def test_highlight_escapes_then_marks_terms():
    html = highlight("Cement <b>&</b> kyphoplasty; CEMENTS.", ["cement", "kyphoplasty"])
    assert html == ("<mark>Cement</mark> &amp; <mark>kyphoplasty</mark>; <mark>CEMENTS</mark>.")
    assert highlight("<script>x</script>", []) == "x"


# -- the search page --------------------------------------------------------------------------


def test_search_finds_pages_with_highlighted_summaries(client, site_content):
    html = search(client, "bladder")
    titles = result_titles(html)
    assert "Bladder or bowel control problems" in titles
    assert "<mark>bladder</mark>" in html.lower()
    assert "result" in html and "for “<span" in html
    # The symptom's urgency is shown in words on its result.
    item = html.split(">Bladder or bowel control problems<")[1].split("</li>")[0]
    assert "Emergency: get help now" in item


@pytest.mark.parametrize(
    "typed, expected_title, words_on_page",
    [
        ("MESCC", "Bladder or bowel control problems", "spinal cord"),
        ("cord compression", "Decompression surgery", "MESCC"),
        ("SBRT", "Surgery and radiation therapy together", "stereotactic"),
        ("stereotactic radiotherapy", "Surgery and radiation therapy together", "SBRT"),
        ("cement", "Stabilization and reconstruction", "cement"),
        ("mets", "Spine metastases", "metastases"),
        ("pins and needles", "Numbness or tingling", "tingling"),
    ],
)
def test_synonyms_find_pages_in_other_words(
    client, site_content, typed, expected_title, words_on_page
):
    html = search(client, typed)
    assert expected_title in result_titles(html), (typed, result_titles(html))
    assert "Also searched for:" in html


def test_synonym_search_finds_what_the_plain_words_miss(client, site_content):
    """'kyphoplasty' is not written on every page about bone cement: the synonym adds them."""
    without = set(result_titles(search(client, "xyzzy kyphoplasty")))  # nothing has both
    with_synonyms = set(result_titles(search(client, "kyphoplasty")))
    assert with_synonyms
    assert "Stabilization and reconstruction" in with_synonyms
    assert not without or without <= with_synonyms


def test_words_from_different_pages_fall_back_to_any_word(client, site_content):
    html = search(client, "brooklyn kyphoplasty")
    assert "No page has all of your words" in html
    titles = result_titles(html)
    assert "Care for patients from Brooklyn" in titles
    assert "Minimally invasive options" in titles or "Stabilization and reconstruction" in titles


def test_results_are_paginated(client, site_content, monkeypatch):
    monkeypatch.setattr(views, "RESULTS_PER_PAGE", 3)
    first_page = search(client, "cancer")
    assert "page 1 of" in first_page
    total = int(re.search(r"<strong>(\d+)</strong> results", first_page).group(1))
    assert total > 3
    assert len(result_urls(first_page)) == 3
    assert 'rel="next" href="?q=cancer&amp;page=2"' in first_page
    second_page = search(client, "cancer", page="2")
    assert set(result_urls(second_page)).isdisjoint(result_urls(first_page))
    assert 'rel="prev"' in second_page
    # A page number past the end, or not a number, shows a real page rather than an error.
    assert result_urls(search(client, "cancer", page="999"))
    assert result_urls(search(client, "cancer", page="abc")) == result_urls(first_page)


def test_only_live_pages_are_found(client, site_content):
    page = StandardPage.objects.filter(locale__language_code="en").get(slug="privacy")
    assert "Privacy notice" in result_titles(search(client, "privacy"))
    page.unpublish()
    assert "Privacy notice" not in result_titles(search(client, "privacy"))


def test_editors_promotions_come_first_and_queries_are_recorded(client, site_content):
    treatment = TreatmentPage.objects.filter(locale__language_code="en").get(
        slug="minimally-invasive-options"
    )
    query = Query.get("cement")
    SearchPromotion.objects.create(
        query=query, page=treatment, description="Bone cement to support the spine.", sort_order=0
    )
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://example.org/kyphoplasty",
        external_link_text="About kyphoplasty",
        sort_order=1,
    )
    html = search(client, "Cement")
    recommended = html.split('id="promoted-heading"')[1].split("</section>")[0]
    assert "Minimally invasive options" in recommended
    assert "Bone cement to support the spine." in recommended
    assert 'href="https://example.org/kyphoplasty"' in recommended
    assert html.index("Recommended") < html.index("All results")
    assert query.hits == 1
    search(client, "cement", page="2")  # later pages are not counted again
    search(client, "  CEMENT ")
    assert Query.get("cement").hits == 2


@pytest.mark.parametrize(
    "raw",
    [
        '"',
        "'",
        "AND",
        "OR OR OR",
        "NEAR(",
        "*",
        "-",
        "pain*",
        '"unbalanced phrase',
        "a" * 5000,
        "\u202e\u200b\ufeff",
        "😀 pain",
        "%",
        "\\",
        "SELECT * FROM",
    ],
)
def test_junk_queries_never_error(client, site_content, raw):
    html = search(client, raw)
    assert "<h1>" in html
    assert "Worried about a symptom?" in html or result_titles(html) or "No results" in html


def test_empty_query_gets_a_helpful_page(client, site_content):
    html = search(client, "")
    assert "<h1>Search this site</h1>" in html
    assert 'name="q"' in html
    assert "Worried about a symptom?" in html
    assert "(212) 555-0142" in html  # the urgent line, from the clinic settings
    assert "Symptoms" in html  # links to the main sections
    assert "We could not search for that" not in html

    html = search(client, "?!*")
    assert "We could not search for that" in html
    assert Query.objects.count() == 0  # nothing recorded for empty or junk searches


def test_no_results_page_helps_the_patient(client, site_content):
    html = search(client, "zzqx")
    assert "No results for “<span" in html and "zzqx" in html
    assert "Things to try" in html
    assert "Call 911" in html and "(212) 555-0142" in html
    assert '<a href="/symptoms/">Symptoms</a>' in html


def test_search_page_escapes_what_was_typed(client, site_content):
    html = client.get("/search/", {"q": '<img src=x onerror="alert(1)">'}).content.decode()
    assert "<img src=x" not in html and 'onerror="alert' not in html
    assert 'value="img src x onerror alert 1"' in html


def test_search_is_linked_from_every_page(client, site_content):
    html = client.get(
        SymptomPage.objects.filter(locale__language_code="en").first().url
    ).content.decode()
    assert 'action="/search/"' in html
    assert 'role="search"' in html


# -- searching a large site: only the first matches are ranked ---------------------------------


def ranked_by_the_search_backend(query):
    """Titles of every English match (the English search's pages), in the order of the search
    backend's own full ranking, patients' pages before clinicians' (as for a patient's words)."""
    pages = Page.objects.live().public().filter(locale=Locale.get_default())
    found = list(pages.search(expand(query).search_query("and")))
    sections = clinician_sections()
    found.sort(key=lambda page: is_clinician_page(page, sections))
    return [page.title for page in found]


def test_a_capped_search_still_lists_the_best_match_first_and_pages(
    client, site_content, monkeypatch
):
    ranking = ranked_by_the_search_backend("cancer")
    assert len(ranking) > 4
    monkeypatch.setattr(views, "RESULTS_PER_PAGE", 2)
    monkeypatch.setattr(views, "MAX_RANKED", len(ranking) - 1)
    first_page = search(client, "cancer")
    assert f"<strong>More than {len(ranking) - 1}</strong> results" in first_page
    # The cap keeps the first matches in tree order; of those, the best comes first.
    in_tree_order = [
        page.title
        for page in Page.objects.live()
        .public()
        .order_by("path")
        .search(expand("cancer").search_query("and"), order_by_relevance=False)
    ]
    kept = set(in_tree_order[: len(ranking) - 1])
    assert result_titles(first_page)[0] == next(title for title in ranking if title in kept)
    pages = -(-(len(ranking) - 1) // 2)
    assert f"page 1 of {pages}" in first_page
    assert 'rel="next" href="?q=cancer&amp;page=2"' in first_page
    second_page = search(client, "cancer", page="2")
    assert result_urls(second_page)
    assert set(result_urls(second_page)).isdisjoint(result_urls(first_page))
    last_page = search(client, "cancer", page=str(pages))
    assert 'rel="next"' not in last_page and result_urls(last_page)
    assert result_urls(search(client, "cancer", page="999")) == result_urls(last_page)


def test_a_capped_search_ranks_the_matches_it_keeps(client, site_content, monkeypatch):
    """With room for only a few matches, those kept are listed best first, in the order the
    full ranking gives them."""
    ranking = ranked_by_the_search_backend("pain")
    monkeypatch.setattr(views, "RESULTS_PER_PAGE", 100)
    assert result_titles(search(client, "pain")) == ranking
    monkeypatch.setattr(views, "MAX_RANKED", 4)
    kept = result_titles(search(client, "pain"))
    assert len(kept) == 4 and len(ranking) > 4
    assert kept == [title for title in ranking if title in kept]


def test_a_small_result_set_is_counted_exactly(client, site_content, monkeypatch):
    monkeypatch.setattr(views, "MAX_RANKED", 1000)
    html = search(client, "brooklyn")
    assert "More than" not in html
    assert re.search(r"<strong>\d+</strong> results? for", html)


def test_extracts_come_from_questions_and_answers(client, site_content):
    """Words found only in a page's blocks (here a question and answer) are shown in context,
    without the pages those blocks link to being loaded."""
    page = StandardPage.objects.filter(locale__language_code="en").get(slug="privacy")
    page.body = [
        ("paragraph", RichText("<p>How we look after what you tell us.</p>")),
        (
            "faq",
            {
                "heading": "Questions",
                "items": [
                    {
                        "question": "Who sees my notes?",
                        "answer": RichText("<p>Only the zebrafish team.</p>"),
                    }
                ],
            },
        ),
        ("related_pages", {"heading": "Related", "pages": [site_content]}),
    ]
    page.save_revision().publish()
    html = search(client, "zebrafish")
    assert "Privacy notice" in result_titles(html)
    assert "Only the <mark>zebrafish</mark> team." in html


def test_pages_under_a_private_section_are_not_found(client, site_content):
    treatment = (
        TreatmentPage.objects.filter(locale__language_code="en")
        .live()
        .get(slug="decompression-surgery")
    )
    assert treatment.url in result_urls(search(client, "decompression"))
    PageViewRestriction.objects.create(
        page=treatment.get_parent(),
        restriction_type=PageViewRestriction.PASSWORD,
        password="staff-only-words",
    )
    html = search(client, "decompression")
    assert treatment.url not in result_urls(html)
    assert treatment.get_parent().url not in result_urls(html)


def test_postgresql_search_matches_an_indexed_expression(client, site_content):
    """Search must stay fast on a site of thousands of pages: on PostgreSQL the backend matches
    `title || body`, which migration spineclinic 0002 indexes (and so gives the planner the
    statistics to know how common a word is). If the backend ever matches another expression,
    the index no longer serves it and this fails."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "postgresql":
        pytest.skip("the index and the expression are PostgreSQL's")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'spineclinic_search_title_body_gin'"
        )
        (definition,) = cursor.fetchone()
    assert "gin" in definition and "(title || body)" in definition
    with CaptureQueriesContext(connection) as queries:
        assert result_titles(search(client, "surgery"))
    matching = [q["sql"] for q in queries.captured_queries if " @@ " in q["sql"]]
    assert matching
    expression = '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@'
    assert all(expression in sql for sql in matching)


# -- misspellings, everyday words and who a page is for ---------------------------------------


@pytest.mark.parametrize(
    "typed, corrected, expected_title",
    [
        ("metastisis", "metastasis", "Spine metastases"),
        ("kyfoplasty", "kyphoplasty", "Minimally invasive options"),
        (
            "spinal cord compresion",
            "spinal cord compression",
            "What spinal cord compression grades mean",
        ),
    ],
)
def test_misspelt_words_find_the_page_and_say_what_was_searched(
    client, site_content, typed, corrected, expected_title
):
    html = search(client, typed)
    # Found; how high is for the search-quality test, on PostgreSQL's ranking.
    assert expected_title in result_titles(html), result_titles(html)
    link = f'<a href="/search/?q={corrected.replace(" ", "+")}">{corrected}</a>'
    assert f"Did you mean “{link}”?" in html


def test_words_that_are_on_the_site_are_not_corrected(client, site_content):
    html = search(client, "metastasis")
    assert "Spine metastases" in result_titles(html)
    assert "Did you mean" not in html
    assert "Did you mean" not in search(client, "zzqx")  # nothing like it on any page


def test_the_suggestions_follow_what_is_published(client, site_content):
    """The words a misspelling is corrected to come from the live pages, and a publish brings
    new ones in at once."""
    assert "Did you mean" not in search(client, "zebrafisch")
    page = StandardPage.objects.filter(locale__language_code="en").get(slug="privacy")
    page.body = [("paragraph", RichText("<p>Only the zebrafish team.</p>"))]
    page.save_revision().publish()
    html = search(client, "zebrafisch")
    assert "Did you mean “<a" in html and ">zebrafish</a>”?" in html
    assert "Privacy notice" in result_titles(html)


@pytest.mark.parametrize(
    "typed, expected_title",
    [
        ("paralysis", "Weakness or difficulty walking"),
        ("can't walk", "Weakness or difficulty walking"),
        ("can’t walk", "Weakness or difficulty walking"),
        ("pee", "Bladder or bowel control problems"),
        ("wetting myself", "Bladder or bowel control problems"),
        ("numb legs", "Numbness or tingling"),
        ("sciatica", "Pain that spreads to your arms or legs"),
    ],
)
def test_everyday_words_find_the_clinical_page(client, site_content, typed, expected_title):
    titles = result_titles(search(client, typed))
    assert expected_title in titles[:3], (typed, titles)


# Which of several good matches comes first is PostgreSQL's ranking, which the site uses.
on_postgresql_ranking = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite's full-text index ranks differently"
)


@on_postgresql_ranking
@pytest.mark.parametrize("typed", ["mets", "spine cancer"])
def test_the_condition_page_comes_first(client, site_content, typed):
    assert result_titles(search(client, typed))[0] == "Spine metastases"


CLINICIAN_URLS = ("/refer-a-patient/", "/for-clinicians/")


@pytest.mark.parametrize("typed", ["unstable spine", "mets", "metastatic", "radiation"])
def test_patients_pages_come_before_clinicians_pages(client, site_content, typed, monkeypatch):
    monkeypatch.setattr(views, "RESULTS_PER_PAGE", 100)
    urls = result_urls(search(client, typed))
    for_clinicians = [url.startswith(CLINICIAN_URLS) for url in urls]
    assert any(for_clinicians) and not all(for_clinicians), urls
    assert for_clinicians == sorted(for_clinicians), urls  # every patients' page first


@on_postgresql_ranking
def test_clinicians_jargon_finds_clinicians_pages_first(client, site_content):
    assert result_urls(search(client, "sins calculator"))[0] == "/for-clinicians/sins-calculator/"


def test_also_searched_for_lists_real_words_only(client, site_content):
    html = search(client, "spinal cord")
    assert result_titles(html)
    assert "spinals" not in html and "cords" not in html
    assert "Also searched for:" not in html
    html = search(client, "cement spine")
    synonyms = html.split('class="search-summary__synonyms">')[1].split("</p>")[0]
    assert "kyphoplasty" in synonyms and "spines" not in synonyms
