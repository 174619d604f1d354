"""Which language a visitor asked for, and what to do when a page has no translation in it.

English pages live at /, Spanish ones at /es/ (i18n_patterns). A Spanish address never serves
an English page as if it were Spanish: an address under /es/ that finds no Spanish page, but
names an English one, is sent to that English page, so there is one address per page and
language (never a duplicate under /es/).
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.utils.translation import get_language_from_path
from wagtail.models import Site


def language_of_path(path):
    """The language an address asks for by its prefix (the default language without one)."""
    return get_language_from_path(path) or settings.LANGUAGE_CODE


def english_page_for(request):
    """The live, public page of another language at the address a prefixed URL asked for
    (/es/symptoms/back-pain/ names /symptoms/back-pain/), or None."""
    language = get_language_from_path(request.path_info)
    if not language or language == settings.LANGUAGE_CODE:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    rest = request.path_info.removeprefix(f"/{language}/")
    components = [component for component in rest.split("/") if component]
    try:
        page, _args, _kwargs = site.root_page.specific.route(request, components)
    except Http404:
        return None
    if page.locale.language_code == language or page.get_view_restrictions():
        return None
    return page


def redirect_to_its_language(page, request):
    """A temporary redirect to the page at its own language's address (temporary: a
    translation may be published later at the asked-for address)."""
    return HttpResponseRedirect(page.get_url(request))


def serve_in_its_language(page, request, serve_args, serve_kwargs):
    """`before_serve_page`: a page of one language asked for at another language's address
    (as Wagtail does for /es/ before any Spanish home page exists) goes to its own address."""
    if language_of_path(request.path_info) != page.locale.language_code:
        return redirect_to_its_language(page, request)
    return None
