"""The page cache: rendered public pages kept in the shared cache, and the headers that let a
proxy or CDN keep them too.

A page is stored only when nothing in it belongs to one visitor: a GET from a visitor with no
session (never a logged-in editor, never a patient who has just sent a form), from a view
listed in PAGE_CACHE_VIEWS (Wagtail pages, search, robots.txt, the sitemap), answered 200 with
no cookie set (a CSRF token always sets one), no CSP nonce, and no Cache-Control of its own
that forbids it (the request forms and the SINS calculator's results send `no-store`).

Every entry carries the content generation it was rendered under. Any change a visitor could
see (a page published, unpublished, moved or deleted; a snippet, setting, image, document,
redirect, view restriction, site or locale changed: spineclinic.invalidation reads the list
from Wagtail's registries) bumps the generation in the shared cache, so every worker of every
instance stops serving older entries at once; a draft saved does not. A publish changes menus,
cards and listings on other pages, so nothing finer than "everything" is safe.
"""

import hashlib
import logging
import re
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
SEARCH_HITS_KEY = "pagecache:search-hits:{}"
HEADER = "X-Page-Cache"
# Parameters that only tell analytics where a visitor came from: the page is the same.
TRACKING_PARAMETER = re.compile(r"^(utm_\w+|gclid|gbraid|wbraid|fbclid|msclkid|mc_cid|mc_eid)$")
# Only these Vary headers are known not to change a public page (language comes from the path).
KNOWN_VARY = {"cookie", "accept-language", "accept-encoding"}
FORBIDDING = {"no-store", "no-cache", "private"}
NEVER_CACHED_PREFIXES = ("/admin/", "/documents/", "/healthz", "/static/", "/media/")


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _view_name(view_func):
    return f"{view_func.__module__}.{view_func.__name__}"


def request_key(request):
    """The cache key for this request, or None when it must bypass the page cache."""
    if request.method not in ("GET", "HEAD"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return None
    if request.path.startswith(NEVER_CACHED_PREFIXES):
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    query = sorted(
        (name, value)
        for name, value in parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
        if not TRACKING_PARAMETER.match(name)
    )
    url = f"{request.scheme}://{host}{request.path}?{urlencode(query)}"
    return "pagecache:page:" + hashlib.sha256(url.encode()).hexdigest()


def current_generation(cache=None):
    """The content generation. A missing key (first start, or evicted) starts from the clock,
    so it is always past every generation an existing entry was stored under."""
    cache = cache or _cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def bump_generation():
    """Make every stored page stale, on every worker sharing this cache."""
    cache = _cache()
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # not set yet (or evicted): start past every stored entry
            cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
    except Exception:
        logger.exception("Could not invalidate the page cache.")


def invalidate():
    """Content changed: stale now, and again once the change is committed (a page rendered by
    another worker between the two saw the old data and is dropped by the second bump)."""
    bump_generation()
    transaction.on_commit(bump_generation)


def _cache_control(response):
    return {
        part.split("=", 1)[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
        if part.strip()
    }


def _vary(response):
    return {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v.strip()}


def is_shareable(request, response):
    """True when the response is the same for every anonymous visitor and may be kept by this
    cache, a proxy and a CDN."""
    if not getattr(request, "_page_cache_view", False):
        return False
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return False
    if response.streaming or response.cookies:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if isinstance(getattr(request, "_csp_nonce", None), str):
        return False  # a nonce is for one response only
    if _cache_control(response) & FORBIDDING:
        return False
    return _vary(response) <= KNOWN_VARY


class PageCacheMiddleware:
    """Serve stored public pages before sessions, authentication and the database are touched;
    store the ones that are safe to share; give every page view the right Cache-Control.

    Sits after the security and CSP middleware (their headers are added to every hit) and
    WhiteNoise (static files never get here), before the session middleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.views = set(settings.PAGE_CACHE_VIEWS)

    def __call__(self, request):
        key = request_key(request) if settings.PAGE_CACHE else None
        generation = None
        if key is not None:
            try:
                cache = _cache()
                # The generation and the entry in one round trip to the cache.
                found = cache.get_many([GENERATION_KEY, key])
                generation, entry = found.get(GENERATION_KEY), found.get(key)
                if generation is None:
                    generation, entry = current_generation(cache), None
            except Exception:
                logger.exception("Could not read the page cache.")
                key = entry = None
            if entry is not None and entry[0] == generation:
                return self.hit(entry)
        response = self.get_response(request)
        return self.after_render(request, response, key, generation)

    def process_view(self, request, view_func, view_args, view_kwargs):
        request._page_cache_view = _view_name(view_func) in self.views

    def hit(self, entry):
        _, status, headers, content, search_query = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response.headers[name] = value
        response[HEADER] = "hit"
        if search_query:
            count_cached_search(search_query)
        return response

    def after_render(self, request, response, key, generation):
        if not getattr(request, "_page_cache_view", False):
            return response
        if not is_shareable(request, response):
            # A page for one visitor (an editor, a patient with a session): no shared cache
            # may keep it.
            if "Cache-Control" not in response:
                response["Cache-Control"] = "private, no-cache"
            if settings.PAGE_CACHE and request.method in ("GET", "HEAD"):
                response[HEADER] = "skip"
            return response
        if "Cache-Control" not in response:
            response["Cache-Control"] = (
                f"public, max-age={settings.PAGE_CACHE_BROWSER_MAX_AGE}, "
                f"s-maxage={settings.PAGE_CACHE_SHARED_MAX_AGE}"
            )
        if key is not None and generation is not None and request.method == "GET":
            entry = (
                generation,
                response.status_code,
                list(response.headers.items()),
                response.content,
                getattr(response, "search_query_counted", None),
            )
            try:
                _cache().set(key, entry, settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.exception("Could not store a page in the page cache.")
            response[HEADER] = "miss"
        return response


def count_cached_search(query):
    """A search answered from the page cache still counts in Reports > Search terms: the hit
    waits in the cache until the same search is next rendered (record_search_hit)."""
    cache = _cache()
    key = SEARCH_HITS_KEY.format(hashlib.sha256(query.encode()).hexdigest())
    try:
        if not cache.add(key, 1, timeout=7 * 24 * 3600):
            cache.incr(key)
    except Exception:
        logger.warning("Could not count a cached search.")


def record_search_hit(search_record):
    """Add this search, and those served from the page cache since it was last rendered, to
    Wagtail's search-terms report."""
    from django.db.models import F
    from django.utils import timezone
    from wagtail.contrib.search_promotions.models import QueryDailyHits

    cache = _cache()
    key = SEARCH_HITS_KEY.format(hashlib.sha256(search_record.query_string.encode()).hexdigest())
    pending = 0
    try:
        pending = int(cache.get(key) or 0)
        if pending:
            cache.decr(key, pending)
    except Exception:
        pending = 0
    daily, _ = QueryDailyHits.objects.get_or_create(
        query=search_record, date=timezone.now().date()
    )
    QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + 1 + pending)
