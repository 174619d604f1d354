"""Which requests are urgent, and why. Every rule is here, in one place.

A request is urgent when it reports a possible sign of spinal cord compression that is new or
getting worse, or when the referring clinician says so or reports high-grade compression or
an unstable spine.
"""

from dataclasses import dataclass, field

from .choices import NeuroStatus, ReferrerUrgency, Symptom, SymptomChange
from .scores import escc_is_high_grade

WORSENING = {SymptomChange.NEW_DAYS, SymptomChange.NEW_WEEKS, SymptomChange.NOT_SURE, ""}
RAPID = {SymptomChange.NEW_DAYS, SymptomChange.NOT_SURE, ""}
SINS_UNSTABLE = 13


@dataclass
class Triage:
    urgent: bool = False
    reasons: list = field(default_factory=list)

    def flag(self, reason):
        self.urgent = True
        self.reasons.append(reason)


def assess(
    symptoms=(),
    symptom_change="",
    neuro_status="",
    escc_grade="",
    referrer_urgency="",
    sins_total=None,
):
    """Decide urgency from a request's answers; returns a Triage with readable reasons."""
    result = Triage()
    symptoms = set(symptoms)
    if Symptom.BLADDER_BOWEL in symptoms:
        result.flag("Bladder or bowel control problems")
    if Symptom.WEAKNESS in symptoms and symptom_change in WORSENING:
        result.flag("New or worsening weakness or difficulty walking")
    if Symptom.NUMBNESS in symptoms and symptom_change in RAPID:
        result.flag("Numbness or tingling that is new or spreading over days")
    if neuro_status == NeuroStatus.DEFICIT_PROGRESSING:
        result.flag("Referrer reports a progressing neurological deficit")
    if escc_grade and escc_is_high_grade(escc_grade):
        result.flag(f"High-grade epidural spinal cord compression (ESCC {escc_grade})")
    if sins_total is not None and sins_total >= SINS_UNSTABLE:
        result.flag(f"Unstable spine (SINS {sins_total})")
    if referrer_urgency == ReferrerUrgency.URGENT:
        result.flag("Referrer marked the referral urgent")
    return result


def assess_request(patient_request):
    """Apply the rules to a PatientRequest and record the outcome on it (unsaved)."""
    result = assess(
        symptoms=patient_request.symptoms,
        symptom_change=patient_request.symptom_change,
        neuro_status=patient_request.neuro_status,
        escc_grade=patient_request.escc_grade,
        referrer_urgency=patient_request.referrer_urgency,
        sins_total=patient_request.sins_total,
    )
    patient_request.urgent = result.urgent
    patient_request.urgent_reasons = result.reasons
    return result
