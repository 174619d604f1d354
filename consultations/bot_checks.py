"""Spam checks that need no third party, and that never pretend.

Each form carries a hidden field people never see (bots fill it in) and a signed stamp of when,
and for which browser, it was shown. The browser is named by a keyed hash of its CSRF secret
(the cookie Django's CSRF protection already gives every browser that loads a form), so a stamp
copied from one browser is worthless in another, and a stamp is good for
REQUEST_FORM_MAX_AGE_HOURS. A post that fails a check is not stored, and the person is told so
plainly, with the form and their answers (consultations/models/pages.py).
"""

import datetime
import logging
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import models
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

STAMP_SALT = "request-form-shown"
# A little leeway for clocks of several servers that disagree.
CLOCK_SKEW_SECONDS = 60


class Refusal(models.TextChoices):
    HONEYPOT = "honeypot", _("the hidden field was filled in")
    TOO_FAST = "too_fast", _("sent too soon after the form was shown")
    EXPIRED = "expired", _("the form was shown too long ago")
    FOREIGN = "foreign", _("the form was not shown to this browser")


def browser_key(request):
    """A keyed hash of this browser's CSRF secret, or '' if it has none (yet)."""
    # The CSRF middleware keeps the browser's secret here (get_token() sets it on a first
    # visit); the secret itself never goes into a page.
    return key_for_csrf_secret(request.META.get("CSRF_COOKIE") or "")


def key_for_csrf_secret(secret):
    if not secret:
        return ""
    return salted_hmac("request-form-browser", secret, algorithm="sha256").hexdigest()[:32]


def stamp(shown_at, browser):
    return signing.dumps({"at": shown_at, "browser": browser}, salt=STAMP_SALT)


def new_stamp(request):
    """The signed 'shown at, to this browser' value of a new form."""
    get_token(request)  # gives the browser its CSRF secret now if it has none
    return stamp(time.time(), browser_key(request))


def refusal(request, data):
    """None for a post that passes the checks, else the Refusal that stopped it."""
    if data.get("website"):
        return Refusal.HONEYPOT
    try:
        stamp = signing.loads(data.get("form_started", ""), salt=STAMP_SALT)
        shown_at = float(stamp["at"])
        browser = str(stamp["browser"])
    except (signing.BadSignature, TypeError, KeyError, ValueError):
        return Refusal.FOREIGN
    if not browser or browser != browser_key(request):
        return Refusal.FOREIGN
    age = time.time() - shown_at
    if age < -CLOCK_SKEW_SECONDS:
        return Refusal.FOREIGN
    if age > settings.REQUEST_FORM_MAX_AGE_HOURS * 3600:
        return Refusal.EXPIRED
    if age < settings.REQUEST_FORM_MIN_SECONDS:
        return Refusal.TOO_FAST
    return None


def count_refusal(reason):
    """Log that a post was refused, with today's running count: never who, never what."""
    key = f"bot-checks:{timezone.now().date().isoformat()}"
    try:
        cache.add(key, 0, timeout=int(datetime.timedelta(days=2).total_seconds()))
        count = cache.incr(key)
    except Exception:  # counting must never stop the page
        count = None
    logger.info("Request form post not sent: bot check (%s); refused today: %s", reason, count)
    return count
