"""Practice-wide facts, edited once in Settings > Clinic settings and used by every template."""

import re

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page


def tel_href(number):
    """'(212) 555-0140' -> 'tel:+12125550140' (US numbers; others keep their digits)."""
    digits = re.sub(r"\D", "", number or "")
    if len(digits) == 10:
        digits = "1" + digits
    return f"tel:+{digits}" if digits else ""


@register_setting(icon="site")
class ClinicSettings(BaseSiteSetting):
    """Phone numbers, address, hours and the exact words for emergencies."""

    practice_name = models.CharField(
        max_length=120, help_text="The practice's name as patients see it in the header."
    )
    main_phone = models.CharField(
        max_length=30, help_text="For appointments and questions, e.g. '(212) 555-0140'."
    )
    urgent_phone = models.CharField(
        max_length=30, help_text="For new or worsening symptoms; answered the same day."
    )
    fax = models.CharField(max_length=30, blank=True, help_text="For referrals and records.")
    email = models.EmailField(blank=True, help_text="Never ask patients to email medical details.")
    street_address = models.CharField(max_length=120)
    address_locality = models.CharField(max_length=80, default="New York", help_text="City.")
    address_region = models.CharField(max_length=2, default="NY", help_text="State, two letters.")
    postal_code = models.CharField(max_length=10, help_text="ZIP code.")
    hours = models.CharField(max_length=200, help_text="e.g. 'Monday to Friday, 9 am to 5 pm'.")
    clinician_phone = models.CharField(
        max_length=30,
        blank=True,
        help_text="For referring clinicians to discuss an urgent referral the same day. "
        "Leave empty to use the urgent line.",
    )
    urgent_hours = models.CharField(
        max_length=200,
        help_text="When the urgent line is answered, as it reads after 'The urgent line is "
        "answered', e.g. 'Monday to Friday, 9 am to 5 pm'.",
    )
    out_of_hours = models.TextField(
        max_length=300,
        help_text="What to do when the urgent line is closed. It must send people to the "
        "nearest emergency department (or 911) rather than ask them to wait.",
    )
    response_promise = models.CharField(
        max_length=120,
        help_text="When the intake team contacts people after a request, as it reads after "
        "'We will contact you', e.g. 'within one business day'. Only promise what the team "
        "always keeps.",
    )
    emergency_action = models.TextField(
        max_length=300,
        help_text="What to do in an emergency, shown with every emergency sign. "
        "It must tell people to call 911 or go to the nearest emergency department.",
    )
    urgent_action = models.TextField(
        max_length=300,
        help_text="What to do about a same-day sign. The urgent phone number and its hours "
        "are shown after it.",
    )
    urgent_action_now = models.TextField(
        max_length=300,
        help_text="What to do about a same-day sign that needs a call now rather than later "
        "today (band-like or spreading nerve pain). The urgent phone number is shown after it.",
    )
    routine_action = models.TextField(
        max_length=300,
        help_text="What to do about a routine question. The main phone number is shown after it.",
    )

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Linked from every page's footer.",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Linked from every page's footer.",
    )
    terms_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Linked from every page's footer.",
    )

    panels = [
        FieldPanel("practice_name"),
        MultiFieldPanel(
            [
                FieldPanel("main_phone"),
                FieldPanel("urgent_phone"),
                FieldPanel("clinician_phone"),
                FieldPanel("fax"),
                FieldPanel("email"),
            ],
            heading="Phone and email",
        ),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldPanel("address_locality"),
                FieldPanel("address_region"),
                FieldPanel("postal_code"),
                FieldPanel("hours"),
            ],
            heading="Address and hours",
        ),
        MultiFieldPanel(
            [
                FieldPanel("urgent_hours"),
                FieldPanel("out_of_hours"),
                FieldPanel("response_promise"),
                FieldPanel("emergency_action"),
                FieldPanel("urgent_action"),
                FieldPanel("urgent_action_now"),
                FieldPanel("routine_action"),
            ],
            heading="What to do about symptoms (shown the same way everywhere; the signs "
            "themselves and their levels come from the red-flag table)",
        ),
        MultiFieldPanel(
            [
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("terms_page"),
            ],
            heading="Footer links",
        ),
    ]

    class Meta:
        verbose_name = "clinic settings"
        verbose_name_plural = "clinic settings"

    def __str__(self):
        return self.practice_name or "Clinic settings"

    @property
    def main_phone_href(self):
        return tel_href(self.main_phone)

    @property
    def urgent_phone_href(self):
        return tel_href(self.urgent_phone)

    @property
    def clinician_line(self):
        """The number referring clinicians call about an urgent referral."""
        return self.clinician_phone or self.urgent_phone

    @property
    def clinician_line_href(self):
        return tel_href(self.clinician_line)

    @property
    def address_lines(self):
        return [
            self.street_address,
            f"{self.address_locality}, {self.address_region} {self.postal_code}",
        ]

    @property
    def footer_page_ids(self):
        return [self.privacy_page_id, self.accessibility_page_id, self.terms_page_id]

    @property
    def privacy_page_if_public(self):
        """The privacy notice, when anyone may read it (live, no view restriction)."""
        if not self.privacy_page_id:
            return None
        return Page.objects.live().public().filter(pk=self.privacy_page_id).first()

    @property
    def footer_pages(self):
        """The footer pages anyone may see (live, no view restriction), in order, in one query
        (not one per link)."""
        ids = self.footer_page_ids
        found = {
            page.pk: page
            for page in Page.objects.live()
            .public()
            .filter(pk__in=[pk for pk in ids if pk])
            .specific(defer=True)
        }
        return [found[pk] for pk in ids if pk in found]
