"""The form pages: editors own the words around each form; the fields are the code's."""

import uuid

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django_ratelimit.core import is_ratelimited
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from spineclinic import client_address, contact_cache
from spineclinic.blocks import BodyStreamBlock
from spineclinic.page_mixins import ListingMixin
from spineclinic.redflags import Level

from .. import bot_checks, triage
from ..bot_checks import Refusal
from ..calculators import referral_prefill
from ..choices import RequestType
from ..forms import ConsultationForm, ReferralForm, SecondOpinionForm
from ..submission import RequestNotStored, submit_request
from .requests import PatientRequest
from .tools import SinsCalculatorPage

SESSION_KEY = "received_requests"


def level_without_database(form):
    """The level of a valid form's answers, worked out without storing anything."""
    try:
        return triage.assess_request(form.save(commit=False)).level
    except Exception:  # nothing may stop this page; when in doubt, urgent
        return Level.EMERGENCY


class RequestFormPage(RoutablePageMixin, ListingMixin, Page):
    """A page that shows one request form, stores what is sent and confirms it."""

    intro = RichTextField(
        features=["bold", "italic", "ul", "link"],
        help_text="Shown above the form: who this form is for and what happens next.",
    )
    help_panel = StreamField(
        BodyStreamBlock(),
        blank=True,
        help_text="Shown before the form: what to have ready, when to call instead.",
    )
    thank_you_text = RichTextField(
        features=["bold", "italic", "ul", "link"],
        help_text="Shown after the request is received, below the reference and any urgent "
        "advice: what happens next and when.",
    )

    content_panels = (
        Page.content_panels
        + ListingMixin.listing_panels
        + [FieldPanel("intro"), FieldPanel("help_panel"), FieldPanel("thank_you_text")]
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("intro"),
        index.SearchField("help_panel"),
    ]
    parent_page_types = ["conditions.HomePage", "conditions.StandardPage"]
    subpage_types = []

    form_class = None
    request_type = None
    received_template = "consultations/request_received.html"

    class Meta:
        abstract = True

    def get_form(self, request):
        if request.method == "POST":
            return self.form_class(request.POST, request.FILES)
        return self.form_class(
            initial={
                "submission_token": uuid.uuid4(),
                "form_started": bot_checks.new_stamp(request),
            }
        )

    @path("")
    def form_view(self, request):
        # Whatever goes wrong, error reports must not include what the person typed.
        request.sensitive_post_parameters = "__ALL__"
        if request.method == "POST":
            refusal = self.refuse_abuse(request)
            if refusal is not None:
                return refusal
            refused = bot_checks.refusal(request, request.POST)
            if refused is not None:
                return self.not_sent(request, refused)
        form = self.get_form(request)
        if request.method == "POST" and form.is_valid():
            try:
                patient_request = submit_request(
                    form, self.request_type, browser=bot_checks.browser_key(request)
                )
            except RequestNotStored:
                # The database is failing: this page must not need it. It still says first
                # what to do now, from the answers, as the confirmation would.
                html = render_to_string(
                    "consultations/request_not_stored.html",
                    {
                        "contact": contact_cache.recall(),
                        "form_path": request.path,
                        "level": level_without_database(form),
                    },
                )
                return HttpResponse(html, status=503, headers={"Cache-Control": "no-store"})
            received = request.session.get(SESSION_KEY, [])
            request.session[SESSION_KEY] = [*received[-9:], patient_request.reference]
            return redirect(self.url + self.reverse_subpage("received"))
        response = self.render(request, context_overrides={"form": form})
        response["Cache-Control"] = "no-store"
        return response

    def refuse_abuse(self, request):
        """Too many posts from one client, or a post with far too many fields."""
        if is_ratelimited(
            request,
            group="request-forms",
            key=client_address.ratelimit_key,
            rate=settings.REQUEST_FORM_RATE,
            method="POST",
            increment=True,
        ):
            return self.error_page(request, "consultations/rate_limited.html", 429)
        if len(request.POST) + len(request.FILES) > settings.PUBLIC_MAX_FORM_FIELDS:
            return self.error_page(request, "consultations/bad_request.html", 400)
        return None

    @staticmethod
    def private_response(request, template, context, status=200):
        """Pages about one person's request are never kept by a browser or cache."""
        response = TemplateResponse(request, template, context, status=status)
        response["Cache-Control"] = "no-store"
        return response

    def error_page(self, request, template, status):
        return self.private_response(request, template, {"page": self}, status)

    def received_page(self, request, patient_request):
        context = self.get_context(request) | {"patient_request": patient_request}
        return self.private_response(request, self.received_template, context)

    def not_sent(self, request, refused):
        """A post that failed a bot check: nothing is stored, and the page says so plainly,
        with the phone numbers and the form again, the answers kept, a fresh stamp and the
        hidden field emptied, so that a person (whose browser may have filled in the hidden
        field, or who left the page open overnight) can check it and send it again."""
        bot_checks.count_refusal(refused)
        data = request.POST.copy()
        data["form_started"] = bot_checks.new_stamp(request)
        data["website"] = ""
        form = self.form_class(data, request.FILES)
        response = self.render(
            request, context_overrides={"form": form, "not_sent": Refusal(refused)}
        )
        response["Cache-Control"] = "no-store"
        return response

    @path("received/", name="received")
    def received_view(self, request):
        references = request.session.get(SESSION_KEY, [])
        patient_request = (
            PatientRequest.objects.filter(reference__in=references, request_type=self.request_type)
            .order_by("-submitted_at")
            .first()
        )
        if patient_request is None:
            return redirect(self.url)
        return self.received_page(request, patient_request)


class ConsultationRequestPage(RequestFormPage):
    """Request a consultation (a patient, or a family member or caregiver for them)."""

    request_type = RequestType.CONSULTATION
    form_class = ConsultationForm


class SecondOpinionRequestPage(RequestFormPage):
    """Ask for a second opinion, with reports and scans."""

    request_type = RequestType.SECOND_OPINION
    form_class = SecondOpinionForm


class ReferralRequestPage(RequestFormPage):
    """Refer a patient (for clinicians)."""

    request_type = RequestType.REFERRAL
    form_class = ReferralForm

    def get_form(self, request):
        form = super().get_form(request)
        if request.method != "POST":
            # The SINS calculator's "Refer this patient" link carries its answers; anything
            # unknown in the query is ignored.
            form.initial.update(referral_prefill(request.GET))
        return form

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sins_calculator"] = (
            SinsCalculatorPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .order_by("path")
            .first()
        )
        context["sins_prefilled"] = request.method != "POST" and any(
            name.startswith("sins_") for name in referral_prefill(request.GET)
        )
        return context
