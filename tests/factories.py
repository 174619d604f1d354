"""Factories that build content for tests (no fixtures, no network)."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale
from wagtail.rich_text import RichText

from conditions import models
from consultations.models import EsccGradingPage, SinsCalculatorPage
from spineclinic.models import ClinicSettings


def paragraph(text):
    return [("paragraph", RichText(f"<p>{text}</p>"))]


class ClinicianFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Clinician

    name = factory.Sequence(lambda n: f"Alex Example {n}")
    slug = factory.Sequence(lambda n: f"clinician-{n}")
    credentials = "MD"
    job_title = "Neurosurgical oncologist"
    roles = "Attending neurosurgeon\nProgram director"
    short_bio = "Treats cancer that has spread to the spine."
    biography = "<p>Works with oncology and radiation teams.</p>"


class ReviewedFactoryMixin(factory.Factory):
    reviewed_by = factory.SubFactory(ClinicianFactory)
    last_reviewed = factory.LazyFunction(
        lambda: datetime.date.today() - datetime.timedelta(days=10)
    )
    next_review_due = factory.LazyFunction(
        lambda: datetime.date.today() + datetime.timedelta(days=355)
    )


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.HomePage

    title = "Home"
    hero_heading = "Care for cancer that has spread to the spine"
    hero_text = "We treat spine metastases with surgery and coordinated care."


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.StandardPage

    title = factory.Sequence(lambda n: f"Standard page {n}")
    summary = "A general page."
    body = factory.LazyFunction(lambda: paragraph("General information for patients."))


class ConditionIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.ConditionIndexPage

    title = "Conditions we treat"
    slug = "conditions"
    summary = "The conditions we treat."


class SymptomIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.SymptomIndexPage

    title = "Symptoms"
    slug = "symptoms"
    summary = "Symptoms and what to do about them."


class TreatmentIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.TreatmentIndexPage

    title = "Treatments"
    slug = "treatments"
    summary = "Treatments we offer or coordinate."


class ServiceAreaIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.ServiceAreaIndexPage

    title = "Areas we serve"
    slug = "areas-we-serve"
    summary = "Where our patients come from."


class ConditionPageFactory(ReviewedFactoryMixin, wagtail_factories.PageFactory):
    class Meta:
        model = models.ConditionPage

    title = factory.Sequence(lambda n: f"Condition {n}")
    summary = "A condition summary."
    overview = factory.LazyFunction(lambda: paragraph("What the condition is."))
    when_surgery_helps = factory.LazyFunction(lambda: paragraph("When surgery can help."))
    diagnosis = factory.LazyFunction(lambda: paragraph("How it is diagnosed."))


class SymptomPageFactory(ReviewedFactoryMixin, wagtail_factories.PageFactory):
    class Meta:
        model = models.SymptomPage

    title = factory.Sequence(lambda n: f"Symptom {n}")
    summary = "A symptom summary."
    red_flags = factory.LazyFunction(lambda: ["back_pain"])
    body = factory.LazyFunction(lambda: paragraph("What the symptom can mean."))


class TreatmentPageFactory(ReviewedFactoryMixin, wagtail_factories.PageFactory):
    class Meta:
        model = models.TreatmentPage

    title = factory.Sequence(lambda n: f"Treatment {n}")
    summary = "A treatment summary."
    what_it_is = factory.LazyFunction(lambda: paragraph("What the treatment is."))
    who_it_is_for = factory.LazyFunction(lambda: paragraph("Who the treatment is for."))
    recovery = factory.LazyFunction(lambda: paragraph("What recovery looks like."))


class WarningSignsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.WarningSignsPage

    title = "Warning signs: when to get help"
    summary = "The signs that need help now or today."


class ServiceAreaPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.ServiceAreaPage

    title = factory.Sequence(lambda n: f"Area {n}")
    area_name = factory.Sequence(lambda n: f"Area {n}")
    summary = "How patients from this area reach us."
    body = factory.LazyFunction(lambda: paragraph("Take the train."))


class LocationPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.LocationPage

    title = "Lenox Hill Hospital"
    summary = "Where we see patients."
    street_address = "100 E 77th St"
    postal_code = "10075"
    neighbourhood = "Upper East Side, Manhattan"
    directions = factory.LazyFunction(lambda: paragraph("The 6 train stops at 77 St."))


class TeamPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.TeamPage

    title = "Our team"
    summary = "The clinicians who care for you."
    intro = factory.LazyFunction(lambda: paragraph("We work as one team."))


class ClinicSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClinicSettings
        django_get_or_create = ["site"]

    practice_name = "Spine Metastasis Surgery, New York"
    main_phone = "(212) 555-0140"
    urgent_phone = "(212) 555-0142"
    fax = "(212) 555-0143"
    email = "appointments@example.org"
    street_address = "100 E 77th St"
    postal_code = "10075"
    hours = "Monday to Friday, 9 am to 5 pm"


class CareAdviceFactory(factory.django.DjangoModelFactory):
    """The live urgent care wording of the default language (published outside the workflow,
    so not signed off)."""

    class Meta:
        model = models.CareAdvice
        django_get_or_create = ["locale"]

    locale = factory.LazyFunction(Locale.get_default)
    live = True
    urgent_hours = "Monday to Friday, 8 am to 6 pm"
    out_of_hours = (
        "When the urgent line is closed, go to the nearest emergency department, or call 911."
    )
    response_promise = "within one business day"
    urgent_action_now = "Call our urgent line now."
    emergency_action = "Call 911 or go to the nearest emergency department now."
    urgent_action = "Call our urgent line today."
    routine_action = "Call us to talk about it."


class SinsCalculatorPageFactory(ReviewedFactoryMixin, wagtail_factories.PageFactory):
    class Meta:
        model = SinsCalculatorPage

    title = "SINS calculator"
    slug = "sins-calculator"
    summary = "Score spinal instability for one lesion."
    intro = "<p>For clinicians.</p>"


class EsccGradingPageFactory(ReviewedFactoryMixin, wagtail_factories.PageFactory):
    class Meta:
        model = EsccGradingPage

    title = "ESCC grading"
    slug = "escc-grading"
    summary = "The grades of epidural spinal cord compression."
    intro = "<p>For clinicians.</p>"
