"""Views outside the page tree: search, robots.txt, icons at the root, and error pages."""

import logging

from django.conf import settings
from django.core.paginator import Paginator
from django.db import connections
from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page, Site

from . import contact_cache, languages
from .cache import record_search_hit
from .search import (
    clean_query,
    clinician_sections,
    correct,
    expand,
    is_clinician_page,
    is_clinician_query,
    site_vocabulary,
    summarise,
)

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
# Matches ranked for one search, at most; any more are counted as "more than" this.
MAX_RANKED = 100


def _search_root(request):
    """The home page searched from: the site's root in the active language."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return root
    if root.locale_id != locale.pk:
        root = root.get_translation_or_none(locale) or root
    return root


def _ranked_candidates(pages, query, patients_first=True):
    """The best matches for `query` among the first MAX_RANKED pages that match it, best first,
    and whether more pages match than were ranked. With `patients_first`, pages written for
    clinicians (referral, their tools and section) come after every page for patients.

    Ranking (and counting) every match costs time in proportion to the size of the site: a word
    used on thousands of library articles would be scored on every one of them. So the
    candidates are the first matches in the order of the page tree, which reaches the site's
    sections and main pages before the depths of the library, and only they are scored, in the
    same query. That bounds the work whatever the size of the site."""
    results = (
        pages.order_by("path")
        .only("pk", "content_type", "path")
        .search(query, order_by_relevance=False)
        .annotate_score("search_score")[: MAX_RANKED + 1]
    )
    candidates = list(results)
    more = len(candidates) > MAX_RANKED
    candidates = candidates[:MAX_RANKED]
    # SQLite's full-text index scores better matches lower; PostgreSQL's scores them higher.
    # Ties go to the newer page, as in the search backends' own ordering.
    sign = 1 if connections[pages.db].vendor == "sqlite" else -1
    worst = float("inf")
    sections = clinician_sections() if patients_first else ()
    candidates.sort(
        key=lambda page: (
            patients_first and is_clinician_page(page, sections),
            worst if page.search_score is None else sign * page.search_score,
            -page.pk,
        )
    )
    return candidates, more


def _run_search(pages, expanded):
    """Results for all of the query's concepts; failing that, for any of them.
    Returns (results best first, whether there are more than those, whether any-word)."""
    patients_first = not is_clinician_query(expanded.text)
    results, more = _ranked_candidates(pages, expanded.search_query("and"), patients_first)
    if results or len(expanded.concepts) < 2:
        return results, more, False
    results, more = _ranked_candidates(pages, expanded.search_query("or"), patients_first)
    return results, more, True


def _search_corrected(pages, root, query, language, found):
    """When the words as typed found nothing, or not all together: the search for the closest
    words of the site's pages ("metastisis" -> "metastasis"), if that does better.
    Returns (corrected query, its expanded query, its _run_search answer) or None."""
    results, _more, any_words = found
    if (results and not any_words) or root is None:
        return None
    corrected = correct(query, site_vocabulary(root, language), language, pages.db)
    if not corrected:
        return None
    expanded = expand(corrected, language)
    better = _run_search(pages, expanded)
    if not better[0] or (results and better[2]):
        return None
    return corrected, expanded, better


@require_GET
def search(request):
    """Search every live page of the site, with synonyms, promotions and highlighted summaries."""
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    context = {"search_query": query, "raw_query": raw.strip()[:200], "results": None}
    if not query:
        return render(request, "search/search.html", context)

    root = _search_root(request)
    pages = Page.objects.live().public()
    if root is not None:
        pages = pages.descendant_of(root, inclusive=True)
    language = get_language()
    expanded = expand(query, language)
    found = _run_search(pages, expanded)
    correction = _search_corrected(pages, root, query, language, found)
    corrected = None
    if correction is not None:
        corrected, expanded, found = correction
    results, more_results, any_words = found

    paginator = Paginator(results, RESULTS_PER_PAGE)
    page_number = request.GET.get("page", "1")
    results_page = paginator.get_page(page_number)

    promotions, promoted_pages = [], {}
    search_record = Query.get(query)
    counted = page_number in ("", "1")  # one hit per search, not per page of results
    if counted:
        record_search_hit(search_record)
    if results_page.number == 1:
        picks = list(search_record.editors_picks.all())
        # A promoted page shows only while anyone may see it (live, no view restriction).
        promoted_pages = {
            page.pk: page
            for page in Page.objects.live()
            .public()
            .filter(pk__in=[p.page_id for p in picks if p.page_id])
            .specific()
        }
        promotions = [p for p in picks if p.page_id is None or p.page_id in promoted_pages]
    promoted_ids = set(promoted_pages)

    ids = [page.pk for page in results_page.object_list]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    terms = expanded.terms
    context.update(
        results=[summarise(specific[pk], terms) for pk in ids if pk in specific],
        results_page=results_page,
        paginator=paginator,
        promotions=[
            {
                "promotion": p,
                "page": promoted_pages.get(p.page_id),
                "url": (
                    promoted_pages[p.page_id].get_url(request)
                    if p.page_id
                    else p.external_link_url
                ),
                "title": p.title,
            }
            for p in promotions
        ],
        promoted_ids=promoted_ids,
        any_words=any_words,
        more_results=more_results,
        synonyms_used=expanded.synonyms_used(),
        corrected_query=corrected,
        corrected_url=reverse("search", query={"q": corrected}) if corrected else None,
    )
    response = render(request, "search/search.html", context)
    if counted:
        # Served again from the page cache, this search still counts (spineclinic/cache.py).
        response.search_query_counted = query
    return response


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        "Disallow: /es/search/",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def static_redirect(path):
    """A view that sends a root-level file (favicon.ico, apple-touch-icon.png) to its static
    copy, which carries a long cache lifetime."""

    @require_GET
    def view(request):
        response = HttpResponseRedirect(static(path))
        response["Cache-Control"] = "public, max-age=86400"
        return response

    return view


def page_not_found(request, exception=None):
    """The 404 page in the site's design, with search and the practice's phone number; or, for
    a Spanish address of a page that has no Spanish yet, that page in English."""
    try:
        english = languages.english_page_for(request)
    except Exception:
        logger.exception("Could not look for the page in its own language.")
        english = None
    if english is not None:
        return languages.redirect_to_its_language(english, request)
    try:
        return render(request, "404.html", status=404)
    except Exception:
        logger.exception("The 404 page could not be rendered.")
        return _plain_error_response(status=404)


def bad_request(request, exception=None):
    """The 400 page (more than 100 files, a field over 2.5 MB, a malformed post): the site's
    own words and phone numbers, like the 500 page and without the database, since it can
    come before any view runs. No-store: it answers one person's post."""
    response = _plain_error_response(status=400, contact=contact_cache.recall_or_load())
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    """The 500 page. It must work with the database down, so it reads nothing from it: the
    phone numbers come from what pages last rendered (see contact_cache)."""
    return _plain_error_response(status=500)


FALLBACK_HTML = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title></head>
<body><main><h1>{title}</h1>
<p>{again}</p>{phone}
<p><strong>{emergency}</strong> {emergency_more}</p></main></body></html>
"""


def _fallback_html(contact):
    """The error page when even the template cannot be rendered: no template, no database,
    in the language of the address (LocaleMiddleware has activated it when it was reached)."""
    phone = ""
    if contact and contact.get("main_phone"):
        # The same words as the 500 template's, so one translation serves both.
        phone = "<p>{}</p>".format(
            gettext('To speak to us, call <a href="%(href)s">%(phone)s</a>.')
            % {"href": escape(contact["main_phone_href"]), "phone": escape(contact["main_phone"])}
        )
    return FALLBACK_HTML.format(
        lang=escape(get_language() or settings.LANGUAGE_CODE),
        title=escape(gettext("Sorry, there is a problem with this website")),
        again=escape(gettext("Please try again later.")),
        phone=phone,
        emergency=escape(gettext("If this is an emergency, call 911")),
        emergency_more=escape(gettext("or go to the nearest emergency department.")),
    )


def _plain_error_response(status, contact=None):
    contact = contact or contact_cache.recall()
    try:
        html = loader.get_template("500.html").render({"contact": contact, "status": status})
    except Exception:
        logger.exception("The error page template could not be rendered.")
        html = _fallback_html(contact)
    return HttpResponseServerError(html) if status == 500 else HttpResponse(html, status=status)
