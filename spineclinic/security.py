"""Security headers, request limits and error reports that never carry patient details."""

from axes.utils import reset as reset_login_failures
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.debug import SafeExceptionReporterFilter
from wagtail.admin.views import account

from . import contact_cache

ADMIN_PREFIX = "/admin/"


class SiteCSPMiddleware(CSPMiddleware):
    """The strict policy everywhere, except the Wagtail admin, whose editors, choosers and
    previews need inline scripts and styles and blob: images. Wagtail ignores nonces, so the
    admin policy has none (a nonce would switch 'unsafe-inline' off)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            inline = ["'self'", "'unsafe-inline'"]
            return PolicyParts(
                config=parts.config,
                update=parts.update,
                replace={
                    **(parts.replace or {}),
                    "script-src": inline,
                    "style-src": inline,
                    "img-src": ["'self'", "data:", "blob:"],
                },
                nonce=None,
            )
        return parts


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


class RequestSizeLimitMiddleware:
    """Refuse oversized bodies before they are read: 413, with a page saying why."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = (
            settings.ADMIN_MAX_REQUEST_BYTES
            if request.path_info.startswith(ADMIN_PREFIX)
            else settings.PUBLIC_MAX_REQUEST_BYTES
        )
        if length > limit:
            return request_too_large(limit, request)
        return self.get_response(request)


def request_too_large(limit, request=None):
    """A page that needs no database: it may be shown when little else works. It comes
    before LocaleMiddleware, so it takes its language from the address (/es/...) itself."""
    language = request and translation.get_language_from_path(request.path_info)
    with translation.override(language or settings.LANGUAGE_CODE):
        body = render_to_string(
            "security/request_too_large.html",
            {"limit_mb": round(limit / (1024 * 1024)), "contact": contact_cache.recall_or_load()},
        )
    response = HttpResponse(body, status=413)
    response["Cache-Control"] = "no-store"
    return response


class NoPatientDataExceptionReporterFilter(SafeExceptionReporterFilter):
    """Error reports (emails to ADMINS, logs) never include posted data or local variables,
    which on this site could hold a patient's answers."""

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return dict.fromkeys(request.POST, self.cleansed_substitute)

    def get_traceback_frame_variables(self, request, tb_frame):
        return [("(local variables are not reported)", self.cleansed_substitute)]

    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        return {key: value for key, value in meta.items() if not key.startswith("HTTP_COOKIE")}


class PasswordResetConfirmView(account.PasswordResetConfirmView):
    """Wagtail's "choose a new password" step, which also lifts the login lockout of the
    account: whoever followed the emailed link owns it, and the lock (which also counts
    guesses from anywhere against one username) must not keep them out for the cool-off."""

    def form_valid(self, form):
        response = super().form_valid(form)
        reset_login_failures(username=form.user.get_username())
        return response


class LogoutView(account.LogoutView):
    """Logging out takes a post (Django's rule, so another site cannot log staff out). A GET,
    from an old bookmark or a typed address, used to say "You have been successfully logged
    out" and drop the cookie while the session stayed valid on the server; now it says it
    has not logged out and offers the button."""

    http_method_names = ["get", "post", "options"]

    def dispatch(self, request, *args, **kwargs):
        if request.method == "GET":
            if not request.user.is_authenticated:
                return redirect("wagtailadmin_login")
            response = TemplateResponse(request, "security/logout_confirm.html")
            response["Cache-Control"] = "no-store"
            return response
        return super().dispatch(request, *args, **kwargs)
