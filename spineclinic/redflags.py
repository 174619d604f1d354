"""The red-flag table: every sign the site gives urgent-care advice about, how urgent it is,
and where that comes from. It is the only place a level is decided.

Symptom pages, care cards, the site-wide emergency wording, the request forms' symptom list,
triage, the confirmation pages and the emails all read it. NICE guideline NG234 (2023, spinal
metastases and metastatic spinal cord compression) is the floor: a level here may be higher
than NG234's, never lower. A change to this file needs a clinician's sign-off
(docs/clinical_safety.md).
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    """How quickly to get help. The stored value "urgent" means the same day."""

    ROUTINE = "routine", _("Routine: tell us or your care team")
    SAME_DAY = "urgent", _("Same day: call us today")
    EMERGENCY = "emergency", _("Emergency: get help now")


RANK = {Level.ROUTINE: 0, Level.SAME_DAY: 1, Level.EMERGENCY: 2}


def highest(levels):
    """The most urgent of some levels (routine when there are none)."""
    return max(levels, key=lambda level: RANK[Level(level)], default=Level.ROUTINE)


def at_least(level, floor):
    return RANK[Level(level)] >= RANK[Level(floor)]


class Change(models.TextChoices):
    """How a symptom is changing, asked for each symptom a person ticks."""

    NEW_DAYS = "new_days", _("New or getting worse over the last few days")
    NEW_WEEKS = "new_weeks", _("New or getting worse over the last few weeks")
    STABLE = "stable", _("About the same for a while (more than a month)")
    NOT_SURE = "not_sure", _("Not sure")


# Sources, named once.
NG234_MSCC = (
    "NICE NG234 (2023): symptoms and signs of suspected metastatic spinal cord compression"
)
NG234_METS = "NICE NG234 (2023): symptoms suggesting spinal metastases"
NG234_RADICULAR = (
    "NICE NG234 (2023): radicular (nerve root) pain, listed with the neurological symptoms"
)
SEED = "The practice's page: urgent evaluation for new or progressive neurological symptoms"
AFTER_SURGERY = "Standard after-surgery advice (NHS.UK, American Cancer Society)"
REFERRAL = "The practice's referral criteria (ESCC: Bilsky 2010; SINS: Fisher 2010)"


@dataclass(frozen=True)
class RedFlag:
    """One sign: what the person notices, its level and why."""

    key: str  # also the request forms' answer for this symptom
    level: str
    noticed: str  # what the person notices, in plain words
    source: str
    # Emergency signs are emergencies when new or getting worse (NG234); one that has been the
    # same for over a month is still checked the same day.
    progressive: bool = False
    # Same day, but call now rather than later today (NG234 lists it with the neurological
    # symptoms); go to the emergency department if the urgent line cannot be reached.
    call_now: bool = False
    # Asked in the patients' forms' symptom list.
    asked_in_forms: bool = False
    # Read from free text by spineclinic.redflag_words (False for referral-only answers).
    audience: str = "patient"  # "patient", "after_surgery" or "referral"


FLAGS = [
    # -- Emergency: possible spinal cord or cauda equina compression, new or getting worse.
    RedFlag(
        "weakness",
        Level.EMERGENCY,
        _("Weakness in an arm or a leg, or legs that give way"),
        NG234_MSCC,
        progressive=True,
        asked_in_forms=True,
    ),
    RedFlag(
        "balance",
        Level.EMERGENCY,
        _(
            "Trouble walking or standing, including feeling unsteady on your feet or needing "
            "to hold on to walls or furniture"
        ),
        NG234_MSCC,
        progressive=True,
        asked_in_forms=True,
    ),
    RedFlag(
        "numbness",
        Level.EMERGENCY,
        _("Numbness or pins and needles in your arms or legs"),
        NG234_MSCC,
        progressive=True,
        asked_in_forms=True,
    ),
    RedFlag(
        "numbness_band",
        Level.EMERGENCY,
        _("Numbness in a band around your chest or tummy"),
        NG234_MSCC,
        progressive=True,
        asked_in_forms=True,
    ),
    RedFlag(
        "numbness_saddle",
        Level.EMERGENCY,
        _("Numbness between your legs or around your bottom"),
        NG234_MSCC,
        progressive=True,
        asked_in_forms=True,
    ),
    RedFlag(
        "bladder_bowel",
        Level.EMERGENCY,
        _("Trouble passing urine (peeing), or losing control of your bladder or bowels"),
        NG234_MSCC,
        progressive=True,
        asked_in_forms=True,
    ),
    RedFlag(
        "suspected_compression",
        Level.EMERGENCY,
        _(
            "A doctor has said the cancer may be pressing on the spinal cord or nerves "
            "(cord compression or cauda equina), and you have not been seen about it yet"
        ),
        NG234_MSCC,
    ),
    # -- Same day: possible spinal metastases.
    RedFlag(
        "radiating_pain",
        Level.SAME_DAY,
        _("Pain that wraps around your chest or tummy like a band, or spreads down an arm or leg"),
        NG234_RADICULAR,
        call_now=True,
        asked_in_forms=True,
    ),
    RedFlag(
        "neck_back_pain",
        Level.SAME_DAY,
        _("Pain in your neck, or in your upper or middle back"),
        NG234_METS,
        asked_in_forms=True,
    ),
    RedFlag(
        "back_pain",
        Level.SAME_DAY,
        _("Back pain that is getting worse, or is severe and does not stop"),
        NG234_METS,
        asked_in_forms=True,
    ),
    RedFlag(
        "night_pain",
        Level.SAME_DAY,
        _("Back or neck pain that stops you sleeping, or is worse when you lie flat"),
        NG234_METS,
        asked_in_forms=True,
    ),
    RedFlag(
        "straining_pain",
        Level.SAME_DAY,
        _("Back or neck pain that is worse when you cough, sneeze or strain on the toilet"),
        NG234_METS,
        asked_in_forms=True,
    ),
    RedFlag(
        "tender_spot",
        Level.SAME_DAY,
        _("A spot on your spine that hurts when it is pressed"),
        NG234_METS,
        asked_in_forms=True,
    ),
    # -- After spine surgery.
    RedFlag(
        "chest_pain_breathless",
        Level.EMERGENCY,
        _("Chest pain, or sudden shortness of breath"),
        AFTER_SURGERY,
        audience="after_surgery",
    ),
    RedFlag(
        "wound_infection",
        Level.SAME_DAY,
        _("A fever, or a wound that is red, swollen, hot or leaking"),
        AFTER_SURGERY,
        audience="after_surgery",
    ),
    RedFlag(
        "wound_clear_fluid",
        Level.SAME_DAY,
        _("Clear, watery fluid coming from the wound"),
        AFTER_SURGERY,
        audience="after_surgery",
    ),
    RedFlag(
        "calf_swelling",
        Level.SAME_DAY,
        _("A swollen, painful or red calf (lower leg)"),
        AFTER_SURGERY,
        audience="after_surgery",
    ),
    RedFlag(
        "severe_new_pain",
        Level.SAME_DAY,
        _("Severe new pain, or pain that your medicines no longer control"),
        AFTER_SURGERY,
        audience="after_surgery",
    ),
    # -- What a referring clinician reports.
    RedFlag(
        "deficit_progressing",
        Level.EMERGENCY,
        _("A neurological deficit that is getting worse"),
        NG234_MSCC,
        audience="referral",
    ),
    RedFlag(
        "escc_high_grade",
        Level.SAME_DAY,
        _("High-grade epidural spinal cord compression (ESCC 2 or 3)"),
        REFERRAL,
        audience="referral",
    ),
    RedFlag(
        "sins_unstable",
        Level.SAME_DAY,
        _("An unstable spine (SINS 13 or more)"),
        REFERRAL,
        audience="referral",
    ),
    RedFlag(
        "referrer_urgent",
        Level.SAME_DAY,
        _("The referring clinician asks for the patient to be seen urgently"),
        REFERRAL,
        audience="referral",
    ),
]

BY_KEY = {flag.key: flag for flag in FLAGS}
SINS_UNSTABLE = 13


def flag(key):
    return BY_KEY[key]


def choices(audience=None):
    """(key, wording) pairs, e.g. for an editor's choice of signs on a care card."""
    return [(f.key, f.noticed) for f in FLAGS if audience in (None, f.audience)]


def form_symptoms():
    """The signs the patients' request forms ask about, most urgent first."""
    return [f for f in FLAGS if f.asked_in_forms]


def of_level(level, audience="patient"):
    return [f for f in FLAGS if f.level == level and f.audience == audience]


def level_of(keys):
    """The level of a set of signs: the most urgent of them."""
    return highest(BY_KEY[key].level for key in keys if key in BY_KEY)


def level_for_answer(key, change):
    """The level of a ticked symptom, given how it is changing. An emergency sign that has been
    the same for over a month is checked the same day; a missing answer counts as new."""
    red_flag = BY_KEY[key]
    if red_flag.progressive and change == Change.STABLE:
        return Level.SAME_DAY
    return red_flag.level
