"""What every template may read about the clinical content."""

from django.utils.functional import SimpleLazyObject

from .models import CareAdvice


def care_advice(request):
    """`care_advice`: the live urgent care wording in the page's language (read on first use,
    so a template that shows none costs no query)."""
    return {"care_advice": SimpleLazyObject(CareAdvice.current)}
