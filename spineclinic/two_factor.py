"""Two-factor authentication (TOTP) for every admin user who can see patient requests.

django-otp does the cryptography and throttling; this module only asks for the second factor:
users with access to patient requests (and superusers) are sent to set up an authenticator app,
or to enter its code, before any other admin page. Editors without that access are not asked.
"""

import base64
from urllib.parse import quote

import qrcode
import qrcode.image.svg
from django import forms
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

EXEMPT_URL_NAMES = {
    "two_factor_setup",
    "two_factor_verify",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
}


WAIT_MESSAGE = "Too many wrong codes in a row. Wait a few seconds, then enter the newest code."


def needs_two_factor(user):
    return user.is_active and (
        user.is_superuser or user.has_perm("consultations.view_patientrequest")
    )


class RequireTwoFactorMiddleware:
    """Admin users who can see patient requests must have passed a second factor."""

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
                target = "two_factor_verify" if user_has_device(user) else "two_factor_setup"
                return redirect(f"{reverse(target)}?next={quote(request.get_full_path())}")
        return self.get_response(request)


class TokenForm(forms.Form):
    token = forms.CharField(
        label="6-digit code from your authenticator app",
        min_length=6,
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
        error_messages={"required": "Enter the 6-digit code from your authenticator app."},
    )

    def clean_token(self):
        return self.cleaned_data["token"].replace(" ", "")


def next_url(request):
    target = request.GET.get("next") or request.POST.get("next") or reverse("wagtailadmin_home")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return reverse("wagtailadmin_home")
    return target


def second_factor_passed(request, device):
    """Mark the session verified under a new session key: a key seen before the second
    factor (on a shared computer, in a log) must not become a fully signed-in one."""
    otp_login(request, device)
    request.session.cycle_key()


def qr_code_svg(text):
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    # The SVG is drawn here from our own URL, not from anything a visitor sent.
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308  # nosec B308 B703


def setup(request):
    """Add an authenticator app: scan the QR code (or type the key), then enter a code."""
    if user_has_device(request.user):
        return redirect(f"{reverse('two_factor_verify')}?next={quote(next_url(request))}")
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=request.user, name="Authenticator app", confirmed=False
        )
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        allowed, _ = device.verify_is_allowed()
        if not allowed:
            form.add_error("token", WAIT_MESSAGE)
        elif device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save()
            second_factor_passed(request, device)
            return redirect(next_url(request))
        else:
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
    """Enter the code from the authenticator app set up before."""
    if not user_has_device(request.user):
        return redirect(f"{reverse('two_factor_setup')}?next={quote(next_url(request))}")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        devices = TOTPDevice.objects.devices_for_user(request.user, confirmed=True)
        if not any(device.verify_is_allowed()[0] for device in devices):
            form.add_error("token", WAIT_MESSAGE)
            return render(
                request, "two_factor/verify.html", {"form": form, "next": next_url(request)}
            )
        device = match_token(request.user, form.cleaned_data["token"])
        if device is not None:
            second_factor_passed(request, device)
            return redirect(next_url(request))
        form.add_error(
            "token",
            "That code is not right. Check that your phone's clock is right and enter the "
            "newest code.",
        )
    return render(request, "two_factor/verify.html", {"form": form, "next": next_url(request)})
