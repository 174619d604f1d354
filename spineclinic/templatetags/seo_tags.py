"""Titles, descriptions, social cards and JSON-LD for the page being rendered."""

import json

from django import template
from django.templatetags.static import static
from django.utils.html import _json_script_escapes, strip_tags
from django.utils.safestring import mark_safe
from wagtail.models import Page

from conditions.frame import page_url, public

register = template.Library()

# Shared when a page has no image of its own: the site's icon on its brand colour.
DEFAULT_SHARE_IMAGE = "img/share.png"
DEFAULT_SHARE_IMAGE_SIZE = (1200, 630)


def _page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.simple_tag(takes_context=True)
def meta_title(context):
    """The page's own title: the Promote tab's title, else the home page's main heading or the
    page title."""
    page = _page(context)
    if page is None:
        return ""
    if page.seo_title:
        return page.seo_title
    return getattr(page, "hero_heading", "") or page.title


@register.simple_tag(takes_context=True)
def meta_description(context):
    """The Promote tab's description, else the page's summary (or the home page's text)."""
    page = _page(context)
    if page is None:
        return ""
    text = (
        page.search_description
        or getattr(page, "summary", "")
        or getattr(page, "hero_text", "")
        or getattr(page, "intro", "")
    )
    return " ".join(strip_tags(str(text)).split())


@register.inclusion_tag("includes/social_meta.html", takes_context=True)
def social_meta(context, title, description):
    """Canonical URL, language alternates, Open Graph and Twitter card tags."""
    request = context.get("request")
    page = _page(context)
    clinic = context.get("clinic")
    canonical = page_url(page, request, full=True) if page is not None else None
    image_url, image_size, image_alt = None, None, ""
    hero = getattr(page, "hero_image", None) if page is not None else None
    if request is not None:
        if hero is not None:
            rendition = hero.get_rendition("fill-1200x630|format-jpeg")
            image_url = request.build_absolute_uri(rendition.url)
            image_size = (rendition.width, rendition.height)
            image_alt = getattr(page, "hero_heading", "")
        else:
            image_url = request.build_absolute_uri(static(DEFAULT_SHARE_IMAGE))
            image_size = DEFAULT_SHARE_IMAGE_SIZE
            image_alt = clinic.practice_name if clinic else ""
    alternates = []
    # A page found by the site's router knows whether it has translations (conditions/frame.py).
    if page is not None and getattr(page, "has_translations", True):
        translations = public(page.get_translations(inclusive=True).live())
        if translations.count() > 1:
            alternates = [
                (translation.locale.language_code, page_url(translation, request, full=True))
                for translation in translations.select_related("locale")
            ]
    language = page.locale.language_code if page is not None else "en"
    return {
        "title": title,
        "description": description,
        "canonical": canonical,
        "alternates": alternates,
        "og_type": "website" if page is None or page.depth <= 2 else "article",
        "og_locale": {"en": "en_US", "es": "es_US"}.get(language, language),
        "site_name": clinic.practice_name if clinic else "",
        "image_url": image_url,
        "image_size": image_size,
        "image_alt": image_alt,
    }


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's schema.org JSON-LD in a data block (not executed, so CSP-safe)."""
    from conditions.structured_data import page_graph

    page = _page(context)
    graph = (
        page_graph(page, context.get("request"), context.get("clinic"), context.flatten())
        if page
        else None
    )
    if not graph:
        return ""
    data = json.dumps(graph, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(  # noqa: S308 - JSON with <, > and & escaped, as json_script does  # nosec B308 B703
        f'<script type="application/ld+json">{data.translate(_json_script_escapes)}</script>'
    )
