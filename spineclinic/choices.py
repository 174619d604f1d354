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
