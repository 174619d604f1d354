from spineclinic.page_mixins import ClinicalReviewMixin, ListingMixin

from .pages import (
    ConditionIndexPage,
    ConditionPage,
    HomePage,
    LocationPage,
    ServiceAreaIndexPage,
    ServiceAreaPage,
    StandardPage,
    SymptomIndexPage,
    SymptomPage,
    TeamPage,
    TeamPageMember,
    TreatmentIndexPage,
    TreatmentPage,
    WarningSignsPage,
)
from .snippets import CareAdvice, Clinician
from .workflows import ClinicalSignOffTask

__all__ = [
    "CareAdvice",
    "ClinicalReviewMixin",
    "ClinicalSignOffTask",
    "Clinician",
    "ConditionIndexPage",
    "ConditionPage",
    "HomePage",
    "ListingMixin",
    "LocationPage",
    "ServiceAreaIndexPage",
    "ServiceAreaPage",
    "StandardPage",
    "SymptomIndexPage",
    "SymptomPage",
    "TeamPage",
    "TeamPageMember",
    "TreatmentIndexPage",
    "TreatmentPage",
    "WarningSignsPage",
]
