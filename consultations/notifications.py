"""Telling people about a request without sending any patient detail by email.

The intake team gets the reference, the kind of request, whether it is urgent and a link to
the admin; the person who sent it gets the reference and what happens next. Both are sent by
background tasks that were stored in the same transaction as the request, and retried with
growing delays when sending fails.
"""

import datetime
import logging

from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.models import Site

from spineclinic.models import ClinicSettings

from .models.requests import PatientRequest

logger = logging.getLogger(__name__)

TASK_BACKEND = "requests"
RETRY_DELAYS = [1, 5, 15, 60, 180, 360]  # minutes; then it is left for the pending report


def enqueue_for(patient_request):
    """Queue the intake notification and the confirmation (inside the caller's transaction)."""
    send_intake_notification.enqueue(patient_request.pk)
    if patient_request.contact_email:
        send_confirmation.enqueue(patient_request.pk)


def admin_url(patient_request):
    path = reverse("patient_requests:inspect", args=[patient_request.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def clinic_settings():
    site = Site.objects.filter(is_default_site=True).first()
    return ClinicSettings.for_site(site) if site else ClinicSettings()


def intake_messages(patient_request):
    """One email per address: an urgent request's urgent email goes to the urgent list, and the
    ordinary one only to the intake addresses not already on it."""
    context = {"patient_request": patient_request, "admin_url": admin_url(patient_request)}
    kind = patient_request.type_label.lower()
    reference = patient_request.reference
    messages = []
    urgent_to = []
    if patient_request.urgent:
        urgent_to = list(dict.fromkeys(settings.URGENT_INTAKE_EMAILS or settings.INTAKE_EMAILS))
        level = "EMERGENCY" if patient_request.is_emergency else "SAME-DAY"
        messages.append(
            EmailMessage(
                subject=f"URGENT ({level}) {kind} request {reference}: please review now",
                body=render_to_string("consultations/email/intake_urgent.txt", context),
                to=urgent_to,
            )
        )
    ordinary_to = [
        address for address in dict.fromkeys(settings.INTAKE_EMAILS) if address not in urgent_to
    ]
    if ordinary_to:
        prefix = "New urgent" if patient_request.urgent else "New"
        messages.append(
            EmailMessage(
                subject=f"{prefix} {kind} request {reference}",
                body=render_to_string("consultations/email/intake.txt", context),
                to=ordinary_to,
            )
        )
    return messages


def confirmation_subject(patient_request):
    reference = patient_request.reference
    if patient_request.is_referral and patient_request.urgent:
        subject = _("Referral %(reference)s received: please call our clinician line now")
    elif patient_request.is_emergency:
        subject = _(
            "Request %(reference)s received: call 911 or go to an emergency department now"
        )
    elif patient_request.is_same_day:
        subject = _("Request %(reference)s received: please call our urgent line today")
    else:
        subject = _("We have received your request %(reference)s")
    return subject % {"reference": reference}


def care_advice():
    """The live urgent care wording (a clinical snippet of the CMS, looked up by name so the
    forms' app does not import the pages' app)."""
    return apps.get_model("conditions", "CareAdvice").current()


def confirmation_message(patient_request):
    """The email to the person, in the language of the site they used (the worker that sends
    it has no request, so no language of its own)."""
    with translation.override(patient_request.site_language or settings.LANGUAGE_CODE):
        context = {
            "patient_request": patient_request,
            "clinic": clinic_settings(),
            "care_advice": care_advice(),
        }
        return EmailMessage(
            subject=confirmation_subject(patient_request),
            body=render_to_string("consultations/email/confirmation.txt", context),
            to=[patient_request.contact_email],
        )


def _attempt(task_func, request_id, sent_field, build_messages):
    patient_request = PatientRequest.objects.filter(pk=request_id).first()
    if patient_request is None or getattr(patient_request, sent_field):
        return "nothing to send"
    try:
        for message in build_messages(patient_request):
            message.send(fail_silently=False)
    except Exception as error:  # any mail failure: record it (no details) and retry later
        attempt = patient_request.notification_attempts
        patient_request.notification_attempts = attempt + 1
        patient_request.last_notification_error = f"{sent_field}: {type(error).__name__}"[:200]
        patient_request.save(update_fields=["notification_attempts", "last_notification_error"])
        logger.warning(
            "Email for request %s failed (%s); attempt %d",
            patient_request.reference,
            type(error).__name__,
            attempt + 1,
        )
        if attempt < len(RETRY_DELAYS):
            run_after = timezone.now() + datetime.timedelta(minutes=RETRY_DELAYS[attempt])
            task_func.using(run_after=run_after).enqueue(request_id)
            return "retry scheduled"
        raise
    setattr(patient_request, sent_field, timezone.now())
    patient_request.save(update_fields=[sent_field])
    return "sent"


@task(backend=TASK_BACKEND)
def send_intake_notification(request_id):
    """Tell the intake team (and, for urgent requests, the urgent list) a request arrived."""
    return _attempt(send_intake_notification, request_id, "intake_notified_at", intake_messages)


@task(backend=TASK_BACKEND)
def send_confirmation(request_id):
    """Tell the person their request arrived, with its reference and what happens next."""
    return _attempt(
        send_confirmation,
        request_id,
        "confirmation_sent_at",
        lambda patient_request: [confirmation_message(patient_request)],
    )
