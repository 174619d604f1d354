"""Requests sent through the site's forms, and what staff record while triaging them."""

import re
import secrets
import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from encrypted_fields.fields import EncryptedIntegerField, EncryptedJSONField

from spineclinic import redflags
from spineclinic.redflags import Level

from ..choices import (
    ContactMethod,
    Diagnosis,
    NeuroStatus,
    PreferredLanguage,
    PreviousRecommendation,
    ReferrerUrgency,
    Relationship,
    RequestType,
    ScanStatus,
    SecondOpinionFormat,
    Status,
    SymptomChange,
)
from ..encryption import (
    SecretCharField,
    SecretDateField,
    SecretEmailField,
    SecretTextField,
    name_index,
    name_words,
    word_hash,
)
from ..fields import validate_deliverable_email
from ..storage import private_storage

# Crockford's base32 without I, L, O, U: easy to read aloud over the phone.
REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# The start of a reference, as staff type it: a type letter, a hyphen, then its characters.
REFERENCE_QUERY = re.compile(r"^[CSR]-[0-9A-Z]{1,4}(-[0-9A-Z]{0,4})?$", re.IGNORECASE)
REFERENCE_PREFIX = {
    RequestType.CONSULTATION: "C",
    RequestType.SECOND_OPINION: "S",
    RequestType.REFERRAL: "R",
}


def new_reference(request_type):
    """E.g. 'C-7K4M-Q2XD': a type letter and 40 random bits, not guessable from another."""
    body = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{REFERENCE_PREFIX[request_type]}-{body[:4]}-{body[4:]}"


class PatientRequestQuerySet(models.QuerySet):
    """The questions the intake team asks of the requests."""

    def awaiting_triage(self):
        return self.filter(status=Status.NEW)

    def open(self):
        return self.exclude(status__in=[Status.CLOSED, Status.SPAM])

    def urgent(self):
        return self.filter(urgent=True)

    def urgent_first(self):
        return self.order_by("-urgent", "-submitted_at")

    def notification_pending(self):
        return self.filter(intake_notified_at__isnull=True)

    def status_counts(self):
        counts = dict(
            self.values_list("status").annotate(n=Count("pk")).values_list("status", "n")
        )
        return [(status, label, counts.get(status, 0)) for status, label in Status.choices]

    def matching(self, query):
        """Requests whose reference contains the query, or whose names contain all its words."""
        query = query.strip()
        if REFERENCE_QUERY.match(query):
            # Looks like a reference ('C-7K', 'c-7k4m-q2xd'): no need to look at names.
            return self.filter(reference__startswith=query.upper())
        by_reference = models.Q(reference__icontains=query)
        by_name = models.Q()
        words = name_words(query)
        for word in words:
            by_name &= models.Q(name_index__contains=f" {word_hash(word)} ")
        return self.filter(by_reference | by_name) if words else self.filter(by_reference)

    def urgent_open_count(self):
        return self.open().aggregate(n=Count("pk", filter=Q(urgent=True)))["n"]


class PatientRequest(models.Model):
    """One consultation, second-opinion or referral request, as the person sent it."""

    # What staff search, filter and sort by stays in plain columns.
    reference = models.CharField(max_length=20, unique=True, editable=False)
    request_type = models.CharField(max_length=20, choices=RequestType.choices, db_index=True)
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    urgent = models.BooleanField(default=False, db_index=True)
    # From the red-flag table (spineclinic/redflags.py), decided by consultations/triage.py.
    level = models.CharField(
        max_length=10, choices=Level.choices, default=Level.ROUTINE, db_index=True, editable=False
    )
    # True when the level comes only from words that may deny a sign ("no bladder problems"):
    # the confirmation then says "if any of these are happening now".
    level_hedged = models.BooleanField(default=False, editable=False)
    urgent_reasons = EncryptedJSONField(default=list, blank=True, editable=False)
    red_flags = EncryptedJSONField(default=list, blank=True, editable=False)
    submitted_at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)
    status_changed_at = models.DateTimeField(default=timezone.now, editable=False)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_patient_requests",
        help_text="The coordinator looking after this request.",
    )
    # A one-time token from the form: a double click or a resubmitted page cannot make two.
    submission_token = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    intake_notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    notification_attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    last_notification_error = models.CharField(max_length=200, blank=True, editable=False)

    # The language of the site the form was sent from: the confirmation page and email use it.
    site_language = models.CharField(
        max_length=10, choices=settings.LANGUAGES, default="en", editable=False
    )
    # The language to use with the patient (or the family) on calls and at visits, and whether
    # they need a (free) interpreter. Plain columns: the intake team filters on them.
    preferred_language = models.CharField(
        max_length=10, choices=PreferredLanguage.choices, blank=True, db_index=True
    )
    other_language = models.CharField(max_length=60, blank=True)
    interpreter_needed = models.BooleanField(default=False, db_index=True)

    # Keyed hashes of the names' words, for search (the names themselves are encrypted).
    name_index = models.TextField(blank=True, default="", editable=False, db_index=False)

    # Who is filling in the form (consultation and second opinion). From here on, everything a
    # person tells us about the patient is encrypted at rest (consultations/encryption.py).
    relationship = models.CharField(max_length=20, choices=Relationship.choices, blank=True)
    submitter_name = SecretCharField(max_length=200, blank=True, null=True)
    submitter_phone = SecretCharField(max_length=30, blank=True, null=True)
    submitter_email = SecretEmailField(max_length=254, blank=True, null=True)

    # The patient.
    patient_name = SecretCharField(max_length=200)
    patient_dob = SecretDateField()
    patient_phone = SecretCharField(max_length=30, blank=True, null=True)
    patient_email = SecretEmailField(max_length=254, blank=True, null=True)
    contact_method = models.CharField(max_length=10, choices=ContactMethod.choices, blank=True)
    contact_times = models.JSONField(default=list, blank=True)

    # Clinical picture.
    diagnosis = SecretCharField(max_length=20, choices=Diagnosis.choices, blank=True, null=True)
    diagnosis_other = SecretCharField(max_length=200, blank=True, null=True)
    spine_regions = EncryptedJSONField(default=list, blank=True)
    symptoms = EncryptedJSONField(default=list, blank=True)
    symptom_change = SecretCharField(
        max_length=20, choices=SymptomChange.choices, blank=True, null=True
    )
    # {symptom key: redflags.Change} for each symptom ticked.
    symptom_changes = EncryptedJSONField(default=dict, blank=True)
    prior_treatments = EncryptedJSONField(default=list, blank=True)
    treating_oncologist = SecretCharField(max_length=200, blank=True, null=True)
    insurance_carrier = SecretCharField(max_length=200, blank=True, null=True)
    message = SecretTextField(max_length=4000, blank=True, null=True)
    consent_to_contact = models.BooleanField(default=False)

    # Second opinion.
    previous_recommendations = EncryptedJSONField(default=list, blank=True)
    questions = SecretTextField(max_length=4000, blank=True, null=True)
    imaging_location = SecretTextField(max_length=1000, blank=True, null=True)
    second_opinion_format = SecretCharField(
        max_length=20, choices=SecondOpinionFormat.choices, blank=True, null=True
    )

    # Referral (from a clinician). The referrer's name, NPI, phone and email identify a person
    # and are encrypted like the patient's; credentials, practice and fax describe the
    # practice and stay plain.
    referrer_name = SecretCharField(max_length=200, blank=True, null=True)
    referrer_credentials = models.CharField(max_length=60, blank=True)
    referrer_npi = SecretCharField(max_length=10, blank=True, null=True)
    referrer_practice = models.CharField(max_length=200, blank=True)
    referrer_phone = SecretCharField(max_length=30, blank=True, null=True)
    referrer_fax = models.CharField(max_length=30, blank=True)
    referrer_email = SecretEmailField(max_length=254, blank=True, null=True)
    histology = SecretCharField(max_length=200, blank=True, null=True)
    levels_involved = SecretCharField(max_length=200, blank=True, null=True)
    neuro_status = SecretCharField(
        max_length=30, choices=NeuroStatus.choices, blank=True, null=True
    )
    escc_grade = SecretCharField(max_length=2, blank=True, null=True)
    sins_location = SecretCharField(max_length=30, blank=True, null=True)
    sins_pain = SecretCharField(max_length=30, blank=True, null=True)
    sins_lesion = SecretCharField(max_length=30, blank=True, null=True)
    sins_alignment = SecretCharField(max_length=30, blank=True, null=True)
    sins_collapse = SecretCharField(max_length=30, blank=True, null=True)
    sins_posterolateral = SecretCharField(max_length=30, blank=True, null=True)
    sins_total = EncryptedIntegerField(null=True, blank=True, editable=False)
    sins_category = SecretCharField(max_length=20, blank=True, null=True, editable=False)
    referrer_urgency = models.CharField(max_length=10, choices=ReferrerUrgency.choices, blank=True)

    objects = PatientRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-urgent", "-submitted_at"]
        verbose_name = "patient request"
        permissions = [("export_patientrequest", "Can export patient requests")]
        indexes = [
            # The list's order (urgent first, newest first, then id) and its status filter.
            models.Index(fields=["-urgent", "-submitted_at", "-id"], name="request_triage_order"),
            models.Index(
                fields=["status", "-urgent", "-submitted_at", "-id"], name="request_status_order"
            ),
        ]

    def __str__(self):
        return self.reference

    def save(self, *args, **kwargs):
        if not self.reference:
            self.reference = new_reference(self.request_type)
        self.name_index = name_index(self.patient_name, self.submitter_name)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "name_index"}
        super().save(*args, **kwargs)

    def clean(self):
        # Here rather than as field validators: no migration, and every request form (all
        # ModelForms) runs it, attaching each message to its field. Only for a new request:
        # the triage form edits stored ones without these fields.
        if self.pk is not None:
            return
        errors = {}
        for name in ["submitter_email", "patient_email", "referrer_email"]:
            try:
                validate_deliverable_email(getattr(self, name))
            except ValidationError as error:
                errors[name] = error
        if errors:
            raise ValidationError(errors)

    @property
    def is_referral(self):
        return self.request_type == RequestType.REFERRAL

    @property
    def is_emergency(self):
        return self.level == Level.EMERGENCY

    @property
    def is_same_day(self):
        return self.level == Level.SAME_DAY

    @property
    def call_now(self):
        """A same-day sign that needs a call now rather than later today."""
        return self.is_same_day and any(
            getattr(redflags.BY_KEY.get(key), "call_now", False) for key in self.red_flags or []
        )

    @property
    def language_label(self):
        """'Spanish', 'Another language: Tigrinya', with ', interpreter needed' when asked."""
        if not self.preferred_language:
            return ""
        if self.preferred_language == PreferredLanguage.OTHER and self.other_language:
            name = f"{self.get_preferred_language_display()}: {self.other_language}"
        else:
            name = str(self.get_preferred_language_display())
        return f"{name}, interpreter needed" if self.interpreter_needed else name

    @property
    def type_label(self):
        return RequestType(self.request_type).label

    @property
    def contact_email(self):
        """Where the confirmation goes: the person who filled in the form."""
        if self.request_type == RequestType.REFERRAL:
            return self.referrer_email
        return self.submitter_email or self.patient_email

    def label_list(self, field_name, choices):
        labels = dict(choices)
        return [labels.get(code, code) for code in getattr(self, field_name)]

    @property
    def previous_recommendation_labels(self):
        return self.label_list("previous_recommendations", PreviousRecommendation.choices)


def upload_to(instance, filename):
    """A random name, keeping only a safe extension: the original name is stored apart."""
    suffix = PurePath(filename).suffix.lower()
    suffix = suffix if suffix in {".pdf", ".jpg", ".jpeg", ".png"} else ""
    return f"requests/{uuid.uuid4().hex}{suffix}"


class RequestFile(models.Model):
    """A report or image a person sent with a request, kept outside the public media."""

    request = models.ForeignKey(PatientRequest, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(storage=private_storage, upload_to=upload_to, max_length=200)
    original_name = SecretCharField(max_length=255)
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(default=timezone.now)
    # Held files (not yet scanned, or a virus found) are never handed to staff.
    scan_status = models.CharField(
        max_length=10, choices=ScanStatus.choices, default=ScanStatus.OFF, editable=False
    )
    scanned_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.original_name

    @property
    def held(self):
        return self.scan_status in (ScanStatus.PENDING, ScanStatus.INFECTED)


class RequestNote(models.Model):
    """An internal note by a member of staff; never shown to the person."""

    request = models.ForeignKey(PatientRequest, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = SecretTextField(max_length=4000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"Note on {self.request}"
