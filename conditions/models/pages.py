"""Every public page type of the site."""

from urllib.parse import quote_plus

from django import forms
from django.db import models
from django.db.models import Q
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from spineclinic import redflags
from spineclinic.blocks import BodyStreamBlock
from spineclinic.languages import chosen_in_language
from spineclinic.page_mixins import ClinicalReviewMixin, ListingMixin

from ..fields import RedFlagsField
from .snippets import Clinician


def listed(pages):
    """Related pages as a page lists them in cards: live, public, in the tree's order, and
    without the long text (StreamFields, rich text) that a card never shows, which would
    otherwise be read and decoded for every page listed."""
    long_text = [
        field.name
        for field in pages.model._meta.concrete_fields
        if isinstance(field, (StreamField, RichTextField))
    ]
    return pages.live().public().order_by("path").defer(*long_text)


def lazy(read):
    """A context value read from the database only when the template (or the JSON-LD) uses
    it: not at all when the fragment that shows it comes from the cache."""
    return SimpleLazyObject(read)


def body_field(help_text, blank=True):
    return StreamField(BodyStreamBlock(), blank=blank, help_text=help_text)


class IndexPageMixin(ListingMixin):
    """A section landing page that lists its live child pages."""

    content_panels = Page.content_panels + ListingMixin.listing_panels
    search_fields = Page.search_fields + [index.SearchField("summary")]

    class Meta:
        abstract = True

    def get_children_for_listing(self):
        return self.get_children().live().public().specific().defer_streamfields()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = lazy(self.get_children_for_listing)
        return context


class HomePage(Page):
    """The front door: who we are, what we treat, what to do urgently, how to ask for help."""

    hero_heading = models.CharField(
        max_length=150, help_text="The main heading: what the practice does, in plain words."
    )
    hero_text = models.TextField(
        max_length=400, help_text="One or two sentences under the main heading."
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional. Landscape, at least 1600 pixels wide.",
    )
    treats_heading = models.CharField(
        max_length=120,
        default="What we treat",
        help_text="Heading above the conditions and treatments.",
    )
    treats_intro = models.TextField(
        blank=True, max_length=400, help_text="A sentence introducing what the practice treats."
    )
    consultation_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where 'Request a consultation' leads.",
    )
    second_opinion_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where 'Ask for a second opinion' leads.",
    )
    referral_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where 'Refer a patient' (for clinicians) leads.",
    )
    body = body_field("More about the practice, shown after the ways to ask for help.")

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading="Main message",
        ),
        MultiFieldPanel(
            [FieldPanel("treats_heading"), FieldPanel("treats_intro")], heading="What we treat"
        ),
        MultiFieldPanel(
            [
                FieldPanel("consultation_page"),
                FieldPanel("second_opinion_page"),
                FieldPanel("referral_page"),
            ],
            heading="Ways to ask for help",
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "conditions.ConditionIndexPage",
        "conditions.SymptomIndexPage",
        "conditions.TreatmentIndexPage",
        "conditions.ServiceAreaIndexPage",
        "conditions.LocationPage",
        "conditions.TeamPage",
        "conditions.StandardPage",
        "conditions.WarningSignsPage",
        "consultations.ConsultationRequestPage",
        "consultations.SecondOpinionRequestPage",
        "consultations.ReferralRequestPage",
    ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        def live(model):
            """The model's pages below this one that anyone may see, as cards list them."""
            return listed(model.objects.descendant_of(self))

        team_page = lazy(lambda: live(TeamPage).first())
        context.update(
            conditions=lazy(lambda: live(ConditionPage)),
            treatments=lazy(lambda: live(TreatmentPage)),
            areas=lazy(lambda: live(ServiceAreaPage)),
            area_index=lazy(lambda: live(ServiceAreaIndexPage).first()),
            location=lazy(lambda: live(LocationPage).first()),
            team_page=team_page,
            team=lazy(lambda: team_page.clinicians() if team_page else []),
            routes=lazy(self.routes),
        )
        return context

    def routes(self):
        """The ways to ask for help the editors chose, that anyone may see, as (page, label)."""
        routes = [
            (self.consultation_page_id, _("Request a consultation")),
            (self.second_opinion_page_id, _("Ask for a second opinion")),
            (self.referral_page_id, _("Refer a patient (for clinicians)")),
        ]
        allowed = Page.objects.live().public().specific(defer=True)
        found = chosen_in_language(allowed, [pk for pk, _label in routes], self.locale)
        return [(found[pk], label) for pk, label in routes if pk in found]


class StandardPage(ClinicalReviewMixin, ListingMixin, Page):
    """A general page: second opinions, multidisciplinary care, privacy, accessibility, terms."""

    review_required = False

    clinical_content = models.BooleanField(
        default=False,
        help_text="Tick if this page gives medical information (an explainer for patients, a "
        "page for clinicians). It then shows its clinical review, or that it awaits one.",
    )
    body = body_field("The page's content.")

    content_panels = (
        Page.content_panels
        + ListingMixin.listing_panels
        + [FieldPanel("body"), FieldPanel("clinical_content")]
        + ClinicalReviewMixin.review_panels
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["conditions.HomePage", "conditions.StandardPage"]
    subpage_types = [
        "conditions.StandardPage",
        "consultations.ConsultationRequestPage",
        "consultations.SecondOpinionRequestPage",
        "consultations.ReferralRequestPage",
        "consultations.SinsCalculatorPage",
        "consultations.EsccGradingPage",
        "conditions.WarningSignsPage",
    ]

    @classmethod
    def clinical_filter(cls):
        return models.Q(clinical_content=True)

    @property
    def needs_clinical_review(self):
        return self.clinical_content


class ConditionIndexPage(IndexPageMixin, Page):
    """Conditions we treat."""

    parent_page_types = ["conditions.HomePage"]
    subpage_types = ["conditions.ConditionPage"]


class ConditionPage(ClinicalReviewMixin, ListingMixin, Page):
    """A condition the practice treats, with its symptoms and treatments."""

    overview = body_field("What the condition is and what it can cause.", blank=False)
    when_surgery_helps = body_field("Shown under 'When can surgery help?'.")
    diagnosis = body_field("Shown under 'How is it diagnosed and assessed?'.")
    body = body_field("Anything else: questions and answers, related pages.")
    symptoms = ParentalManyToManyField(
        "conditions.SymptomPage",
        blank=True,
        related_name="conditions",
        help_text="Symptoms listed on this page, with how urgent each is.",
    )
    treatments = ParentalManyToManyField(
        "conditions.TreatmentPage",
        blank=True,
        related_name="conditions",
        help_text="Treatments listed on this page.",
    )

    content_panels = (
        Page.content_panels
        + ListingMixin.listing_panels
        + [
            FieldPanel("overview"),
            FieldPanel("when_surgery_helps"),
            FieldPanel("diagnosis"),
            FieldPanel("symptoms", widget=forms.CheckboxSelectMultiple),
            FieldPanel("treatments", widget=forms.CheckboxSelectMultiple),
            FieldPanel("body"),
        ]
        + ClinicalReviewMixin.review_panels
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("overview"),
        index.SearchField("when_surgery_helps"),
        index.SearchField("diagnosis"),
        index.SearchField("body"),
    ]
    parent_page_types = ["conditions.ConditionIndexPage"]
    subpage_types = []

    def in_own_language(self, related):
        """Related pages as this page's language has them: their translations, else (not
        yet translated) the pages as chosen."""
        model = related.model
        own = model.objects.filter(
            translation_key__in=related.values("translation_key"), locale_id=self.locale_id
        )
        rest = model.objects.filter(pk__in=related.values("pk")).exclude(
            translation_key__in=own.values("translation_key")
        )
        return model.objects.filter(Q(pk__in=own.values("pk")) | Q(pk__in=rest.values("pk")))

    def symptom_pages(self):
        return listed(self.in_own_language(self.symptoms.all()))

    def treatment_pages(self):
        return listed(self.in_own_language(self.treatments.all()))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["symptom_pages"] = lazy(self.symptom_pages)
        context["treatment_pages"] = lazy(self.treatment_pages)
        return context


class SymptomIndexPage(IndexPageMixin, Page):
    """Symptoms, each with how urgently to get help."""

    parent_page_types = ["conditions.HomePage"]
    subpage_types = ["conditions.SymptomPage"]


class SymptomPage(ClinicalReviewMixin, ListingMixin, Page):
    """A symptom: what it can mean and exactly what to do about it."""

    red_flags = RedFlagsField(
        verbose_name="signs from the red-flag table",
        help_text="The signs this page is about. The callout at the top of the page lists them "
        "with the practice's instructions, at the most urgent of their levels (the table sets "
        "each sign's level; the page cannot lower it).",
    )
    urgency_heading = models.CharField(
        max_length=150,
        blank=True,
        help_text="The situation, e.g. 'Weakness that is new or getting worse'. Shown as the "
        "heading of the callout at the top of the page.",
    )
    urgency_detail = RichTextField(
        blank=True,
        features=["bold", "italic", "ul"],
        help_text="Optional detail under that heading. Do not type levels, phone numbers or "
        "instructions: the signs' wording and the standard instructions are added.",
    )
    body = body_field("What the symptom can mean and what we will want to know.", blank=False)

    content_panels = (
        Page.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("red_flags"),
                    FieldPanel("urgency_heading"),
                    FieldPanel("urgency_detail"),
                ],
                heading="How urgent it is",
            )
        ]
        + ListingMixin.listing_panels
        + [FieldPanel("body")]
        + ClinicalReviewMixin.review_panels
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["conditions.SymptomIndexPage"]
    subpage_types = []

    @property
    def signs(self):
        return redflags.signs_or_emergency(self.red_flags)

    @property
    def urgency(self):
        """The page's level: the most urgent of its signs in the red-flag table."""
        return redflags.level_of(sign.key for sign in self.signs)

    @property
    def call_now(self):
        return self.urgency == redflags.Level.SAME_DAY and any(s.call_now for s in self.signs)

    def condition_pages(self):
        return listed(self.conditions)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["condition_pages"] = lazy(self.condition_pages)
        return context


class TreatmentIndexPage(IndexPageMixin, Page):
    """Treatments the practice offers or coordinates."""

    parent_page_types = ["conditions.HomePage"]
    subpage_types = ["conditions.TreatmentPage"]


class TreatmentPage(ClinicalReviewMixin, ListingMixin, Page):
    """A treatment: what it is, who it is for, its risks, recovery, and when to call after."""

    what_it_is = body_field("Shown under 'What is it?'.", blank=False)
    who_it_is_for = body_field("Shown under 'Who is it for?'.", blank=False)
    risks = body_field(
        "Shown under 'What are the risks?': what can go wrong, which problems are common and "
        "which are rare, in words (no percentages the practice has not measured itself)."
    )
    hospital_stay = models.CharField(
        max_length=120,
        blank=True,
        help_text="The usual hospital stay as the surgical team confirms it, as it reads after "
        "'Most people stay in the hospital', e.g. 'for 2 to 5 days'. Leave empty for a "
        "treatment with no hospital stay.",
    )
    recovery = body_field("Shown under 'What is recovery like?'.", blank=False)
    after_you_go_home = body_field(
        "Shown under 'When should I call you after I go home?': care cards with signs from "
        "the red-flag table."
    )
    body = body_field("Anything else: questions and answers, related pages.")

    content_panels = (
        Page.content_panels
        + ListingMixin.listing_panels
        + [
            FieldPanel("what_it_is"),
            FieldPanel("who_it_is_for"),
            FieldPanel("risks"),
            FieldPanel("hospital_stay"),
            FieldPanel("recovery"),
            FieldPanel("after_you_go_home"),
            FieldPanel("body"),
        ]
        + ClinicalReviewMixin.review_panels
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("what_it_is"),
        index.SearchField("who_it_is_for"),
        index.SearchField("risks"),
        index.SearchField("recovery"),
        index.SearchField("body"),
    ]
    parent_page_types = ["conditions.TreatmentIndexPage"]
    subpage_types = []

    def condition_pages(self):
        return listed(self.conditions)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["condition_pages"] = lazy(self.condition_pages)
        return context


class ServiceAreaIndexPage(IndexPageMixin, Page):
    """The boroughs and regions patients come from."""

    parent_page_types = ["conditions.HomePage"]
    subpage_types = ["conditions.ServiceAreaPage"]


class ServiceAreaPage(ListingMixin, Page):
    """How patients from one area reach the practice."""

    area_name = models.CharField(
        max_length=80, help_text="The area's own name, e.g. 'Brooklyn' or 'Northern New Jersey'."
    )
    body = body_field("How people from this area reach us, in this area's own words.", blank=False)

    content_panels = (
        Page.content_panels
        + [FieldPanel("area_name")]
        + ListingMixin.listing_panels
        + [FieldPanel("body")]
    )
    search_fields = Page.search_fields + [
        index.SearchField("area_name"),
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["conditions.ServiceAreaIndexPage"]
    subpage_types = []


class LocationPage(ListingMixin, Page):
    """A place where patients are seen: address, how to get there, phone and hours."""

    # The main menu's name for it: where people look for the address and phone numbers.
    menu_title = _("Contact us")

    street_address = models.CharField(max_length=120, help_text="e.g. '100 E 77th St'.")
    address_locality = models.CharField(max_length=80, default="New York", help_text="City.")
    address_region = models.CharField(max_length=2, default="NY", help_text="State, two letters.")
    postal_code = models.CharField(max_length=10, help_text="ZIP code.")
    neighbourhood = models.CharField(
        max_length=120, blank=True, help_text="e.g. 'Upper East Side, Manhattan'."
    )
    phone = models.CharField(
        max_length=30, blank=True, help_text="Leave empty to use the main phone number."
    )
    hours = models.TextField(
        blank=True, max_length=300, help_text="Leave empty to use the practice's opening hours."
    )
    entrance = models.CharField(
        max_length=200,
        blank=True,
        help_text="Which entrance patients use, e.g. 'the main entrance on East 77th Street'.",
    )
    floor = models.CharField(
        max_length=120,
        blank=True,
        help_text="Where the practice is inside, e.g. '5th floor, turn left from the elevators'.",
    )
    step_free_access = models.TextField(
        blank=True,
        max_length=400,
        help_text="Step-free access from the street to the practice: ramps, elevators, the "
        "nearest accessible entrance.",
    )
    arrival_confirmed_on = models.DateField(
        null=True,
        blank=True,
        help_text="When the practice last checked the entrance, floor and access above.",
    )
    directions = body_field("How to get here by subway, bus, train and car; what to bring.")

    content_panels = (
        Page.content_panels
        + ListingMixin.listing_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("street_address"),
                    FieldPanel("address_locality"),
                    FieldPanel("address_region"),
                    FieldPanel("postal_code"),
                    FieldPanel("neighbourhood"),
                ],
                heading="Address",
            ),
            FieldPanel("phone"),
            FieldPanel("hours"),
            MultiFieldPanel(
                [
                    FieldPanel("entrance"),
                    FieldPanel("floor"),
                    FieldPanel("step_free_access"),
                    FieldPanel("arrival_confirmed_on"),
                ],
                heading="Finding us inside",
            ),
            FieldPanel("directions"),
        ]
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("street_address"),
        index.SearchField("neighbourhood"),
        index.SearchField("directions"),
    ]
    parent_page_types = ["conditions.HomePage"]
    subpage_types = []

    @property
    def address_lines(self):
        return [
            self.street_address,
            f"{self.address_locality}, {self.address_region} {self.postal_code}",
        ]

    @property
    def directions_url(self):
        """A plain link to directions to this address. Google's documented cross-platform maps
        address opens the phone's maps app where one handles it, else a web page; nothing is
        embedded in or loaded by this site."""
        address = ", ".join(self.address_lines)
        return f"https://www.google.com/maps/dir/?api=1&destination={quote_plus(address)}"


class TeamPage(ListingMixin, Page):
    """The clinical team."""

    intro = body_field("How the team works together, shown above the clinicians.")

    content_panels = (
        Page.content_panels
        + ListingMixin.listing_panels
        + [FieldPanel("intro"), InlinePanel("members", heading="Clinicians", label="Clinician")]
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("intro"),
    ]
    parent_page_types = ["conditions.HomePage"]
    subpage_types = []

    def clinicians(self):
        """The team in the editor's order, each in this page's language where the clinician
        is translated (a translated page may still point at the original clinicians)."""
        chosen = [
            member.clinician
            for member in self.members.select_related("clinician__photo").order_by("sort_order")
        ]
        foreign = [c.translation_key for c in chosen if c.locale_id != self.locale_id]
        if not foreign:
            return chosen
        translated = {
            c.translation_key: c
            for c in Clinician.objects.filter(
                translation_key__in=foreign, locale_id=self.locale_id
            ).select_related("photo")
        }
        return [translated.get(c.translation_key, c) for c in chosen]


class TeamPageMember(Orderable):
    """A clinician shown on the team page, in the editor's order."""

    page = ParentalKey(TeamPage, on_delete=models.CASCADE, related_name="members")
    clinician = models.ForeignKey(
        Clinician, on_delete=models.CASCADE, related_name="+", help_text="Choose a clinician."
    )

    panels = [FieldPanel("clinician")]


class WarningSignsPage(ClinicalReviewMixin, ListingMixin, Page):
    """A one-page printable card of the emergency and same-day signs, straight from the
    red-flag table, with 911, the urgent line and its hours."""

    intro = RichTextField(
        blank=True,
        features=["bold", "italic"],
        help_text="Optional words above the signs. Do not type signs, levels, phone numbers or "
        "instructions: they come from the red-flag table, the clinic settings and the urgent "
        "care wording.",
    )

    content_panels = (
        Page.content_panels
        + ListingMixin.listing_panels
        + [FieldPanel("intro")]
        + ClinicalReviewMixin.review_panels
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("intro"),
    ]
    parent_page_types = ["conditions.HomePage", "conditions.StandardPage"]
    subpage_types = []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        emergency, same_day = redflags.Level.EMERGENCY, redflags.Level.SAME_DAY
        context.update(
            emergency_signs=redflags.of_level(emergency),
            same_day_signs=redflags.of_level(same_day),
            after_surgery_emergency_signs=redflags.of_level(emergency, "after_surgery"),
            after_surgery_same_day_signs=redflags.of_level(same_day, "after_surgery"),
        )
        return context
