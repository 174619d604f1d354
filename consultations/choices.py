from django.db import models
from django.utils.translation import gettext_lazy as _

from spineclinic import redflags


class RequestType(models.TextChoices):
    CONSULTATION = "consultation", _("Consultation")
    SECOND_OPINION = "second_opinion", _("Second opinion")
    REFERRAL = "referral", _("Referral")


class Status(models.TextChoices):
    NEW = "new", _("New")
    IN_REVIEW = "in_review", _("In review")
    CONTACTED = "contacted", _("Contacted")
    SCHEDULED = "scheduled", _("Scheduled")
    CLOSED = "closed", _("Closed")
    SPAM = "spam", _("Spam")


class ScanStatus(models.TextChoices):
    """Where an uploaded file stands with the virus scanner (consultations/scanning.py)."""

    CLEAN = "clean", _("Scanned: no virus found")
    PENDING = "pending", _("Not yet scanned: held until the scanner answers")
    INFECTED = "infected", _("Virus found: held, never downloadable")
    OFF = "off", _("Not scanned (no scanner configured)")


class Relationship(models.TextChoices):
    SELF = "self", _("I am the patient")
    FAMILY = "family", _("A family member")
    CAREGIVER = "caregiver", _("A caregiver or friend")


class PreferredLanguage(models.TextChoices):
    """The language a person would like us to use on calls and at visits: English and the ten
    most common other languages of New York City (spoken, so Chinese is Mandarin or Cantonese)."""

    ENGLISH = "en", _("English")
    SPANISH = "es", _("Spanish")
    MANDARIN = "cmn", _("Chinese (Mandarin)")
    CANTONESE = "yue", _("Chinese (Cantonese)")
    RUSSIAN = "ru", _("Russian")
    BENGALI = "bn", _("Bengali")
    HAITIAN_CREOLE = "ht", _("Haitian Creole")
    KOREAN = "ko", _("Korean")
    ARABIC = "ar", _("Arabic")
    URDU = "ur", _("Urdu")
    FRENCH = "fr", _("French")
    POLISH = "pl", _("Polish")
    OTHER = "other", _("Another language")


# Each language's name in itself, shown beside the name in the page's language so a person who
# reads only their own language finds it: (code, name, HTML lang, direction).
LANGUAGE_ENDONYMS = {
    "en": ("English", "en", "ltr"),
    "es": ("Español", "es", "ltr"),
    "cmn": ("普通话", "zh-Hans", "ltr"),
    "yue": ("廣東話", "zh-Hant", "ltr"),
    "ru": ("Русский", "ru", "ltr"),
    "bn": ("বাংলা", "bn", "ltr"),
    "ht": ("Kreyòl ayisyen", "ht", "ltr"),
    "ko": ("한국어", "ko", "ltr"),
    "ar": ("العربية", "ar", "rtl"),
    "ur": ("اردو", "ur", "rtl"),
    "fr": ("Français", "fr", "ltr"),
    "pl": ("Polski", "pl", "ltr"),
}


class ContactMethod(models.TextChoices):
    PHONE = "phone", _("Phone")
    EMAIL = "email", _("Email")
    EITHER = "either", _("Either")


class ContactTime(models.TextChoices):
    MORNING = "morning", _("Morning (9 am to 12 pm)")
    AFTERNOON = "afternoon", _("Afternoon (12 pm to 5 pm)")
    ANY = "any", _("Any time")


class Diagnosis(models.TextChoices):
    BREAST = "breast", _("Breast cancer")
    LUNG = "lung", _("Lung cancer")
    PROSTATE = "prostate", _("Prostate cancer")
    KIDNEY = "kidney", _("Kidney cancer")
    THYROID = "thyroid", _("Thyroid cancer")
    MYELOMA = "myeloma", _("Multiple myeloma")
    LYMPHOMA = "lymphoma", _("Lymphoma")
    COLORECTAL = "colorectal", _("Colorectal cancer")
    MELANOMA = "melanoma", _("Melanoma")
    OTHER = "other", _("Another cancer")
    UNKNOWN = "unknown", _("Not yet known")


class SpineRegion(models.TextChoices):
    CERVICAL = "cervical", _("Neck (cervical spine)")
    THORACIC = "thoracic", _("Upper and middle back (thoracic spine)")
    LUMBAR = "lumbar", _("Lower back (lumbar spine)")
    SACRAL = "sacral", _("Base of the spine (sacrum)")
    NOT_SURE = "not_sure", _("Not sure")


# The symptoms the patients' forms ask about: the red-flag table's, in its words and order.
SYMPTOM_CHOICES = [(sign.key, sign.noticed) for sign in redflags.form_symptoms()]


class SymptomChange(models.TextChoices):
    """How symptoms were changing, as one answer for all of them (requests sent before the
    forms asked about each symptom; new requests use redflags.Change for each)."""

    NEW_DAYS = "new_days", _("New or getting worse over the last few days")
    NEW_WEEKS = "new_weeks", _("New or getting worse over the last few weeks")
    STABLE = "stable", _("About the same for a while")
    NOT_SURE = "not_sure", _("Not sure")
    NONE = "none", _("No symptoms")


class PriorTreatment(models.TextChoices):
    RADIATION = "radiation", _("Radiation therapy")
    SURGERY = "surgery", _("Surgery")
    SYSTEMIC = "systemic", _("Chemotherapy, hormone therapy, immunotherapy or targeted therapy")
    NONE = "none", _("None yet")


class PreviousRecommendation(models.TextChoices):
    SURGERY = "surgery", _("Surgery")
    RADIATION = "radiation", _("Radiation therapy")
    SURGERY_AND_RADIATION = "surgery_and_radiation", _("Surgery and radiation")
    SYSTEMIC = "systemic", _("Medicines only (such as chemotherapy)")
    OBSERVATION = "observation", _("Watching and waiting")
    NO_SURGERY = "no_surgery", _("I was told surgery is not an option")
    OTHER = "other", _("Something else")
    NONE = "none", _("Nothing has been recommended yet")


class SecondOpinionFormat(models.TextChoices):
    """How a person would like their second opinion given."""

    IN_PERSON = "in_person", _("A visit in person at the hospital")
    VIDEO = "video", _("A video visit")
    RECORDS = "records", _("A review of my records and scans, without a visit")
    NO_PREFERENCE = "no_preference", _("No preference")


class NeuroStatus(models.TextChoices):
    INTACT = "intact", _("Neurologically intact")
    DEFICIT_STABLE = "deficit_stable", _("Deficit, stable")
    DEFICIT_PROGRESSING = "deficit_progressing", _("Deficit, progressing")


class ReferrerUrgency(models.TextChoices):
    ROUTINE = "routine", _("Routine (within 2 weeks)")
    SOON = "soon", _("Soon (within a week)")
    URGENT = "urgent", _("Urgent (within 24 to 48 hours)")
