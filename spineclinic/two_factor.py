"""Two-factor authentication (TOTP, with recovery codes) for every admin user.

Every role in the admin can change what the public reads (Editors and Moderators write pages
and the emergency and contact wording, Clinical reviewers publish them) or see patient
requests (Intake coordinators), so every admin user, superusers included, sets up an
authenticator app before any other admin page, then enters a code at each login.

django-otp does the cryptography. The throttle is this module's, so that nobody holding only
the password can keep the owner out:

- back-off per browser session: a wrong code costs no wait; from the second wrong code in a
  row that session waits 1, 2, 4 ... up to 60 seconds. Someone else's wrong codes, in their
  own session, never delay the owner's right code;
- per authenticator, at most TWO_FACTOR_MAX_WRONG_CODES wrong codes an hour from all sessions
  together (brute force of six digits stays hopeless); past it the authenticator's codes are
  refused for the rest of the hour, and recovery codes still work;
- recovery codes (django-otp's static tokens): ten, made when two-step login is turned on,
  shown once, each usable once, and staff can make new ones (which cancels the old).

django-otp's own device throttle (which doubles without end and is shared by everyone who
tries the account) is switched off in the settings (OTP_*_THROTTLE_FACTOR = 0).
"""

import base64
import datetime
import logging
import time
from urllib.parse import quote

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

logger = logging.getLogger(__name__)

EXEMPT_URL_NAMES = {
    "two_factor_setup",
    "two_factor_verify",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    # The icons and the translations of the admin's scripts, which Wagtail serves to anyone
    # (no data in them). The setup page itself needs them: the icon sprite is fetched in the
    # background and written into the page, so redirecting it put a second copy of the setup
    # page (QR code and form) inside the first, and into the browser's storage as "icons".
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}

RECOVERY_DEVICE_NAME = "Recovery codes"
RECOVERY_CODE_COUNT = 10
SESSION_FAILURES = "two_factor_failures"
MAX_SESSION_WAIT_SECONDS = 60
WRONG_CODE_WINDOW = datetime.timedelta(hours=1)

WAIT_MESSAGE = "Too many wrong codes in a row. Wait {seconds} seconds, then enter the newest code."
DEVICE_LIMIT_MESSAGE = (
    "Too many wrong codes have been entered for your account in the last hour, so codes from "
    "the app are paused. Enter one of your recovery codes instead, or try again in an hour. "
    "If you did not enter those codes, someone else knows your password: change it."
)


def needs_two_factor(user):
    """Every active user who can use the admin: each role there can change public wording or
    see patient requests."""
    return user.is_active and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


class RequireTwoFactorMiddleware:
    """Admin users must have passed a second factor before any admin page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            request.path_info.startswith("/admin/")
            and user is not None
            and user.is_authenticated
            and not user.is_verified()
            and needs_two_factor(user)
        ):
            try:
                url_name = resolve(request.path_info).url_name
            except Resolver404:
                url_name = None
            if url_name not in EXEMPT_URL_NAMES:
                target = "two_factor_verify" if has_authenticator(user) else "two_factor_setup"
                if is_background(request):
                    # A script's request: an HTML page it would write into the current one
                    # is no answer. It gets a refusal it can read; the person, on their next
                    # page, the redirect.
                    return JsonResponse(
                        {"error": "Two-step login needed.", "url": reverse(target)}, status=401
                    )
                return redirect(f"{reverse(target)}?next={quote(request.get_full_path())}")
        return self.get_response(request)


def is_background(request):
    """A request made by a script (fetch, XMLHttpRequest) rather than a page the person opens."""
    mode = request.headers.get("Sec-Fetch-Mode")
    if mode:
        return mode != "navigate"
    if request.headers.get("X-Requested-With") == "XMLHttpRequest":
        return True
    accept = request.headers.get("Accept", "")
    return "application/json" in accept and "text/html" not in accept


def has_authenticator(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


class TokenForm(forms.Form):
    token = forms.CharField(
        label="6-digit code from your authenticator app, or a recovery code",
        min_length=6,
        max_length=12,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "none", "autofocus": True}
        ),
        error_messages={"required": "Enter the 6-digit code from your authenticator app."},
    )

    def clean_token(self):
        return "".join(self.cleaned_data["token"].split()).replace("-", "").lower()


def next_url(request):
    target = request.GET.get("next") or request.POST.get("next") or reverse("wagtailadmin_home")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return reverse("wagtailadmin_home")
    return target


# Back-off per browser session.


def session_wait(request):
    """Seconds this session must still wait before its next code is checked (0: none)."""
    wait_until = request.session.get(SESSION_FAILURES, {}).get("wait_until", 0)
    return max(0, int(wait_until - time.time() + 0.999))


def session_failed(request):
    failures = request.session.get(SESSION_FAILURES, {}).get("count", 0) + 1
    wait = 0 if failures < 2 else min(2 ** (failures - 2), MAX_SESSION_WAIT_SECONDS)
    request.session[SESSION_FAILURES] = {"count": failures, "wait_until": time.time() + wait}


# Wrong codes per authenticator, from all sessions.


def device_paused(device):
    """True while the authenticator has had too many wrong codes in the last hour. Counts
    older than the hour are forgotten."""
    since = device.throttling_failure_timestamp
    if since is not None and timezone.now() - since > WRONG_CODE_WINDOW:
        device.throttle_reset()
        return False
    return device.throttling_failure_count >= settings.TWO_FACTOR_MAX_WRONG_CODES


def check_code(request, token):
    """The device that accepts this code, or None and a message saying why not."""
    wait = session_wait(request)
    if wait:
        return None, WAIT_MESSAGE.format(seconds=wait)
    user = request.user
    if len(token) == 6 and token.isdigit():
        devices = list(TOTPDevice.objects.devices_for_user(user, confirmed=True))
        usable = [device for device in devices if not device_paused(device)]
        if devices and not usable:
            return None, DEVICE_LIMIT_MESSAGE
        for device in usable:
            if device.verify_token(token):
                return device, ""
        for device in usable:
            if device.throttling_failure_count == settings.TWO_FACTOR_MAX_WRONG_CODES:
                logger.warning(
                    "Two-step login: too many wrong codes for user %s; app codes paused",
                    user.pk,
                )
    else:
        for device in StaticDevice.objects.devices_for_user(user, confirmed=True):
            if device.verify_token(token):
                audit(request, "spineclinic.recovery_code_used")
                return device, ""
    session_failed(request)
    wait = session_wait(request)
    if wait:
        return None, WAIT_MESSAGE.format(seconds=wait)
    return None, (
        "That code is not right. Check that your phone's clock is right and enter the newest "
        "code, or a recovery code."
    )


def second_factor_passed(request, device):
    """Mark the session verified under a new session key: a key seen before the second
    factor (on a shared computer, in a log) must not become a fully signed-in one."""
    request.session.pop(SESSION_FAILURES, None)
    otp_login(request, device)
    request.session.cycle_key()


def audit(request, action):
    """A log entry on the user's own record. request.user is a lazy object (twice over, with
    django-otp's middleware), which Wagtail's log cannot file; the user row itself it can."""
    user = get_user_model()._default_manager.get(pk=request.user.pk)
    log(user, action, user=user)


# Recovery codes.


def new_recovery_codes(user):
    """Replace the user's recovery codes with new ones and return them (to show once)."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return [f"{code[:4]}-{code[4:]}" for code in codes]


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def show_recovery_codes(request, codes, next_page):
    response = render(
        request, "two_factor/recovery_codes.html", {"codes": codes, "next": next_page}
    )
    response["Cache-Control"] = "no-store"
    return response


def qr_code_svg(text):
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    # The SVG is drawn here from our own URL, not from anything a visitor sent.
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308  # nosec B308 B703


# Views.


def setup(request):
    """Add an authenticator app: scan the QR code (or type the key), then enter a code. The
    recovery codes are shown once, straight after."""
    if has_authenticator(request.user):
        return redirect(f"{reverse('two_factor_verify')}?next={quote(next_url(request))}")
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=request.user, name="Authenticator app", confirmed=False
        )
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        wait = session_wait(request)
        if wait:
            form.add_error("token", WAIT_MESSAGE.format(seconds=wait))
        elif device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save()
            second_factor_passed(request, device)
            return show_recovery_codes(
                request, new_recovery_codes(request.user), next_url(request)
            )
        else:
            session_failed(request)
            form.add_error("token", "That code is not right. Enter the newest code from the app.")
    secret = base64.b32encode(device.bin_key).decode()
    return render(
        request,
        "two_factor/setup.html",
        {
            "form": form,
            "qr_code": qr_code_svg(device.config_url),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "next": next_url(request),
        },
    )


def verify(request):
    """Enter the code from the authenticator app set up before, or a recovery code."""
    if not has_authenticator(request.user):
        return redirect(f"{reverse('two_factor_setup')}?next={quote(next_url(request))}")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device, message = check_code(request, form.cleaned_data["token"])
        if device is not None:
            second_factor_passed(request, device)
            return redirect(next_url(request))
        form.add_error("token", message)
    return render(request, "two_factor/verify.html", {"form": form, "next": next_url(request)})


def recovery_codes(request):
    """How many recovery codes are left; a post makes ten new ones (the old stop working)."""
    if request.method == "POST":
        codes = new_recovery_codes(request.user)
        audit(request, "spineclinic.new_recovery_codes")
        return show_recovery_codes(request, codes, reverse("wagtailadmin_account"))
    return render(
        request,
        "two_factor/recovery_codes_manage.html",
        {"left": recovery_codes_left(request.user)},
    )
