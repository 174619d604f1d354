"""Template tags for the site's shared parts: navigation, breadcrumbs, phone links, sections."""

from django import template
from django.utils.text import slugify
from wagtail.blocks import StreamValue
from wagtail.models import Page

from spineclinic import contact_cache, languages, redflags
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


@register.simple_tag(takes_context=True)
def page_url(context, page):
    """Wagtail's `{% pageurl page %}`, without its per-link language switch and URL reversal
    (conditions.frame.page_url)."""
    from conditions.frame import page_url as url_of

    if not isinstance(page, Page):
        raise ValueError(f"page_url expected a Page object, got {page!r}")
    return url_of(page, context.get("request"))


def _frame(context):
    """The request's SiteFrame: home page, top-level sections, ancestors (conditions/frame.py)."""
    from conditions.frame import SiteFrame

    page = context.get("page")
    return SiteFrame.for_request(context.get("request"), page if isinstance(page, Page) else None)


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page, for the header's link."""
    frame = _frame(context)
    return frame.home if frame else None


@register.simple_tag(takes_context=True)
def consultation_page(context):
    """The page 'Request a consultation' leads to, chosen on the home page; None if unset."""
    frame = _frame(context)
    return frame.consultation_page if frame else None


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The home page's live public sections shown in menus, in the tree's order."""
    frame = _frame(context)
    return frame.menu if frame else []


@register.inclusion_tag("components/primary_nav.html", takes_context=True)
def primary_nav(context):
    frame = _frame(context)
    page = context.get("page")
    current_path = page.path if isinstance(page, Page) else ""
    return {
        "home": frame.home if frame else None,
        "items": [
            (item, current_path.startswith(item.path), current_path == item.path)
            for item in (frame.menu if frame else [])
        ],
        "request": context.get("request"),
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": []}
    frame = _frame(context)
    ancestors = frame.ancestors(page) if frame else []
    return {"ancestors": ancestors, "page": page, "parent": ancestors[-1] if ancestors else None}


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
    ids = [page.pk for page in pages or [] if page is not None]
    if not ids:
        return []
    found = Page.objects.live().public().filter(pk__in=ids).specific().defer_streamfields()
    by_id = {page.pk: page for page in found}
    return [by_id[pk] for pk in ids if pk in by_id]


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The footer's pages chosen in the clinic settings, live ones only, in order."""
    clinic = context.get("clinic")
    if clinic is None:
        return []
    frame = _frame(context)
    return frame.pages(clinic.footer_page_ids) if frame else clinic.footer_pages


@register.simple_tag
def language_taglines(phone):
    """The notices of free language assistance, each in its own language, with the number."""
    return languages.taglines(phone)
