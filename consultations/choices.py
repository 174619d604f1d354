from django.db import models
from django.utils.translation import gettext_lazy as _

from spineclinic import redflags


class RequestType(models.TextChoices):
    CONSULTATION = "consultation", "Consultation"
    SECOND_OPINION = "second_opinion", "Second opinion"
    REFERRAL = "referral", "Referral"


class Status(models.TextChoices):
    NEW = "new", "New"
    IN_REVIEW = "in_review", "In review"
    CONTACTED = "contacted", "Contacted"
    SCHEDULED = "scheduled", "Scheduled"
    CLOSED = "closed", "Closed"
    SPAM = "spam", "Spam"


class ScanStatus(models.TextChoices):
    """Where an uploaded file stands with the virus scanner (consultations/scanning.py)."""

    CLEAN = "clean", "Scanned: no virus found"
    PENDING = "pending", "Not yet scanned: held until the scanner answers"
    INFECTED = "infected", "Virus found: held, never downloadable"
    OFF = "off", "Not scanned (no scanner configured)"


class Relationship(models.TextChoices):
    SELF = "self", "I am the patient"
    FAMILY = "family", "A family member"
    CAREGIVER = "caregiver", "A caregiver or friend"


class ContactMethod(models.TextChoices):
    PHONE = "phone", "Phone"
    EMAIL = "email", "Email"
    EITHER = "either", "Either"


class ContactTime(models.TextChoices):
    MORNING = "morning", "Morning (9 am to 12 pm)"
    AFTERNOON = "afternoon", "Afternoon (12 pm to 5 pm)"
    ANY = "any", "Any time"


class Diagnosis(models.TextChoices):
    BREAST = "breast", "Breast cancer"
    LUNG = "lung", "Lung cancer"
    PROSTATE = "prostate", "Prostate cancer"
    KIDNEY = "kidney", "Kidney cancer"
    THYROID = "thyroid", "Thyroid cancer"
    MYELOMA = "myeloma", "Multiple myeloma"
    LYMPHOMA = "lymphoma", "Lymphoma"
    COLORECTAL = "colorectal", "Colorectal cancer"
    MELANOMA = "melanoma", "Melanoma"
    OTHER = "other", "Another cancer"
    UNKNOWN = "unknown", "Not yet known"


class SpineRegion(models.TextChoices):
    CERVICAL = "cervical", "Neck (cervical spine)"
    THORACIC = "thoracic", "Upper and middle back (thoracic spine)"
    LUMBAR = "lumbar", "Lower back (lumbar spine)"
    SACRAL = "sacral", "Base of the spine (sacrum)"
    NOT_SURE = "not_sure", "Not sure"


# The symptoms the patients' forms ask about: the red-flag table's, in its words and order.
SYMPTOM_CHOICES = [(sign.key, sign.noticed) for sign in redflags.form_symptoms()]


class SymptomChange(models.TextChoices):
    """How symptoms were changing, as one answer for all of them (requests sent before the
    forms asked about each symptom; new requests use redflags.Change for each)."""

    NEW_DAYS = "new_days", "New or getting worse over the last few days"
    NEW_WEEKS = "new_weeks", "New or getting worse over the last few weeks"
    STABLE = "stable", "About the same for a while"
    NOT_SURE = "not_sure", "Not sure"
    NONE = "none", "No symptoms"


class PriorTreatment(models.TextChoices):
    RADIATION = "radiation", "Radiation therapy"
    SURGERY = "surgery", "Surgery"
    SYSTEMIC = "systemic", "Chemotherapy, hormone therapy, immunotherapy or targeted therapy"
    NONE = "none", "None yet"


class PreviousRecommendation(models.TextChoices):
    SURGERY = "surgery", "Surgery"
    RADIATION = "radiation", "Radiation therapy"
    SURGERY_AND_RADIATION = "surgery_and_radiation", "Surgery and radiation"
    SYSTEMIC = "systemic", "Medicines only (such as chemotherapy)"
    OBSERVATION = "observation", "Watching and waiting"
    NO_SURGERY = "no_surgery", "I was told surgery is not an option"
    OTHER = "other", "Something else"
    NONE = "none", "Nothing has been recommended yet"


class SecondOpinionFormat(models.TextChoices):
    """How a person would like their second opinion given."""

    IN_PERSON = "in_person", _("A visit in person at the hospital")
    VIDEO = "video", _("A video visit")
    RECORDS = "records", _("A review of my records and scans, without a visit")
    NO_PREFERENCE = "no_preference", _("No preference")


class NeuroStatus(models.TextChoices):
    INTACT = "intact", "Neurologically intact"
    DEFICIT_STABLE = "deficit_stable", "Deficit, stable"
    DEFICIT_PROGRESSING = "deficit_progressing", "Deficit, progressing"


class ReferrerUrgency(models.TextChoices):
    ROUTINE = "routine", "Routine (within 2 weeks)"
    SOON = "soon", "Soon (within a week)"
    URGENT = "urgent", "Urgent (within 24 to 48 hours)"
