"""How urgent a request is, and why. The levels come from the red-flag table
(spineclinic/redflags.py); this module only decides which of its signs a request shows.

A request shows a sign when the person ticks it, writes it in their own words (in English or
Spanish, spineclinic/redflag_words.py), or, for a referral, when the clinician's answers say
so. When in doubt, the request is urgent: a symptom with no answer about how it is changing
counts as new, and a mention that may be denied ("no bladder problems") still counts, with the
confirmation worded "if any of these are happening now".
"""

from dataclasses import dataclass, field

from spineclinic import redflag_words, redflags
from spineclinic.redflags import Change, Level

from .choices import NeuroStatus, ReferrerUrgency
from .scores import escc_is_high_grade

# The answers a person writes in their own words, read for red flags.
FREE_TEXT_FIELDS = ["message", "questions", "diagnosis_other", "histology", "levels_involved"]
CHANGE_WORDS = {
    Change.NEW_DAYS: "new or getting worse over the last few days",
    Change.NEW_WEEKS: "new or getting worse over the last few weeks",
    Change.STABLE: "about the same for over a month",
    Change.NOT_SURE: "not sure how it is changing",
    "": "no answer about how it is changing",
}


@dataclass
class Finding:
    key: str
    level: str
    reason: str
    hedged: bool = False


@dataclass
class Triage:
    findings: list = field(default_factory=list)

    def add(self, key, reason, level=None, hedged=False):
        self.findings.append(Finding(key, level or redflags.flag(key).level, reason, hedged))

    @property
    def level(self):
        return redflags.highest(finding.level for finding in self.findings)

    @property
    def urgent(self):
        return self.level != Level.ROUTINE

    @property
    def hedged(self):
        """True when every sign at the request's level may have been denied."""
        top = [f for f in self.findings if f.level == self.level]
        return bool(top) and all(f.hedged for f in top)

    @property
    def reasons(self):
        """Readable reasons for staff, most urgent first."""
        ordered = sorted(self.findings, key=lambda f: -redflags.RANK[Level(f.level)])
        return [f"{Level(f.level).label}: {f.reason}" for f in ordered if f.level != "routine"]

    @property
    def signs(self):
        return list(dict.fromkeys(f.key for f in self.findings if f.level != Level.ROUTINE))


def assess(
    symptom_changes=None,
    texts=(),
    neuro_status="",
    escc_grade="",
    referrer_urgency="",
    sins_total=None,
):
    """Decide a request's level from its answers; returns a Triage with readable reasons."""
    result = Triage()
    for key, change in (symptom_changes or {}).items():
        if key in redflags.BY_KEY:
            sign = redflags.flag(key)
            result.add(
                key,
                f"{sign.noticed} (ticked; {CHANGE_WORDS.get(change, change)})",
                level=redflags.level_for_answer(key, change),
            )
    for match in redflag_words.find(*texts):
        sign = redflags.flag(match.key)
        if match.negated:
            reason = f'{sign.noticed} (in their words, perhaps denied: "{match.words}")'
        else:
            reason = f'{sign.noticed} (in their words: "{match.words}")'
        result.add(match.key, reason, hedged=match.negated)
    if neuro_status == NeuroStatus.DEFICIT_PROGRESSING:
        result.add("deficit_progressing", "Referrer reports a progressing neurological deficit")
    if escc_grade and escc_is_high_grade(escc_grade):
        result.add(
            "escc_high_grade",
            f"High-grade epidural spinal cord compression (ESCC {escc_grade})",
        )
    if sins_total is not None and sins_total >= redflags.SINS_UNSTABLE:
        result.add("sins_unstable", f"Unstable spine (SINS {sins_total})")
    if referrer_urgency == ReferrerUrgency.URGENT:
        result.add("referrer_urgent", "Referrer marked the referral urgent")
    return result


def assess_request(patient_request):
    """Apply the rules to a PatientRequest and record the outcome on it (unsaved)."""
    changes = dict(patient_request.symptom_changes or {})
    for key in patient_request.symptoms or []:
        changes.setdefault(key, "")
    result = assess(
        symptom_changes=changes,
        texts=[getattr(patient_request, name) or "" for name in FREE_TEXT_FIELDS],
        neuro_status=patient_request.neuro_status,
        escc_grade=patient_request.escc_grade,
        referrer_urgency=patient_request.referrer_urgency,
        sins_total=patient_request.sins_total,
    )
    patient_request.level = result.level
    patient_request.urgent = result.urgent
    patient_request.level_hedged = result.hedged
    patient_request.urgent_reasons = result.reasons
    patient_request.red_flags = result.signs
    return result
