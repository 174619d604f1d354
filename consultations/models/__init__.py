from .pages import ConsultationRequestPage, ReferralRequestPage, SecondOpinionRequestPage
from .requests import PatientRequest, RequestFile, RequestNote

__all__ = [
    "ConsultationRequestPage",
    "PatientRequest",
    "ReferralRequestPage",
    "RequestFile",
    "RequestNote",
    "SecondOpinionRequestPage",
]
