"""Template tags for the site's shared parts: navigation, breadcrumbs, phone links, sections."""

from django import template
from django.utils.text import slugify
from wagtail.blocks import StreamValue
from wagtail.models import Page, Site

from conditions.choices import Urgency
from spineclinic import contact_cache
from spineclinic.models import tel_href

register = template.Library()


@register.filter
def tel(number):
    """A phone number as a tel: link target."""
    return tel_href(number)


@register.filter
def urgency_label(urgency):
    """The fixed label of an urgency level, e.g. 'Emergency: get help now'."""
    try:
        return Urgency(urgency).label
    except ValueError:
        return Urgency.ROUTINE.label


@register.filter
def heading_tag(level, shift=0):
    """'h2' shifted down by `shift` levels (never past h6): heading_tag('h2', 1) -> 'h3'."""
    number = int(str(level).lstrip("hH") or 2) + int(shift or 0)
    return f"h{min(max(number, 2), 6)}"


def _home_for(context):
    """The site's home page in the current page's language (cached on the request)."""
    request = context.get("request")
    page = context.get("page")
    locale_id = page.locale_id if isinstance(page, Page) else None
    cache = getattr(request, "_spineclinic_home", None) if request else None
    if cache is not None and cache[0] == locale_id:
        return cache[1]
    site = Site.find_for_request(request) if request else None
    home = site.root_page if site else None
    if home is not None and locale_id and home.locale_id != locale_id:
        home = home.get_translation_or_none(page.locale) or home
    if home is not None:
        home = home.specific
    if request is not None:
        request._spineclinic_home = (locale_id, home)
    return home


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page, for the header's link and 'Request a consultation'."""
    return _home_for(context)


@register.simple_tag(takes_context=True)
def consultation_page(context):
    """The page 'Request a consultation' leads to, chosen on the home page; None if unset."""
    home = _home_for(context)
    target = getattr(home, "consultation_page", None)
    return target if target is not None and target.live else None


@register.inclusion_tag("components/primary_nav.html", takes_context=True)
def primary_nav(context):
    home = _home_for(context)
    items = home.get_children().live().public().in_menu() if home else []
    page = context.get("page")
    current_path = page.path if isinstance(page, Page) else ""
    return {
        "home": home,
        "items": [
            (item, current_path.startswith(item.path), current_path == item.path) for item in items
        ],
        "request": context.get("request"),
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": []}
    ancestors = list(page.get_ancestors().filter(depth__gt=1).live())
    return {"ancestors": ancestors, "page": page, "parent": ancestors[-1] if ancestors else None}


@register.simple_tag(takes_context=True)
def urgency_action(context, urgency):
    """The practice's fixed wording for an urgency level, with its phone number."""
    clinic = context["settings"]["spineclinic"]["ClinicSettings"]
    if urgency == "emergency":
        return {"text": clinic.emergency_action, "phone": "911", "href": "tel:911"}
    if urgency == "urgent":
        return {
            "text": clinic.urgent_action,
            "phone": clinic.urgent_phone,
            "href": clinic.urgent_phone_href,
        }
    return {
        "text": clinic.routine_action,
        "phone": clinic.main_phone,
        "href": clinic.main_phone_href,
    }


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
        contact_cache.remember(clinic)
    return ""


@register.simple_tag
def specific_pages(pages):
    """The live pages of a page chooser list as their own types, in order, in one query per
    page type (not one per card)."""
    ids = [page.pk for page in pages if page is not None]
    found = Page.objects.live().filter(pk__in=ids).specific().in_bulk()
    return [found[pk] for pk in ids if pk in found]
