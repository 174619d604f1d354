from .mixins import ClinicalReviewMixin, ListingMixin
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
)
from .snippets import Clinician

__all__ = [
    "ClinicalReviewMixin",
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
]
