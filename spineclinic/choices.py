from django.db import models


class HeadingLevel(models.TextChoices):
    H2 = "h2", "Section heading (h2)"
    H3 = "h3", "Subheading (h3)"


class ContactItem(models.TextChoices):
    MAIN_PHONE = "main_phone", "Main phone"
    URGENT_PHONE = "urgent_phone", "Urgent phone"
    FAX = "fax", "Fax"
    EMAIL = "email", "Email"
    ADDRESS = "address", "Address"
    HOURS = "hours", "Opening hours"


class PracticeFact(models.TextChoices):
    WAITS = "waits", "Typical waits (routine, urgent, second opinion)"
    URGENT_LINE = "urgent_line", "The urgent line: who answers, when, and when it is closed"
    RESPONSE = "response", "When we reply to a request"
    VISIT_LENGTH = "visit_length", "How long a first visit takes"
    INSURANCE_PLANS = "insurance_plans", "Insurance plans accepted"
    SECOND_OPINION_COST = "second_opinion_cost", "What a second opinion costs if not covered"
