from django.db import models


class Urgency(models.TextChoices):
    """How quickly someone with a symptom should get help; each level has fixed wording."""

    ROUTINE = "routine", "Non-urgent"
    URGENT = "urgent", "Urgent: get advice today"
    EMERGENCY = "emergency", "Emergency: get help now"


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
