"""Template tags for the site's shared parts: navigation, breadcrumbs, phone links, sections."""

import logging
import time
from collections import defaultdict

from django import template
from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.utils.text import slugify
from wagtail.blocks import StreamValue
from wagtail.models import Page, Site

from spineclinic import contact_cache, languages, redflags
from spineclinic.cache import current_generation
from spineclinic.models import tel_href
from spineclinic.opening_hours import describe as hours_in_language

logger = logging.getLogger(__name__)

# How long a shared fragment is kept; a content change makes it stale long before (its key
# has the content generation in it).
FRAGMENT_SECONDS = 86400

register = template.Library()


@register.filter
def opening_hours(text):
    """The clinic's hours in the language being served (spineclinic/opening_hours.py)."""
    return hours_in_language(text)


@register.filter
def tel(number):
    """A phone number as a tel: link target."""
    return tel_href(number)


@register.filter
def urgency_label(urgency):
    """The fixed label of an urgency level, e.g. 'Emergency: get help now'."""
    try:
        return redflags.Level(urgency).label
    except ValueError:
        return redflags.Level.ROUTINE.label


@register.simple_tag
def red_flags(level="emergency", audience="patient"):
    """The red-flag table's signs of one level (spineclinic/redflags.py)."""
    return redflags.of_level(level, audience)


@register.filter
def heading_tag(level, shift=0):
    """'h2' shifted down by `shift` levels (never past h6): heading_tag('h2', 1) -> 'h3'."""
    number = int(str(level).lstrip("hH") or 2) + int(shift or 0)
    return f"h{min(max(number, 2), 6)}"


@register.simple_tag
def content_generation():
    """The page cache's content generation (spineclinic/cache.py). Every shared template
    fragment has it in its cache key, so whatever makes the stored pages stale (a publish, the
    clinic settings, a view restriction...) makes the fragments stale too."""
    try:
        return current_generation()
    except Exception:
        # The cache cannot be read: no fragment stored earlier may be trusted, so this render
        # gets a key of its own.
        logger.warning("Could not read the content generation.")
        return f"unknown-{time.time_ns()}"


def _home(context):
    """The site's home page (Wagtail's `Site.find_for_request`), in the page's language."""
    site = Site.find_for_request(context.get("request"))
    if site is None:
        return None
    home = site.root_page
    page = context.get("page")
    if isinstance(page, Page):
        if page.locale_id != home.locale_id:
            home = home.get_translation_or_none(page.locale) or home
        return home
    return home.localized


def _section_path(page, home):
    """The tree path of the top-level section `page` is in ('' outside one)."""
    if not isinstance(page, Page) or home is None or not page.path.startswith(home.path):
        return ""
    if page.depth <= home.depth:
        return ""
    return page.path[: (home.depth + 1) * Page.steplen]


@register.simple_tag(takes_context=True)
def nav_key(context):
    """What the header and menu show besides the content: the site's home page (so its site
    and language), the section the page is in (highlighted in the menu) and, when the header
    links to the page itself (the home page, a section, the consultation page), the page."""
    home = _home(context)
    if home is None:
        return "none"
    page = context.get("page")
    section = _section_path(page, home)
    current = ""
    if isinstance(page, Page) and (
        page.depth <= home.depth + 1 or page.pk == _consultation_page_id(home)
    ):
        current = page.pk
    return f"{home.pk}:{section}:{current}"


def _consultation_page_id(home):
    """The id of the page 'Request a consultation' leads to (chosen on the home page), kept in
    the cache for the content generation: every page's header key asks for it."""
    from conditions.models import HomePage

    def read():
        found = HomePage.objects.filter(pk=home.pk).values_list("consultation_page_id", flat=True)
        return found.first() or 0

    key = f"sitetags:consultation-page:{content_generation()}:{home.pk}"
    cache = caches[
        "template_fragments" if "template_fragments" in settings.CACHES else DEFAULT_CACHE_ALIAS
    ]
    return cache.get_or_set(key, read, FRAGMENT_SECONDS) or None


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page, for the header's link."""
    return _home(context)


@register.simple_tag(takes_context=True)
def consultation_page(context):
    """The page 'Request a consultation' leads to, chosen on the home page, when anyone may
    see it; else None."""
    home = _home(context)
    page_id = _consultation_page_id(home) if home is not None else None
    if page_id is None:
        return None
    pages = Page.objects.live().public().specific(defer=True)
    return languages.chosen_in_language(pages, [page_id]).get(page_id)


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The home page's sections shown in menus that anyone may see, in the tree's order."""
    home = _home(context)
    if home is None:
        return []
    # As their own page types (without reading their own fields), so a page type's URL
    # (get_url_parts) is the one linked.
    return list(home.get_children().live().public().in_menu().specific(defer=True))


@register.inclusion_tag("components/primary_nav.html", takes_context=True)
def primary_nav(context):
    page = context.get("page")
    current_path = page.path if isinstance(page, Page) else ""
    return {
        "home": _home(context),
        "items": [
            (item, current_path.startswith(item.path), current_path == item.path)
            for item in menu_pages(context)
        ],
        "request": context.get("request"),
    }


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context):
    """The live ancestors of the page below the tree's root, home first: read once (lazily)
    for the breadcrumbs and the JSON-LD."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return Page.objects.none()
    return page.get_ancestors().filter(depth__gt=1).live().specific(defer=True)


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, trail):
    page = context.get("page")
    ancestors = list(trail or [])
    if not isinstance(page, Page) or not ancestors:
        return {"ancestors": []}
    return {
        "ancestors": ancestors,
        "page": page,
        "parent": ancestors[-1],
        "request": context.get("request"),
    }


@register.simple_tag(takes_context=True)
def urgency_action(context, urgency, call_now=False):
    """The practice's approved wording for an urgency level (the urgent care wording snippet),
    with its phone number (and, for the urgent line, its hours and what to do outside them)."""
    clinic = context["settings"]["spineclinic"]["ClinicSettings"]
    advice = context.get("care_advice") or care_advice_now()
    if urgency == redflags.Level.EMERGENCY:
        return {"text": advice.emergency_action, "phone": "911", "href": "tel:911"}
    if urgency == redflags.Level.SAME_DAY:
        return {
            "text": advice.urgent_action_now if call_now else advice.urgent_action,
            "phone": clinic.urgent_phone,
            "href": clinic.urgent_phone_href,
            "hours": advice.urgent_hours,
            "out_of_hours": advice.out_of_hours,
        }
    return {
        "text": advice.routine_action,
        "phone": clinic.main_phone,
        "href": clinic.main_phone_href,
    }


def care_advice_now():
    from conditions.models import CareAdvice

    return CareAdvice.current()


def _blocks(stream):
    return list(stream or [])


def _heading_text(block):
    return block.value["text"] if block.block_type == "heading" else None


@register.simple_tag
def section_stream(stream, section_heading):
    """How to render a StreamField under a section heading the template supplies.

    Returns a dict: `blocks` to render and `shift`, how many levels the stream's own headings
    move down so they nest under the section's h2. A stream that opens with the section's own
    heading loses that block rather than saying it twice.
    """
    blocks = _blocks(stream)
    if blocks and (_heading_text(blocks[0]) or "").strip().lower() == section_heading.lower():
        # The editor wrote the section heading into the content: its subheadings are already
        # one level below it.
        return {"blocks": blocks[1:], "shift": 0}
    has_h2 = any(b.block_type == "heading" and b.value["level"] == "h2" for b in blocks)
    return {"blocks": blocks, "shift": 1 if has_h2 else 0}


def _stream_entries(stream):
    entries = []
    for block in _blocks(stream):
        if block.block_type == "heading" and block.value["level"] == "h2":
            entries.append((slugify(block.value["text"]), block.value["text"]))
        elif block.block_type in {"faq", "related_pages"}:
            entries.append((block_anchor(block.value["heading"]), block.value["heading"]))
    return entries


@register.filter
def section_link(content, link):
    """'anchor|Text' when a section has content, else '' (for the contents tag)."""
    return link if content else ""


@register.simple_tag
def contents(*items):
    """The 'On this page' list: (anchor, text) pairs, in order, from StreamFields (their h2
    headings and question-and-answer and related-page blocks) and 'anchor|Text' strings for
    the sections a template adds. Empty items are skipped."""
    entries = []
    for item in items:
        if isinstance(item, StreamValue):
            entries.extend(_stream_entries(item))
        elif item:
            anchor, _, text = str(item).partition("|")
            entries.append((anchor, text))
    return entries


@register.filter
def block_anchor(text):
    """The id of a heading that a block renders (FAQ, related pages)."""
    return slugify(text)


@register.simple_tag(takes_context=True)
def remember_contact(context):
    """Keep the practice's phone numbers where the 500 page can read them without the
    database. Renders nothing."""
    clinic = context.get("clinic")
    if clinic is not None and getattr(clinic, "pk", None):
        contact_cache.remember(clinic, context.get("care_advice"))
    return ""


@register.filter
def live_pages(pages):
    """The pages of a page chooser list that anyone may see (live, and not behind a password,
    login or group restriction), in the editor's order, as their own page types."""
    chosen = [page for page in pages or [] if page is not None and page.live]
    by_model = defaultdict(list)
    for page in chosen:
        by_model[page.specific_class or Page].append(page.pk)
    by_id = {}
    # The chooser has read each page's type already: one query per type, not one more to ask.
    # Each page is shown in the language being served when it has a translation there.
    locale = languages.active_locale()
    for model, ids in by_model.items():
        allowed = model.objects.live().public().defer_streamfields()
        by_id.update(languages.chosen_in_language(allowed, ids, locale))
    return [by_id[page.pk] for page in chosen if page.pk in by_id]


@register.filter
def public_page(page):
    """A chosen page, when anyone may see it (live, no view restriction); else None."""
    if not isinstance(page, Page) or not page.live:
        return None
    model = page.specific_class or Page
    allowed = model.objects.live().public().defer_streamfields()
    return languages.chosen_in_language(allowed, [page.pk]).get(page.pk)


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The footer's pages chosen in the clinic settings that anyone may see, in order, and the
    language assistance page (ClinicSettings.footer_links)."""
    clinic = context.get("clinic")
    if clinic is None:
        return {"pages": [], "language_assistance": None}
    return clinic.footer_links()


@register.simple_tag
def language_taglines(phone):
    """The notices of free language assistance, each in its own language, with the number."""
    return languages.taglines(phone)
