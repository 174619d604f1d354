"""Practice-wide facts, edited once in Settings > Clinic settings and used by every template."""

import re

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page

from .languages import chosen_in_language


def tel_href(number):
    """'(212) 555-0140' -> 'tel:+12125550140' (US numbers; others keep their digits)."""
    digits = re.sub(r"\D", "", number or "")
    if len(digits) == 10:
        digits = "1" + digits
    return f"tel:+{digits}" if digits else ""


@register_setting(icon="site")
class ClinicSettings(BaseSiteSetting):
    """Phone numbers, address and hours. What to do about each level of symptoms is clinical
    wording, reviewed like a page: the "Urgent care wording" snippet (conditions.CareAdvice)."""

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
    # What the practice must confirm itself (waits, insurance): shown on the patient pages with
    # the date they were last confirmed, never typed into a page.
    wait_routine = models.CharField(
        max_length=120,
        blank=True,
        help_text="How soon a routine new patient is usually seen, as it reads after 'Routine "
        "appointments:', e.g. 'usually within 2 weeks'. Only say what the team keeps.",
    )
    wait_urgent = models.CharField(
        max_length=120,
        blank=True,
        help_text="How soon someone with new or worsening nerve symptoms is usually seen, e.g. "
        "'usually within 2 working days'.",
    )
    wait_second_opinion = models.CharField(
        max_length=120,
        blank=True,
        help_text="How soon a second opinion is usually given once the scans arrive.",
    )
    urgent_line_staff = models.CharField(
        max_length=120,
        blank=True,
        help_text="Who answers the urgent line, as it reads after 'The urgent line is answered "
        "by', e.g. 'a nurse on our team'.",
    )
    first_visit_length = models.CharField(
        max_length=120,
        blank=True,
        help_text="How long a first visit usually takes, as it reads after 'A first visit "
        "usually takes', e.g. 'about an hour'.",
    )
    waits_confirmed_on = models.DateField(
        null=True,
        blank=True,
        help_text="When the intake team last checked the waiting times above. Shown with them.",
    )
    insurance_plans = models.TextField(
        blank=True,
        help_text="Insurance plans accepted, one per line, exactly as the billing office names "
        "them. Leave empty to tell people to ask us.",
    )
    second_opinion_cost = models.CharField(
        max_length=200,
        blank=True,
        help_text="What a second opinion costs when insurance does not cover it, or how to "
        "find out, e.g. 'Ask our billing office for the current price before you book'.",
    )
    insurance_confirmed_on = models.DateField(
        null=True,
        blank=True,
        help_text="When the billing office last checked the plans and the cost above.",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Linked from every page's footer.",
    )
    language_assistance_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Free interpreters and the notice in other languages: the footer's language "
        "notice links to it.",
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
                FieldPanel("wait_routine"),
                FieldPanel("wait_urgent"),
                FieldPanel("wait_second_opinion"),
                FieldPanel("urgent_line_staff"),
                FieldPanel("first_visit_length"),
                FieldPanel("waits_confirmed_on"),
            ],
            heading="Waiting times",
            help_text="Shown on 'How soon will we see you?' with the date they were confirmed.",
        ),
        MultiFieldPanel(
            [
                FieldPanel("insurance_plans"),
                FieldPanel("second_opinion_cost"),
                FieldPanel("insurance_confirmed_on"),
            ],
            heading="Insurance and costs",
            help_text="Shown on 'Insurance and costs' with the date they were confirmed.",
        ),
        MultiFieldPanel(
            [
                FieldPanel("privacy_page"),
                FieldPanel("language_assistance_page"),
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
    def insurance_plan_list(self):
        return [line.strip() for line in self.insurance_plans.splitlines() if line.strip()]

    @property
    def footer_page_ids(self):
        return [self.privacy_page_id, self.accessibility_page_id, self.terms_page_id]

    @property
    def privacy_page_if_public(self):
        """The privacy notice, when anyone may read it (live, no view restriction)."""
        if not self.privacy_page_id:
            return None
        allowed = Page.objects.live().public()
        return chosen_in_language(allowed, [self.privacy_page_id]).get(self.privacy_page_id)

    def footer_links(self):
        """{"pages": the footer's pages, "language_assistance": the language assistance page
        or None}: those anyone may see (live, no view restriction), in the language being
        served where they are translated, in one query (not one per link)."""
        ids = [*self.footer_page_ids, self.language_assistance_page_id]
        found = chosen_in_language(Page.objects.live().public().specific(defer=True), ids)
        return {
            "pages": [found[pk] for pk in self.footer_page_ids if pk in found],
            "language_assistance": found.get(self.language_assistance_page_id),
        }

    @property
    def footer_pages(self):
        return self.footer_links()["pages"]
