"""The practice's phone numbers, kept outside the database for the 500 page.

Every page render remembers the clinic settings it used (in this process, and in the shared
cache when they change), so the error page can still say which number to call when the
database, and even the cache, is down.
"""

import logging

from django.core.cache import cache

logger = logging.getLogger(__name__)

CACHE_KEY = "spineclinic:contact"
FIELDS = ["practice_name", "main_phone", "urgent_phone"]

_last_seen = {}


def _snapshot(clinic, advice=None):
    data = {field: getattr(clinic, field, "") or "" for field in FIELDS}
    # The urgent line's hours are clinical wording (the urgent care wording snippet).
    data["urgent_hours"] = getattr(advice, "urgent_hours", "") or ""
    data["main_phone_href"] = clinic.main_phone_href
    data["urgent_phone_href"] = clinic.urgent_phone_href
    return data


def remember(clinic, advice=None):
    """Record the clinic's contact details (and the urgent line's hours from the urgent care
    wording, if given) if they differ from what this process last saw."""
    data = _snapshot(clinic, advice)
    if _last_seen.get("data") == data:
        return
    _last_seen["data"] = data
    try:
        cache.set(CACHE_KEY, data, timeout=None)
    except Exception:  # the cache being down must never break a page
        logger.warning("Could not store the practice's contact details in the cache.")


def recall():
    """The last known contact details, or None. Never touches the database."""
    try:
        data = cache.get(CACHE_KEY)
    except Exception:
        data = None
    return data or _last_seen.get("data")


def recall_or_load():
    """What recall() gives; failing that (a fresh process, an emptied cache), the default
    site's clinic settings from the database, if it answers. For pages that come before any
    view, such as the 400 and 413 pages, which must still give the numbers to call."""
    data = recall()
    if data:
        return data
    try:
        from wagtail.models import Site

        from .models import ClinicSettings

        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            return None
        remember(ClinicSettings.for_site(site))
    except Exception:  # the database is down too: the page says what it can without it
        logger.warning("Could not read the practice's contact details for an error page.")
        return None
    return _last_seen.get("data")


def forget():
    """Drop what is remembered (for tests)."""
    _last_seen.clear()
    try:
        cache.delete(CACHE_KEY)
    except Exception:
        logger.warning("Could not clear the practice's contact details from the cache.")
