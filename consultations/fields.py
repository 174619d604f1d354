"""Form fields for the request forms: date of birth, phone numbers and the NPI."""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

PHONE_HINT = _("For example, 212 555 0140.")

# What a date of birth lacks, said whole so that each reads naturally in every language.
MISSING_DATE_PARTS = {
    ("month",): _("Date of birth must include a month."),
    ("day",): _("Date of birth must include a day."),
    ("year",): _("Date of birth must include a year."),
    ("month", "day"): _("Date of birth must include a month and a day."),
    ("month", "year"): _("Date of birth must include a month and a year."),
    ("day", "year"): _("Date of birth must include a day and a year."),
}


class DateOfBirthWidget(forms.MultiWidget):
    """Month, day and year as three boxes (the pattern people get right most often)."""

    template_name = "consultations/widgets/date_of_birth.html"

    def __init__(self, attrs=None, autocomplete_section=""):
        prefix = f"{autocomplete_section} " if autocomplete_section else ""
        parts = [
            (_("Month"), "bday-month", 2),
            (_("Day"), "bday-day", 2),
            (_("Year"), "bday-year", 4),
        ]
        widgets = [
            forms.TextInput(
                attrs={
                    "inputmode": "numeric",
                    "autocomplete": f"{prefix}{token}",
                    "maxlength": length,
                    "class": f"input--width-{length}",
                    "data-label": label,
                }
            )
            for label, token, length in parts
        ]
        super().__init__(widgets, attrs)

    def decompress(self, value):
        if isinstance(value, datetime.date):
            return [value.month, value.day, value.year]
        return [None, None, None]


class DateOfBirthField(forms.MultiValueField):
    """A real date, in the past, for someone aged under 120."""

    def __init__(self, autocomplete_section="", **kwargs):
        fields = [forms.CharField(required=False) for _ in range(3)]
        kwargs.setdefault("require_all_fields", False)
        super().__init__(
            fields,
            widget=DateOfBirthWidget(autocomplete_section=autocomplete_section),
            **kwargs,
        )
        self.error_messages["required"] = _("Enter the patient's date of birth.")

    def compress(self, data_list):
        if not data_list or not any(part.strip() for part in data_list if part):
            return None
        month, day, year = (part.strip() if part else "" for part in data_list)
        parts = dict(zip(["month", "day", "year"], data_list, strict=True))
        missing = tuple(name for name, part in parts.items() if not part)
        if missing:
            raise ValidationError(MISSING_DATE_PARTS[missing], code="incomplete")
        if not (month.isdigit() and day.isdigit() and year.isdigit()):
            raise phone_error(gettext("Date of birth must be numbers only, like 3 27 1961."))
        if len(year) != 4:
            raise phone_error(gettext("Enter the year of birth as 4 digits, like 1961."))
        try:
            value = datetime.date(int(year), int(month), int(day))
        except ValueError:
            raise ValidationError(
                gettext("Date of birth must be a real date."), code="invalid"
            ) from None
        today = timezone.localdate()
        if value > today:
            raise ValidationError(gettext("Date of birth must be in the past."), code="future")
        if value.year < today.year - 120:
            raise phone_error(gettext("Check the year of birth: it is more than 120 years ago."))
        return value


def phone_error(message):
    """A phone number refused, with an example of one that works."""
    return ValidationError(f"{message} {PHONE_HINT}", code="invalid")


def normalise_phone(value):
    """Keep a readable number: '(212) 555-0140' or '+44 20 7946 0958'."""
    value = value.strip()
    if not value:
        return ""
    if re.search(r"[^\d\s()+.\-x]", value.replace("ext", "x")):
        raise phone_error(gettext("Enter a phone number using digits only."))
    main, _, extension = value.replace("ext", "x").partition("x")
    digits = re.sub(r"\D", "", main)
    if main.strip().startswith("+") and not digits.startswith("1"):
        if not 8 <= len(digits) <= 15:
            raise phone_error(gettext("Enter a full phone number."))
        number = f"+{digits}"
    else:
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        if len(digits) != 10:
            raise phone_error(gettext("Enter a 10-digit phone number, with the area code."))
        if digits[0] in "01":
            raise phone_error(gettext("US area codes do not start with 0 or 1."))
        number = f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    extension = re.sub(r"\D", "", extension)
    return f"{number} x{extension}" if extension else number


class TelInput(forms.TextInput):
    """A phone number box: phones show their number keypad (one `type`, set here, because an
    extra `type` in the attributes would be a second, ignored attribute)."""

    input_type = "tel"


class PhoneField(forms.CharField):
    widget = TelInput

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 30)
        super().__init__(**kwargs)

    def clean(self, value):
        return normalise_phone(super().clean(value) or "")


def npi_is_valid(npi):
    """The NPI check digit: Luhn over '80840' + the first nine digits (CMS's rule)."""
    if not re.fullmatch(r"\d{10}", npi):
        return False
    digits = [int(d) for d in "80840" + npi[:9]]
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10 == int(npi[9])


def validate_npi(value):
    digits = re.sub(r"[\s-]", "", value)
    if not digits.isdigit() or len(digits) != 10:
        raise ValidationError(gettext("Enter your NPI as 10 digits."), code="invalid")
    if not npi_is_valid(digits):
        raise ValidationError(
            gettext("That NPI is not valid: check the digits (the last one is a check digit)."),
            code="checksum",
        )
    return digits


# Names that never receive mail: special-use top-level names (RFC 2606, 6761, 6762) and the
# domains reserved for documentation.
RESERVED_EMAIL_TLDS = {"example", "invalid", "local", "localhost", "test"}
RESERVED_EMAIL_DOMAINS = {"example.com", "example.net", "example.org"}


def validate_deliverable_email(value):
    """Refuse an address at a domain no email can reach, so a confirmation is never sent
    into the void while the person waits for it."""
    domain = (value or "").rpartition("@")[2].strip().rstrip(".").lower()
    if not domain:
        return
    labels = domain.split(".")
    reserved = (
        domain.startswith("[")  # an address literal: a@[127.0.0.1]
        or len(labels) < 2  # one word: a@localhost, a@intranet
        or labels[-1] in RESERVED_EMAIL_TLDS
        or ".".join(labels[-2:]) in RESERVED_EMAIL_DOMAINS
    )
    if reserved:
        raise ValidationError(
            gettext("Check the email address: nobody can receive email at “%(domain)s”.")
            % {"domain": domain},
            code="undeliverable",
        )
