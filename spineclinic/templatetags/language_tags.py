"""The link to the same page in the site's other language."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, gettext, override
from wagtail.models import Page, Site

register = template.Library()

NATIVE_NAMES = {"en": "English", "es": "Español"}


def _home_in(language, request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    if root.locale.language_code == language:
        return root
    return root.get_translations().filter(locale__language_code=language).live().first()


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """For each other language: the same page in it, when it is translated (live, public);
    else that language's home page, saying so in that language. Views that are not pages
    (search) keep their address and query."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        if code == current or request is None:
            continue
        url, note = None, ""
        if isinstance(page, Page) and page.pk:
            translation = (
                page.get_translations(inclusive=True)
                .filter(locale__language_code=code)
                .live()
                .public()
                .first()
            )
            if translation is not None:
                url = translation.get_url(request)
            else:
                home = _home_in(code, request)
                url = home.get_url(request) if home is not None else None
                with override(code):
                    note = gettext("This page is not translated yet: go to the home page")
        else:
            url = translate_url(request.get_full_path(), code)
        if url:
            links.append(
                {"code": code, "name": NATIVE_NAMES.get(code, code), "url": url, "note": note}
            )
    return {"links": links}
