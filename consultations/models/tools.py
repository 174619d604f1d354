"""Tools for referring clinicians: the SINS calculator and the ESCC grading reference. The
scores, their wording and their sources come from scores.py; editors own the words around them."""

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from spineclinic.blocks import BodyStreamBlock
from spineclinic.page_mixins import ClinicalReviewMixin, ListingMixin

from .. import scores
from ..calculators import SinsCalculatorForm
from ..escc_diagrams import BONE, ESCC_DIAGRAMS


class ClinicianToolPage(ClinicalReviewMixin, ListingMixin, Page):
    """A clinical tool page in the "For clinicians" section, with the editors' words around it."""

    intro = RichTextField(
        features=["bold", "italic", "ul", "link"],
        blank=True,
        help_text="Shown above the tool: who it is for and how to use it.",
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        help_text="Shown below the tool and its source: for example related pages.",
    )

    content_panels = (
        Page.content_panels
        + ListingMixin.listing_panels
        + [FieldPanel("intro"), FieldPanel("body")]
        + ClinicalReviewMixin.review_panels
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["conditions.StandardPage"]
    subpage_types = []

    class Meta:
        abstract = True

    def referral_page(self):
        """The live referral form in this page's language, if there is one."""
        from .pages import ReferralRequestPage

        return (
            ReferralRequestPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .order_by("path")
            .first()
        )


class SinsCalculatorPage(ClinicianToolPage):
    """The Spinal Instability Neoplastic Score, scored on the server from a GET form."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = SinsCalculatorForm.from_query(request.GET)
        result = form.result() if form.is_bound and form.is_valid() else None
        context.update(
            form=form,
            result=result,
            categories=scores.SINS_CATEGORIES,
            threshold=scores.SURGICAL_CONSULTATION_THRESHOLD,
            citation=scores.SINS_CITATION,
            referral_page=self.referral_page(),
        )
        if result is not None:
            context.update(
                result_rows=form.result_rows(result),
                category=next(c for c in scores.SINS_CATEGORIES if c.code == result.category),
                level=form.location_from_level(),
                referral_query=form.referral_query(),
            )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.GET:
            # A scored patient's answers are nobody else's: keep them out of shared caches.
            response["Cache-Control"] = "no-store"
        return response


class EsccGradingPage(ClinicianToolPage):
    """The epidural spinal cord compression (ESCC) scale, grade by grade, with diagrams."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            grades=[
                (grade, ESCC_DIAGRAMS[grade.grade], scores.escc_is_high_grade(grade.grade))
                for grade in scores.ESCC_GRADES
            ],
            bone=BONE,
            citation=scores.ESCC_CITATION,
            referral_page=self.referral_page(),
        )
        return context
