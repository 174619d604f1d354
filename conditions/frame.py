"""What every public page needs around its own content, read in as few queries as possible.

A page on this site shows, besides its own content: the home link and 'Request a consultation'
in the header, the main menu, breadcrumbs and the footer's links. Wagtail's defaults read these
one by one (each level of the URL, each `.public()` call, each link), which made a condition
page cost about 50 SQL queries. Here:

- `public(queryset)` leaves out pages under a view restriction, reading the restrictions once
  per request (Wagtail's `.public()` reads them again, in a query of its own, every time it is
  called);
- `find_site(request)` is Wagtail's `Site.find_for_request` in a lighter query;
- `route(request, path)` finds the page for a URL, all its ancestors and the home page's
  top-level sections in one query, and the page itself (with its locale and reviewer) in a
  second; anything unusual (a view restriction, an alias, another language, a page type that
  routes URLs itself, a page that is not found) goes to Wagtail's own routing, unchanged;
- `SiteFrame` holds the home page, the top-level sections and the page's ancestors for one
  request, so the header, menu, breadcrumbs, footer and the JSON-LD all read the same rows;
- `page_url(page, request)` is `page.get_url(request)` without a language switch and a URL
  reversal for each of the 70 or so links on a page.

Nothing here is kept between requests: every request reads the database afresh.
"""

import functools
import re
from contextvars import ContextVar
from urllib.parse import quote

from django.core.exceptions import FieldDoesNotExist
from django.core.signals import request_finished, request_started, setting_changed
from django.db.models import F, Q
from django.db.models.expressions import RawSQL
from django.http.request import split_domain_port
from django.urls import NoReverseMatch, get_urlconf, reverse
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.translation import get_supported_language_variant
from wagtail.coreutils import WAGTAIL_APPEND_SLASH, get_supported_content_language_variant
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

# The tree paths of the pages with a view restriction, read at most once per request: a dict
# while a request is being answered, None outside one (then read at every call).
_restrictions = ContextVar("view_restriction_paths", default=None)


def _request_started(**kwargs):
    _restrictions.set({})


def _request_finished(**kwargs):
    _restrictions.set(None)


request_started.connect(_request_started, dispatch_uid="conditions.frame.started")
request_finished.connect(_request_finished, dispatch_uid="conditions.frame.finished")


def restricted_paths():
    """The tree paths of every page with a view restriction (a password, a login, groups)."""
    memo = _restrictions.get()
    if memo is not None and "paths" in memo:
        return memo["paths"]
    paths = tuple(PageViewRestriction.objects.order_by().values_list("page__path", flat=True))
    if memo is not None:
        memo["paths"] = paths
    return paths


def is_restricted(page, paths=None):
    """True when `page` or one of its ancestors has a view restriction."""
    paths = restricted_paths() if paths is None else paths
    return any(page.path.startswith(path) for path in paths)


def public(queryset):
    """The pages of `queryset` that anyone may see: Wagtail's `.public()`, with the
    restrictions read once per request instead of once per call."""
    paths = restricted_paths()
    if not paths:
        return queryset
    private = Q()
    for path in paths:
        private |= Q(path__startswith=path)
    return queryset.exclude(private)


# Whether a page has another live language version. In the query of one page by its own
# model, the page table is "wagtailcore_page".
HAS_TRANSLATIONS = RawSQL(
    'EXISTS (SELECT 1 FROM "wagtailcore_page" AS other'
    ' WHERE other."translation_key" = "wagtailcore_page"."translation_key"'
    ' AND other."live" AND other."id" <> "wagtailcore_page"."id")',
    (),
)


def _active_language():
    try:
        return get_supported_language_variant(translation.get_language() or "")
    except LookupError:
        return None


def _sections_q(home):
    """The home page's top-level sections, in a page query."""
    return Q(depth=home.depth + 1, path__startswith=home.path, live=True)


def _in_tree_order(queryset):
    """The rows of a page query, sorted by tree path here rather than by the database: for a
    handful of rows Django's ORDER BY costs more to compile (it hashes every selected column)
    than the sort."""
    return sorted(queryset.order_by(), key=lambda page: page.path)


def _with_consultation_page(queryset):
    """Annotate the home page's row with the page 'Request a consultation' leads to."""
    return queryset.annotate(consultation_page_id=F("homepage__consultation_page_id"))


def find_site(request):
    """The site answering `request`: Wagtail's `Site.find_for_request`, in a lighter query.

    Wagtail's lookup reads every column of the site's root page and orders the candidates in
    SQL, which made it the dearest query of an uncached page. This reads the sites that can
    match with only the root page's place in the tree, and picks one by Wagtail's rules: the
    hostname and port, then the hostname of the default site, then the default site, unless
    exactly one other site has the hostname. Kept on the request, where Wagtail looks too.
    """
    if request is None:
        return None
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    hostname = split_domain_port(request._get_raw_host())[0]
    try:
        port = int(request.get_port())
    except (TypeError, ValueError):
        port = None
    sites = list(
        Site.objects.filter(Q(hostname=hostname) | Q(is_default_site=True))
        .annotate(
            root_path=F("root_page__path"),
            root_url_path=F("root_page__url_path"),
            root_depth=F("root_page__depth"),
            root_locale_id=F("root_page__locale_id"),
        )
        .order_by()
    )

    def match(site):
        if site.hostname == hostname and site.port == port:
            return 0
        if site.hostname == hostname and site.is_default_site:
            return 1
        return 2 if site.is_default_site else 3

    sites.sort(key=match)
    site = None
    if len(sites) == 1 or (sites and match(sites[0]) < 2):
        site = sites[0]
    elif sites and match(sites[0]) == 2:
        site = sites[len(sites) == 2]
    request._wagtail_site = site
    return site


class _SiteRoot:
    """What routing needs of a site's root page before reading it: its place in the tree."""

    def __init__(self, site):
        self.pk = site.root_page_id
        if hasattr(site, "root_path"):
            self.path, self.url_path = site.root_path, site.root_url_path
            self.depth, self.locale_id = site.root_depth, site.root_locale_id
        else:  # a site found by Wagtail's own lookup
            root = site.root_page
            self.path, self.url_path = root.path, root.url_path
            self.depth, self.locale_id = root.depth, root.locale_id


class SiteFrame:
    """The home page, its live public top-level sections and the current page's ancestors."""

    def __init__(self, home, sections, page=None, ancestors=None):
        self.home = home
        self.sections = sections
        # The ancestors of `page`, when the route that found it read them already.
        self._ancestors = (page.pk, ancestors) if page is not None else None
        self._by_id = {p.pk: p for p in [home, *sections]}

    # -- building ---------------------------------------------------------------------------

    @classmethod
    def for_request(cls, request, page=None):
        """The frame of this request (built once, kept on the request)."""
        frame = getattr(request, "_site_frame", None) if request is not None else None
        if frame is not None and (page is None or frame.home.locale_id == page.locale_id):
            return frame
        frame = cls._build(request, page)
        if request is not None and frame is not None:
            request._site_frame = frame
        return frame

    @classmethod
    def _build(cls, request, page):
        site = find_site(request)
        if site is None:
            return None
        home = _SiteRoot(site)
        if isinstance(page, Page) and page.locale_id != home.locale_id:
            root = site.root_page
            home = root.get_translation_or_none(page.locale) or root
        rows = _in_tree_order(
            _with_consultation_page(
                public(Page.objects.filter(Q(pk=home.pk, live=True) | _sections_q(home)))
            )
        )
        found = next((row for row in rows if row.pk == home.pk), None)
        if found is not None:
            if found.pk == site.root_page_id:
                site.root_page = found
            home = found
        else:
            if isinstance(home, _SiteRoot):  # the root is not live or not public
                home = site.root_page
            if not hasattr(home, "consultation_page_id"):
                home.consultation_page_id = None
        return cls(home, [row for row in rows if row.pk != home.pk])

    # -- reading ----------------------------------------------------------------------------

    @property
    def menu(self):
        return [page for page in self.sections if page.show_in_menus]

    def section_of_type(self, model):
        """The first top-level section of a page type (the location, the team page)."""
        return next((p for p in self.sections if p.specific_class is model), None)

    def pages(self, ids):
        """Live public pages by id, in the order given: from the frame when they are sections,
        else in one query."""
        ids = [pk for pk in ids if pk]
        missing = [pk for pk in ids if pk not in self._by_id]
        if missing:
            for page in public(Page.objects.live().filter(pk__in=missing)):
                self._by_id[page.pk] = page
        return [self._by_id[pk] for pk in ids if pk in self._by_id]

    @property
    def consultation_page(self):
        found = self.pages([getattr(self.home, "consultation_page_id", None)])
        return found[0] if found else None

    def ancestors(self, page):
        """The live ancestors of `page` below the tree's root, home first."""
        if not isinstance(page, Page) or page.depth <= self.home.depth:
            return []
        if self._ancestors is not None and self._ancestors[0] == page.pk:
            return self._ancestors[1]
        known = [p for p in [self.home, *self.sections] if page.path.startswith(p.path)]
        known = [p for p in known if p.depth < page.depth]
        if len(known) == page.depth - self.home.depth:
            return known
        return list(page.get_ancestors().filter(depth__gt=1).live())


def _routes_itself(model):
    return model.route is not Page.route


def route(request, path):
    """The page for `path` on this request's site, or None to leave it to Wagtail.

    Sets up the request's `SiteFrame` on the way. The page answers `get_view_restrictions()`
    with no restrictions without asking again: the query that found it checked the page and
    every ancestor.
    """
    site = find_site(request)
    if site is None:
        return None
    home = _SiteRoot(site)
    components = [part for part in path.split("/") if part]
    url_paths = [home.url_path]
    for part in components:
        url_paths.append(url_paths[-1] + part + "/")
    rows = _in_tree_order(
        _with_consultation_page(
            Page.objects.filter(
                Q(url_path__in=url_paths, path__startswith=home.path) | _sections_q(home)
            )
        ).annotate(language_code=F("locale__language_code"))
    )
    chain = {row.url_path: row for row in rows if row.url_path in url_paths}
    if len(chain) != len(url_paths):
        return None  # not found here: Wagtail's routing gives the 404 (or finds a subroute)
    chain = [chain[url_path] for url_path in url_paths]
    site.root_page = chain[0]
    target = chain[-1]
    if chain[0].language_code != _active_language():
        return None  # another language's pages: Wagtail finds the translation
    private = restricted_paths()
    if any(is_restricted(row, private) or row.alias_of_id for row in chain) or not target.live:
        return None
    if any(_routes_itself(row.specific_class) for row in chain if row.specific_class):
        return None
    model = target.specific_class
    if model is None:
        return None
    related = ["locale"] + (["reviewed_by"] if _has_field(model, "reviewed_by") else [])
    page = next(
        iter(
            model.objects.select_related(*related)
            .annotate(has_translations=HAS_TRANSLATIONS)
            .filter(pk=target.pk)
            .order_by()
        ),
        None,
    )
    if page is None:
        return None
    # Checked above for the page and all its ancestors.
    page.get_view_restrictions = PageViewRestriction.objects.none
    home_row = chain[0]
    sections = [
        row
        for row in rows
        if row.depth == home.depth + 1 and row.live and not is_restricted(row, private)
    ]
    ancestors = [row for row in chain[:-1] if row.live]
    frame_home = page if target.pk == home_row.pk else home_row
    request._site_frame = SiteFrame(frame_home, sections, page=page, ancestors=ancestors)
    return RouteResult(page)


def _has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def serve(request, path):
    """Wagtail's page view, with the fast route above tried first."""
    from wagtail.views import serve as wagtail_serve

    if not hasattr(request, "_wagtail_route_for_request"):
        found = route(request, path)
        if found is not None:
            request._wagtail_route_for_request = found
    return wagtail_serve(request, path)


# -- page URLs -------------------------------------------------------------------------------


@functools.cache
def _serve_path():
    """The page paths Wagtail's page view takes (its URL pattern)."""
    from wagtail.urls import serve_pattern

    return re.compile(serve_pattern)


@functools.lru_cache(maxsize=32)
def _serve_prefix(language, urlconf):
    """Where pages of `language` start ('/' or '/es/'), or None when pages are not served."""
    try:
        with translation.override(language):
            return reverse("wagtail_serve", urlconf=urlconf, args=("",))
    except NoReverseMatch:
        return None


def _urlconf_changed(setting, **kwargs):
    if setting in {"ROOT_URLCONF", "LANGUAGES", "LANGUAGE_CODE"}:
        _serve_prefix.cache_clear()


setting_changed.connect(_urlconf_changed, dispatch_uid="conditions.frame.urlconf_changed")


def page_url(page, request=None, full=False):
    """What `page.get_url(request)` returns (`page.get_full_url(request)` with `full`).

    Wagtail's `get_url_parts` switches to the page's language and reverses the page view's URL
    for every link. On a site of one root per language the result is the language's prefix
    followed by the page's path below its root, so this reverses once per language and
    process; anything else (several sites, a path the page view would not take) is left to
    Wagtail.
    """
    roots = page._get_relevant_site_root_paths(request)
    sites = {root.site_id for root in page._get_site_root_paths(request)}
    if len(sites) != 1 or not roots or not WAGTAIL_APPEND_SLASH:
        return page.get_full_url(request) if full else page.get_url(request)
    site_id, root_path, root_url, language = roots[0]
    try:
        active = translation.get_language()
        if get_supported_content_language_variant(active) == language:
            language = active
    except LookupError:
        pass
    relative = page.url_path[len(root_path) :]
    prefix = _serve_prefix(language, get_urlconf())
    if prefix is None or not _serve_path().match(relative):
        return page.get_full_url(request) if full else page.get_url(request)
    path = prefix + quote(relative, safe=RFC3986_SUBDELIMS + "/~:@")
    return root_url + path if full else path
