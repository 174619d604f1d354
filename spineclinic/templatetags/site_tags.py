"""Template tags for the site's shared parts: navigation, breadcrumbs, phone links."""

from django import template
from wagtail.models import Page, Site

from spineclinic.models import tel_href

register = template.Library()


@register.filter
def tel(number):
    """A phone number as a tel: link target."""
    return tel_href(number)


def _home_for(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    home = site.root_page
    page = context.get("page")
    if isinstance(page, Page) and page.locale_id != home.locale_id:
        home = home.get_translation_or_none(page.locale) or home
    return home


@register.inclusion_tag("components/primary_nav.html", takes_context=True)
def primary_nav(context):
    home = _home_for(context)
    items = home.get_children().live().public().in_menu() if home else []
    page = context.get("page")
    current_path = page.path if isinstance(page, Page) else ""
    return {
        "home": home,
        "items": [(item, current_path.startswith(item.path)) for item in items],
        "request": context.get("request"),
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": []}
    return {"ancestors": page.get_ancestors().filter(depth__gt=1).live(), "page": page}


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
