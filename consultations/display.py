"""How the admin and its exports show a request's plain facts: its urgency in a word, when it
came in (New York time, as the practice works), and whom to call back."""

import datetime
import zoneinfo

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.timesince import timesince

from spineclinic.redflags import Level

from .choices import Relationship, RequestType, Status

# The badge's words: the level's full label ("Emergency: get help now") is written for
# patients; staff scan a column of one or two words.
URGENCY_WORDS = {
    Level.EMERGENCY: "Emergency",
    Level.SAME_DAY: "Same day",
    Level.ROUTINE: "Routine",
}


def practice_time_zone():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def urgency_word(patient_request):
    return URGENCY_WORDS.get(patient_request.level, "Routine")


def practice_time(value):
    """A moment in the practice's time zone, whatever time zone the viewer's account uses."""
    return timezone.localtime(value, practice_time_zone()) if value else None


def received_time(value):
    """E.g. '2 Dec 2026, 7:39 AM' (New York)."""
    local = practice_time(value)
    return local.strftime("%-d %b %Y, %-I:%M %p") if local else ""


def received_ago(value, now=None):
    """E.g. '2 hours ago'; 'just now' in the first minute."""
    if not value:
        return ""
    now = now or timezone.now()
    if now - value < datetime.timedelta(minutes=1):
        return "just now"
    return f"{timesince(value, now, depth=1)} ago"


def person_to_call(patient_request):
    """(who, phone): whom the intake team calls back about this request.

    A family member or caregiver who wrote is the one waiting for the call: their phone,
    falling back to the patient's. A patient who wrote for themselves: the patient's phone.
    A referral: the patient's phone (the referring clinician's is in its own column), falling
    back to the referrer's when the referral gave none.
    """
    r = patient_request
    if r.request_type == RequestType.REFERRAL:
        if r.patient_phone:
            return "Patient", r.patient_phone
        return "Referring clinician", r.referrer_phone or ""
    if r.relationship in (Relationship.FAMILY, Relationship.CAREGIVER) and r.submitter_phone:
        who = "Family member" if r.relationship == Relationship.FAMILY else "Caregiver or friend"
        name = f"{who}: {r.submitter_name}" if r.submitter_name else who
        return name, r.submitter_phone
    return "Patient", r.patient_phone or ""


# An email about the request that failed and has not gone since: the last error names the
# field of the email that failed ("intake_notified_at: SMTPException"), still unset.
NOTIFICATION_FAILED = Q(
    last_notification_error__startswith="intake_notified_at", intake_notified_at__isnull=True
) | Q(
    last_notification_error__startswith="confirmation_sent_at", confirmation_sent_at__isnull=True
)
OPEN = ~Q(status__in=[Status.CLOSED, Status.SPAM])
