from django.db import models
from django.utils.translation import gettext_lazy as _


class HeadingLevel(models.TextChoices):
    H2 = "h2", _("Section heading (h2)")
    H3 = "h3", _("Subheading (h3)")


class ContactItem(models.TextChoices):
    MAIN_PHONE = "main_phone", _("Main phone")
    URGENT_PHONE = "urgent_phone", _("Urgent phone")
    FAX = "fax", _("Fax")
    EMAIL = "email", _("Email")
    ADDRESS = "address", _("Address")
    HOURS = "hours", _("Opening hours")


class PracticeFact(models.TextChoices):
    WAITS = "waits", _("Typical waits (routine, urgent, second opinion)")
    URGENT_LINE = "urgent_line", _("The urgent line: who answers, when, and when it is closed")
    RESPONSE = "response", _("When we reply to a request")
    VISIT_LENGTH = "visit_length", _("How long a first visit takes")
    INSURANCE_PLANS = "insurance_plans", _("Insurance plans accepted")
    SECOND_OPINION_COST = "second_opinion_cost", _("What a second opinion costs if not covered")
