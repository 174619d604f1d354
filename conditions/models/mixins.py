"""Abstract fields shared by page types; each mixin carries its own panels."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

REVIEW_DUE_SOON_DAYS = 30


class ListingMixin(models.Model):
    """The short summary shown on cards, in listings and in search results."""

    summary = models.TextField(
        max_length=300,
        help_text="One or two plain sentences saying what this page is about. Shown on cards, "
        "in search results and as the page description when none is set on the Promote tab.",
    )

    listing_panels = [FieldPanel("summary")]

    # Cards show a symptom's urgency; other page types have none (SymptomPage's field takes
    # this name's place). Without it a card asks each page for an attribute it lacks, which
    # the template engine answers slowly.
    urgency = ""

    class Meta:
        abstract = True


class ClinicalReviewMixin(models.Model):
    """Who last checked a page's clinical content and when it must be checked again."""

    # Clinical page types must always carry review details; other pages may.
    review_required = True

    reviewed_by = models.ForeignKey(
        "conditions.Clinician",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The clinician who checked this page's medical content.",
    )
    last_reviewed = models.DateField(
        null=True, blank=True, help_text="When the clinician last checked this page."
    )
    next_review_due = models.DateField(
        null=True,
        blank=True,
        help_text="When this page must next be checked (usually within a year). "
        "Pages due within 30 days appear in Reports > Clinical review due.",
    )

    review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("reviewed_by"),
                FieldPanel("last_reviewed"),
                FieldPanel("next_review_due"),
            ],
            heading="Clinical review",
        )
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        values = [self.reviewed_by_id, self.last_reviewed, self.next_review_due]
        if self.review_required or any(values):
            errors = {}
            if not self.reviewed_by_id:
                errors["reviewed_by"] = "Choose the clinician who reviewed this page."
            if not self.last_reviewed:
                errors["last_reviewed"] = "Enter the date of the last clinical review."
            if not self.next_review_due:
                errors["next_review_due"] = "Enter the date the next review is due."
            if errors:
                raise ValidationError(errors)
        if self.last_reviewed and self.last_reviewed > timezone.localdate():
            raise ValidationError({"last_reviewed": "The last review cannot be in the future."})
        if (
            self.last_reviewed
            and self.next_review_due
            and self.next_review_due <= self.last_reviewed
        ):
            raise ValidationError(
                {"next_review_due": "The next review must be after the last review."}
            )

    @property
    def review_status(self):
        """'missing', 'overdue', 'due_soon' or 'current'."""
        if not self.next_review_due:
            return "missing"
        today = timezone.localdate()
        if self.next_review_due < today:
            return "overdue"
        if self.next_review_due <= today + datetime.timedelta(days=REVIEW_DUE_SOON_DAYS):
            return "due_soon"
        return "current"

    def get_review_status_display(self):
        return {
            "missing": "Never reviewed",
            "overdue": "Overdue",
            "due_soon": "Due within 30 days",
            "current": "Up to date",
        }[self.review_status]
