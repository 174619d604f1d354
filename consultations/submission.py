"""Storing a request: the row, its files and its notification tasks in one transaction."""

import logging
import uuid

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.utils.crypto import salted_hmac
from django.utils.translation import get_language

from . import notifications, scanning, triage
from .models.requests import PatientRequest, RequestFile
from .uploads import safe_name

logger = logging.getLogger(__name__)


class RequestNotStored(Exception):
    """The database could not take the request: the person must be told it was not received."""


def bound_token(form_token, browser):
    """The token stored with a request: the form's one-time token bound to the browser that
    was shown the form (consultations.bot_checks.browser_key). The same form posted twice
    from that browser finds its request again; the same token posted from any other browser
    is a different token, so it never reaches someone else's request or confirmation."""
    digest = salted_hmac("request-submission-token", f"{browser}:{form_token}").digest()
    return uuid.UUID(bytes=digest[:16])


def submit_request(form, request_type, browser):
    """Save a valid form's request exactly once per form token and browser; return the
    stored request."""
    token = bound_token(form.cleaned_data["submission_token"], browser)
    try:
        existing = PatientRequest.objects.filter(submission_token=token).first()
        if existing is not None:
            return existing
        return _store(form, request_type, token)
    except IntegrityError:
        # Two posts of the same form raced: the other one stored it.
        existing = PatientRequest.objects.filter(submission_token=token).first()
        if existing is not None:
            return existing
        raise
    except DatabaseError as error:
        logger.error("Request not stored: database error %s", type(error).__name__)
        raise RequestNotStored from error


def site_language():
    """The site language the form was sent in (its confirmation email uses it too)."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    codes = [code for code, _name in settings.LANGUAGES]
    return language if language in codes else settings.LANGUAGE_CODE.split("-")[0]


def _store(form, request_type, token):
    stored_names = []
    request_files = []
    try:
        with transaction.atomic():
            patient_request = form.save(commit=False)
            patient_request.request_type = request_type
            patient_request.submission_token = token
            patient_request.site_language = site_language()
            triage.assess_request(patient_request)
            patient_request.save()
            for upload in form.cleaned_data.get("files") or []:
                request_file = RequestFile(
                    request=patient_request,
                    original_name=safe_name(upload.name),
                    content_type=upload.detected_type,
                    size=upload.size,
                    scan_status=upload.scan_status,
                )
                request_file.file.save(upload.name, upload, save=False)
                stored_names.append(request_file.file.name)
                request_file.save()
                request_files.append(request_file)
            notifications.enqueue_for(patient_request)
            scanning.enqueue_rescan_if_held(patient_request, request_files)
    except BaseException:
        # Nothing half-stored: files written before the failure are removed again.
        for name in stored_names:
            RequestFile.file.field.storage.delete(name)
        raise
    logger.info(
        "Request %s stored (%s, urgent=%s)",
        patient_request.reference,
        request_type,
        patient_request.urgent,
    )
    return patient_request
