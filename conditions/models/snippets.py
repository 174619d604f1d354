"""Reusable content that pages refer to."""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index


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
