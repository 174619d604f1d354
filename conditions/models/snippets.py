"""Reusable content that pages refer to."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from spineclinic.page_mixins import ClinicalReviewMixin


class Clinician(TranslatableMixin, index.Indexed, models.Model):
    """A member of the practice's clinical team, shown on the team page and as reviewer."""

    honorific = models.CharField(
        max_length=20, blank=True, default="Dr.", help_text="Shown before the name, e.g. 'Dr.'."
    )
    name = models.CharField(
        max_length=120, help_text="Full name without title, e.g. 'Jane Q. Smith'."
    )
    slug = models.SlugField(
        max_length=120, help_text="Used in web addresses; letters, numbers and hyphens."
    )
    credentials = models.CharField(
        max_length=60, blank=True, help_text="Degrees after the name, e.g. 'MD'."
    )
    job_title = models.CharField(
        max_length=120, help_text="What the clinician does, e.g. 'Neurosurgical oncologist'."
    )
    roles = models.TextField(
        blank=True,
        help_text="Appointments and positions, one per line, e.g. 'Director, Spine Program'.",
    )
    training = models.TextField(
        blank=True,
        help_text="Medical school, residency and fellowship, one per line, e.g. 'Residency in "
        "neurological surgery, Example Hospital'.",
    )
    languages = models.CharField(
        max_length=200,
        blank=True,
        help_text="Languages the clinician speaks with patients, e.g. 'English, Spanish'.",
    )
    short_bio = models.CharField(
        max_length=300, blank=True, help_text="One sentence for cards on other pages."
    )
    biography = RichTextField(
        blank=True, features=["bold", "italic", "ul", "link"], help_text="A few short paragraphs."
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A recent portrait, at least 400 pixels square. Leave empty if there is none.",
    )

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="clinicians",
        verbose_name="admin login",
        help_text="The admin login of this clinician, if they sign off clinical pages (a member "
        "of the Clinical reviewers group). Their approvals name this clinician as the reviewer.",
    )

    panels = [
        FieldPanel("honorific"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("credentials"),
        FieldPanel("job_title"),
        FieldPanel("roles"),
        FieldPanel("training"),
        FieldPanel("languages"),
        FieldPanel("short_bio"),
        FieldPanel("biography"),
        FieldPanel("photo"),
        # Only those who manage logins may say whose sign-off names this clinician.
        FieldPanel("user", permission="auth.change_user"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("job_title"),
        index.SearchField("roles"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """'Dr. Name, MD' as patients see it."""
        name = f"{self.honorific} {self.name}".strip()
        return f"{name}, {self.credentials}" if self.credentials else name

    @classmethod
    def for_reviewer(cls, user, locale=None):
        """The clinician a reviewer's login signs off as, in the page's language if translated."""
        clinician = cls.objects.filter(user=user).order_by("pk").first() if user else None
        if clinician is not None and locale is not None and clinician.locale_id != locale.pk:
            clinician = clinician.get_translation_or_none(locale) or clinician
        return clinician

    @property
    def role_list(self):
        return [line.strip() for line in self.roles.splitlines() if line.strip()]

    @property
    def training_list(self):
        return [line.strip() for line in self.training.splitlines() if line.strip()]

    @property
    def initials(self):
        """For the neutral placeholder shown until a real photo is uploaded."""
        return "".join(part[0] for part in self.name.split() if part[:1].isalpha())[:3].upper()


# What the site says to do about each level of the red-flag table when no approved wording is
# live (a fresh database, or a language with none yet): the safest advice, never silence.
FALLBACK_ADVICE = {
    "emergency_action": _(
        "Call 911 or go to the nearest emergency department now. Do not wait for an "
        "appointment or for us to call you back."
    ),
    "urgent_action": _(
        "Call our urgent line or your cancer care team today. If you cannot reach anyone, go "
        "to the nearest emergency department."
    ),
    "urgent_action_now": _(
        "Call our urgent line or your cancer care team now. If you cannot reach anyone, go to "
        "the nearest emergency department."
    ),
    "routine_action": _(
        "Tell us or your cancer care team at your next visit or call. If you would like to "
        "talk to us sooner, call our main number."
    ),
    "urgent_hours": "",
    "out_of_hours": _(
        "When the urgent line is closed, go to the nearest emergency department, or call 911 "
        "if it is an emergency. Do not wait for the line to open."
    ),
    "response_promise": "",
}


class CareAdvice(
    ClinicalReviewMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    models.Model,
):
    """What to do about each level of the red-flag table (emergency, same day, routine), in
    the practice's words, with the urgent line's hours: the clinical wording every page, form,
    confirmation and email shows next to the signs. One per language.

    It is clinical content: a change goes live only through a clinician's approval in the
    "Clinical sign-off" workflow, like a clinical page, and the approval stamps its review.
    """

    WORDING_FIELDS = list(FALLBACK_ADVICE)

    emergency_action = models.TextField(
        max_length=300,
        help_text="What to do in an emergency, shown with every emergency sign. It must tell "
        "people to call 911 or go to the nearest emergency department.",
    )
    urgent_action = models.TextField(
        max_length=300,
        help_text="What to do about a same-day sign. The urgent phone number and its hours are "
        "shown after it.",
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
    revisions = GenericRelation("wagtailcore.Revision", related_query_name="care_advice")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="care_advice",
        for_concrete_model=False,
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("emergency_action"),
                FieldPanel("urgent_action"),
                FieldPanel("urgent_action_now"),
                FieldPanel("routine_action"),
            ],
            heading="What to do about each level",
            help_text="The signs themselves and their levels come from the red-flag table; "
            "this is what the site tells people to do about them, the same way everywhere.",
        ),
        MultiFieldPanel(
            [
                FieldPanel("urgent_hours"),
                FieldPanel("out_of_hours"),
                FieldPanel("response_promise"),
            ],
            heading="The urgent line and replies to requests",
        ),
    ] + ClinicalReviewMixin.review_panels

    class Meta(TranslatableMixin.Meta):
        verbose_name = "urgent care wording"
        verbose_name_plural = "urgent care wording"
        constraints = [
            models.UniqueConstraint(fields=["locale"], name="one_care_advice_per_language")
        ]

    def __str__(self):
        return f"Urgent care wording ({self.locale.get_display_name()})"

    @property
    def title(self):
        """How reports and the sign-off log name it, beside page titles."""
        return str(self)

    def clean(self):
        super().clean()
        errors = {}
        if "911" not in self.emergency_action:
            errors["emergency_action"] = "Tell people to call 911 (the number must appear here)."
        if "911" not in self.out_of_hours:
            errors["out_of_hours"] = (
                "Tell people to call 911 in an emergency when the urgent line is closed."
            )
        if errors:
            raise ValidationError(errors)

    @classmethod
    def fallback(cls):
        """The safest wording, for when no approved wording is live in any language."""
        return cls(**{field: str(value) for field, value in FALLBACK_ADVICE.items()})

    @classmethod
    def current(cls, language=None):
        """The live wording for a language (the active one by default), else the default
        language's, else the fallback. One query."""
        language = get_supported_content_language_variant(language or get_language())
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        codes = list(dict.fromkeys([language, default]))
        found = {
            advice.locale.language_code: advice
            for advice in cls.objects.filter(live=True, locale__language_code__in=codes)
            .select_related("locale")
            .order_by("pk")
        }
        for code in codes:
            if code in found:
                return found[code]
        return cls.fallback()
