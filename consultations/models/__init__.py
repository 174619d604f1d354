from .pages import ConsultationRequestPage, ReferralRequestPage, SecondOpinionRequestPage
from .requests import PatientRequest, RequestFile, RequestNote
from .tools import EsccGradingPage, SinsCalculatorPage

__all__ = [
    "ConsultationRequestPage",
    "EsccGradingPage",
    "PatientRequest",
    "ReferralRequestPage",
    "RequestFile",
    "RequestNote",
    "SecondOpinionRequestPage",
    "SinsCalculatorPage",
]
