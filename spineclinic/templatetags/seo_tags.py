"""Titles, descriptions, social cards and JSON-LD for the page being rendered."""

import json
from html import unescape
from urllib.parse import urljoin

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import conditional_escape, strip_tags
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

register = template.Library()

# What json_script escapes, so that nothing in the JSON can end its <script> element.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}

# Shared when a page has no image of its own: the site's icon on its brand colour.
DEFAULT_SHARE_IMAGE = "img/share.png"
DEFAULT_SHARE_IMAGE_SIZE = (1200, 630)


# Search engines show about this many characters of a title.
TITLE_LIMIT = 60


class FullTitleNode(template.Node):
    def __init__(self, nodelist, site_name):
        self.nodelist = nodelist
        self.site_name = site_name

    def render(self, context):
        title = " ".join(self.nodelist.render(context).split())
        name = conditional_escape(self.site_name.resolve(context) or "")
        full = f"{title} | {name}" if title and name else title or name
        return full if len(unescape(full)) < TITLE_LIMIT else title


@register.tag
def full_title(parser, token):
    """{% full_title site_name %}page title{% endfull_title %}: "page title | site name" when
    that fits in a search result, else the page's own title alone."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("full_title takes the site's name")
    nodelist = parser.parse(("endfull_title",))
    parser.delete_first_token()
    return FullTitleNode(nodelist, parser.compile_filter(bits[1]))


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
    canonical = page.get_full_url(request) if page is not None else None
    image_url, image_size, image_alt = None, None, ""
    hero = getattr(page, "hero_image", None) if page is not None else None
    site = Site.find_for_request(request)
    if site is not None:
        # The image file itself, on the site's canonical address (as the canonical URL).
        root = f"{site.root_url}/"
        if hero is not None:
            rendition = hero.get_rendition("fill-1200x630|format-jpeg")
            image_url = urljoin(root, rendition.url)
            image_size = (rendition.width, rendition.height)
            image_alt = getattr(page, "hero_heading", "")
        else:
            image_url = urljoin(root, static(DEFAULT_SHARE_IMAGE))
            image_size = DEFAULT_SHARE_IMAGE_SIZE
            image_alt = clinic.practice_name if clinic else ""
    alternates = []
    if page is not None and page.get_translations().live().exists():
        # Only the language versions anyone may see: live, with no view restriction.
        translations = list(
            page.get_translations(inclusive=True).live().public().select_related("locale")
        )
        if len(translations) > 1:
            alternates = [
                (translation.locale.language_code, translation.get_full_url(request))
                for translation in translations
            ]
    language = page.locale.language_code if page is not None else "en"
    # Visitors whose language the site does not have get the default language's version.
    x_default = next((url for code, url in alternates if code == settings.LANGUAGE_CODE), None)
    return {
        "title": title,
        "description": description,
        "canonical": canonical,
        "alternates": alternates,
        "x_default": x_default,
        "og_type": "website" if page is None or page.depth <= 2 else "article",
        "og_locale": {"en": "en_US", "es": "es_US"}.get(language, language),
        "site_name": clinic.practice_name if clinic else "",
        "image_url": image_url,
        "image_size": image_size,
        "image_alt": image_alt,
    }


def _json_nodes(nodes):
    """Schema.org nodes as the comma-separated members of a JSON array, safe inside a
    <script> element (<, > and & escaped, as json_script does)."""
    text = ",".join(json.dumps(node, ensure_ascii=False, separators=(",", ":")) for node in nodes)
    return mark_safe(text.translate(JSON_SCRIPT_ESCAPES))  # noqa: S308  # nosec B308 B703


def _builder(context, ancestors=None):
    from conditions.structured_data import graph_builder

    page = _page(context)
    if page is None:
        return None
    return graph_builder(
        page, context.get("request"), context.get("clinic"), context.flatten(), ancestors
    )


@register.simple_tag(takes_context=True)
def page_json_ld(context, ancestors=None):
    """The page's own schema.org nodes (JSON, comma-separated), or '' for anything else.
    `ancestors`: the breadcrumb trail the page shows."""
    builder = _builder(context, ancestors)
    return _json_nodes(builder.page_nodes()) if builder else ""


@register.simple_tag(takes_context=True)
def site_json_ld(context):
    """The website's and the practice's schema.org nodes (JSON, comma-separated), the same on
    every page of a language: the home page describes the practice in full."""
    builder = _builder(context)
    return _json_nodes(builder.site_nodes()) if builder else ""
