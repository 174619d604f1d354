"""Abstract fields shared by page types; each mixin carries its own panels."""

import datetime

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.log_actions import LogContext, get_active_log_context

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
    """Who last signed off a page's clinical content and when it must be checked again.

    The three fields are written only by a clinician's approval in the "Clinical sign-off"
    workflow (conditions/signoff.py), never typed: editors see them read-only. Publishing a
    revision that was not signed off clears them and records "published without clinical
    sign-off" in the page's history, so a page never claims a review nobody gave.
    """

    # Clinical page types always need a clinician's sign-off; StandardPage decides per page.
    review_required = True

    reviewed_by = models.ForeignKey(
        "conditions.Clinician",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The clinician who signed off this page's medical content. Set by the "
        "approval in the Clinical sign-off workflow.",
    )
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        help_text="When a clinician last signed off this page. Set by the approval.",
    )
    next_review_due = models.DateField(
        null=True,
        blank=True,
        help_text="When this page must next be checked. Set by the approval. Pages due within "
        "30 days appear in Reports > Clinical review due.",
    )

    review_panels = [
        MultiFieldPanel(
            [
                HelpPanel(template="conditions/panels/review_status.html"),
                FieldPanel("reviewed_by", read_only=True),
                FieldPanel("last_reviewed", read_only=True),
                FieldPanel("next_review_due", read_only=True),
            ],
            heading="Clinical sign-off",
            help_text="Written by a clinical reviewer's approval of this page in the Clinical "
            "sign-off workflow: submit the page for review to change them.",
        )
    ]

    class Meta:
        abstract = True

    @classmethod
    def clinical_filter(cls):
        """The pages of this type that need a clinician's sign-off, as a filter."""
        return models.Q()

    @property
    def needs_clinical_review(self):
        """Whether this page gives medical information that a clinician must sign off."""
        return self.review_required

    @property
    def is_signed_off(self):
        return bool(self.reviewed_by_id and self.last_reviewed)

    @property
    def review_status(self):
        """'missing', 'overdue', 'due_soon' or 'current'."""
        if not self.is_signed_off or not self.next_review_due:
            return "missing"
        today = timezone.localdate()
        if self.next_review_due < today:
            return "overdue"
        if self.next_review_due <= today + datetime.timedelta(days=REVIEW_DUE_SOON_DAYS):
            return "due_soon"
        return "current"

    def get_review_status_display(self):
        return {
            "missing": "Awaiting clinical review",
            "overdue": "Due for review",
            "due_soon": "Due within 30 days",
            "current": "Up to date",
        }[self.review_status]

    def publish(self, revision, user=None, **kwargs):
        """Publish; outside the admin (which records its user itself) the history entries of
        this publish, such as "published without clinical sign-off", name the given user."""
        if user is None or get_active_log_context().user is not None:
            return super().publish(revision, user=user, **kwargs)
        with LogContext(user=user):
            return super().publish(revision, user=user, **kwargs)
