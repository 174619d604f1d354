"""Builds the site's page tree, clinicians and clinic settings from site_content.py.

Creating is idempotent: pages are found by their place in the tree (parent and slug), so a
second run adds only what is missing. Existing pages, clinicians and settings are left as
editors made them unless `update=True`, which rewrites them from the file and publishes.

The loader never writes a review stamp: what it publishes has not been signed off by a
clinician, so clinical pages load as awaiting clinical review (and each publish of clinical
content is recorded as "published without clinical sign-off").
"""

from django.db import transaction
from wagtail.contrib.redirects.models import Redirect
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site

from conditions.models import (
    CareAdvice,
    Clinician,
    ConditionIndexPage,
    ConditionPage,
    HomePage,
    LocationPage,
    ServiceAreaIndexPage,
    ServiceAreaPage,
    StandardPage,
    SymptomIndexPage,
    SymptomPage,
    TeamPage,
    TeamPageMember,
    TreatmentIndexPage,
    TreatmentPage,
    WarningSignsPage,
)
from consultations.models import (
    ConsultationRequestPage,
    EsccGradingPage,
    ReferralRequestPage,
    SecondOpinionRequestPage,
    SinsCalculatorPage,
)
from spineclinic.models import ClinicSettings

from . import site_content as content
from . import translations

REQUEST_PAGE_MODELS = {
    "consultation": ConsultationRequestPage,
    "second_opinion": SecondOpinionRequestPage,
    "referral": ReferralRequestPage,
}
PATIENT_PAGE_MODELS = {"standard": StandardPage, "warning_signs": WarningSignsPage}
CLINICIAN_PAGE_MODELS = {
    "standard": StandardPage,
    "sins_calculator": SinsCalculatorPage,
    "escc_grading": EsccGradingPage,
}
REF_BLOCKS = {"call_to_action", "related_pages"}
PLACEHOLDER = [("paragraph", "<p>This page is being prepared.</p>")]


def stream_fields(page):
    return {field.name for field in page._meta.fields if isinstance(field, StreamField)}


class ContentError(Exception):
    """The content file refers to something that does not exist."""


class SiteContentLoader:
    def __init__(self, update=False, log=print, spanish=True):
        self.update = update
        self.log = log
        self.spanish = spanish
        self.created = []  # pages made in this run: their links are filled in the second pass
        self.pages = {}  # ref -> page
        self.fields = {}  # ref -> the fields the content gives that page
        self.counts = {"created": 0, "updated": 0, "unchanged": 0, "translated": 0}

    # -- entry point -------------------------------------------------------------------------

    @transaction.atomic
    def run(self):
        self.locale = Locale.get_default()
        self.home = self.ensure_home()
        self.site = self.ensure_site(self.home)
        self.clinicians = {c["key"]: self.ensure_clinician(c) for c in content.CLINICIANS}
        self.build_tree()
        self.ensure_redirects()
        self.link_pages()
        self.ensure_settings()
        self.ensure_care_advice()
        if self.spanish:
            self.ensure_spanish()
        return self.counts

    # -- site and home -----------------------------------------------------------------------

    def ensure_home(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(depth=2, locale=self.locale).first()
        if home is None:
            # Wagtail's install makes a plain welcome page at slug "home"; replace it.
            for page in root.get_children().filter(slug="home"):
                if page.specific_class is Page and page.is_leaf():
                    Site.objects.filter(root_page=page).update(root_page=root)
                    page.delete()
        fields = {key: value for key, value in content.HOME.items() if key != "body"}
        fields["body"] = content.HOME.get("body", [])
        return self.ensure_page(root, HomePage, "home", fields, ref="")

    def ensure_site(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True
            )
        if site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = content.CLINIC_SETTINGS["practice_name"]
            site.save()
        return site

    def ensure_settings(self):
        clinic = ClinicSettings.for_site(self.site)
        fresh = not clinic.practice_name
        if fresh or self.update:
            for key, value in content.CLINIC_SETTINGS.items():
                setattr(clinic, key, value)
            clinic.privacy_page = self.pages.get("privacy")
            clinic.accessibility_page = self.pages.get("accessibility")
            clinic.language_assistance_page = self.pages.get("language-assistance")
            clinic.terms_page = self.pages.get("terms")
            clinic.full_clean()
            clinic.save()

    def ensure_care_advice(self):
        """The urgent care wording in each language, published (and so recorded as published
        without clinical sign-off) when created or updated; the Spanish is the English one's
        translation."""
        source = None
        for language, fields in content.CARE_ADVICE.items():
            locale = Locale.objects.filter(language_code=language).first()
            if locale is None:
                continue
            advice = CareAdvice.objects.filter(locale=locale).first()
            if advice is not None and not self.update:
                source = source or advice
                continue
            if advice is None:
                advice = (
                    source.copy_for_translation(locale)
                    if source is not None
                    else CareAdvice(locale=locale)
                )
            for key, value in fields.items():
                setattr(advice, key, value)
            advice.full_clean()
            advice.save()
            advice.save_revision(log_action=True).publish()
            source = source or advice

    def ensure_spanish(self):
        """The Spanish site: each clinician and page whose file in content/es/ gives Spanish for
        all its texts becomes (or, with --update, is refreshed as) the Spanish translation of
        its English source, in tree order so that a parent is translated before its children.
        A page whose parent has no Spanish yet is left out rather than shown under English."""
        locale = Locale.objects.filter(language_code="es").first()
        if locale is None:
            return
        for clinician in Clinician.objects.filter(locale=self.locale).order_by("pk"):
            if clinician.has_translation(locale) and not self.update:
                continue
            translations.translate(
                clinician, locale, translations.po_path(f"clinicians/{clinician.slug}")
            )
        untranslated = []
        for page in Page.objects.descendant_of(self.home, inclusive=True).order_by("path"):
            page = page.specific
            if page.has_translation(locale) and not self.update:
                continue
            ref = translations.page_ref(page, self.home)
            if page.depth > self.home.depth and not page.get_parent().has_translation(locale):
                untranslated.append(ref)
                continue
            outcome = translations.translate(page, locale, translations.po_path(ref))
            if outcome.translated is None:
                untranslated.append(ref)
            else:
                self.counts["translated"] += 1
        if untranslated:
            self.log(
                f"No Spanish yet for {len(untranslated)} pages (their files in content/es/ "
                f"are missing or incomplete): {', '.join('/' + ref for ref in untranslated)}"
            )

    def ensure_clinician(self, data):
        clinician = Clinician.objects.filter(slug=data["key"], locale=self.locale).first()
        if clinician and not self.update:
            return clinician
        clinician = clinician or Clinician(slug=data["key"], locale=self.locale)
        clinician.name = data["name"]
        clinician.credentials = data.get("credentials", "")
        clinician.job_title = data["job_title"]
        clinician.roles = "\n".join(data.get("roles", []))
        clinician.training = data.get("training", "")
        clinician.languages = data.get("languages", "")
        clinician.short_bio = data.get("short_bio", "")
        clinician.biography = data.get("biography", "")
        clinician.full_clean()
        clinician.save()
        return clinician

    # -- the tree ----------------------------------------------------------------------------

    def build_tree(self):
        home = self.home
        conditions = self.ensure_page(
            home, ConditionIndexPage, "conditions", self.menu(content.CONDITION_INDEX)
        )
        symptoms = self.ensure_page(
            home, SymptomIndexPage, "symptoms", self.menu(content.SYMPTOM_INDEX)
        )
        treatments = self.ensure_page(
            home, TreatmentIndexPage, "treatments", self.menu(content.TREATMENT_INDEX)
        )
        areas = self.ensure_page(
            home, ServiceAreaIndexPage, "areas-we-serve", self.menu(content.AREA_INDEX)
        )
        for data in content.SYMPTOMS:
            self.ensure_page(symptoms, SymptomPage, data["slug"], self.symptom(data))
        for data in content.TREATMENTS:
            self.ensure_page(treatments, TreatmentPage, data["slug"], self.clinical(data))
        for data in content.CONDITIONS:
            fields = self.clinical(data, exclude={"symptoms", "treatments"})
            self.ensure_page(conditions, ConditionPage, data["slug"], fields)
        for data in content.SERVICE_AREAS:
            self.ensure_page(areas, ServiceAreaPage, data["slug"], dict(data))
        location = dict(content.LOCATION, show_in_menus=True)
        self.ensure_page(home, LocationPage, location["slug"], location)
        team = {key: value for key, value in content.TEAM.items() if key != "members"}
        self.ensure_page(home, TeamPage, team["slug"], dict(team, show_in_menus=True))
        for data in content.STANDARD_PAGES:
            self.ensure_page(home, StandardPage, data["slug"], self.standard(data))
        for data in content.REQUEST_PAGES:
            fields = {key: value for key, value in data.items() if key not in {"type", "parent"}}
            parent = self.resolve(data["parent"]) if data["parent"] else home
            self.ensure_page(parent, REQUEST_PAGE_MODELS[data["type"]], data["slug"], fields)
        for data in content.EXPLAINER_PAGES:
            self.ensure_page(home, StandardPage, data["slug"], self.standard(data))
        for data in content.PATIENT_PAGES:
            model = PATIENT_PAGE_MODELS[data["type"]]
            fields = {key: value for key, value in data.items() if key not in {"type", "parent"}}
            fields = (
                self.standard(fields)
                if model is StandardPage
                else self.clinical(fields, exclude={"clinical"})
            )
            parent = self.resolve(data["parent"]) if data["parent"] else home
            self.ensure_page(parent, model, data["slug"], fields)
        for data in content.CLINICIAN_PAGES:
            # Clinician's tools are always clinical pages.
            fields = self.clinical(data, exclude={"clinical", "type", "parent"})
            parent = self.resolve(data["parent"]) if data["parent"] else home
            self.ensure_page(parent, CLINICIAN_PAGE_MODELS[data["type"]], data["slug"], fields)

    def ensure_redirects(self):
        """Permanent redirects from addresses the site used before to the pages now there. One
        that exists is left as it is (an editor may have pointed it elsewhere)."""
        for old_path, ref in content.REDIRECTS.items():
            old_path = Redirect.normalise_path(old_path)
            _, created = Redirect.objects.get_or_create(
                site=self.site,
                old_path=old_path,
                defaults={"redirect_page": self.resolve(ref), "is_permanent": True},
            )
            if created:
                self.log(f"Created a permanent redirect {old_path} -> /{ref}/")
            old_url_path = f"{self.home.url_path}{old_path.strip('/')}/"
            if Page.objects.filter(url_path=old_url_path).exists():
                # Wagtail redirects only addresses that find no page: an install that still has
                # the old page keeps serving it until an editor unpublishes or deletes it.
                self.log(f"{old_path} is still a page: it redirects once that page is removed.")

    def menu(self, data):
        return dict(data, show_in_menus=True)

    def symptom(self, data):
        """The symptom's care card about the page's own signs becomes the callout at the top
        of the page, so the page does not show the same instructions twice."""
        fields = self.clinical(data)
        body = list(data["body"])
        for position, (block_type, value) in enumerate(body):
            if block_type == "care_card" and set(value["flags"]) == set(data["red_flags"]):
                fields["urgency_heading"] = value["heading"]
                fields["urgency_detail"] = value.get("body", "")
                del body[position]
                break
        fields["body"] = body
        return fields

    def standard(self, data):
        """A standard page's fields; "clinical" in its data marks it as clinical content."""
        fields = {key: value for key, value in data.items() if key != "clinical"}
        fields["clinical_content"] = bool(data.get("clinical"))
        return fields

    def clinical(self, data, exclude=()):
        return {key: value for key, value in data.items() if key not in exclude}

    def ensure_page(self, parent, model, slug, fields, ref=None):
        """Find the page at parent/slug, or make it; publish when created or updated."""
        fields = dict(fields, slug=slug)
        ref = ref if ref is not None else self.child_ref(parent, slug)
        self.fields[ref] = fields
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            page = existing.specific
            self.pages[ref] = page
            if not isinstance(page, model):
                # An editor's page stands where the content expects another kind: keep it.
                self.log(
                    f"Skipped /{ref}/: it is a {type(page).__name__}, the content expects a "
                    f"{model.__name__}. Move or delete it to let the loader create it."
                )
                self.counts["unchanged"] += 1
                return page
            if self.update:
                self.assign(page, fields, with_refs=False)
                page.save_revision(log_action=True).publish()
                self.created.append(page)
                self.counts["updated"] += 1
            else:
                self.counts["unchanged"] += 1
            return page
        page = model(locale=self.locale)
        self.assign(page, fields, with_refs=False)
        parent.add_child(instance=page)
        page.save_revision(log_action=True).publish()
        self.pages[ref] = page
        self.created.append(page)
        self.counts["created"] += 1
        self.log(f"Created {model.__name__} /{ref}/")
        return page

    def child_ref(self, parent, slug):
        parent_ref = next((ref for ref, page in self.pages.items() if page.pk == parent.pk), "")
        return f"{parent_ref}/{slug}".strip("/")

    def assign(self, page, fields, with_refs):
        for key, value in fields.items():
            if key in stream_fields(page):
                value = self.stream(value, with_refs)
            setattr(page, key, value)

    # -- links between pages -----------------------------------------------------------------

    def link_pages(self):
        """Second pass: blocks that link to other pages, and the pages' relations."""
        conditions = {data["slug"]: data for data in content.CONDITIONS}
        for page in self.created:
            ref = next(ref for ref, known in self.pages.items() if known.pk == page.pk)
            fields = self.fields[ref]
            page = Page.objects.get(pk=page.pk).specific
            for key in stream_fields(page) & set(fields):
                setattr(page, key, self.stream(fields[key], with_refs=True))
            if isinstance(page, ConditionPage):
                data = conditions[page.slug]
                page.symptoms.set([self.resolve(f"symptoms/{slug}") for slug in data["symptoms"]])
                page.treatments.set(
                    [self.resolve(f"treatments/{slug}") for slug in data["treatments"]]
                )
            if isinstance(page, TeamPage):
                page.members = [
                    TeamPageMember(clinician=self.clinicians[key], sort_order=index)
                    for index, key in enumerate(content.TEAM["members"])
                ]
            if isinstance(page, HomePage):
                page.consultation_page = self.resolve("request-a-consultation")
                page.second_opinion_page = self.resolve("second-opinions")
                page.referral_page = self.resolve("refer-a-patient")
            page.save_revision(log_action=False).publish(log_action=False)

    def resolve(self, ref):
        if ref in self.pages:
            return self.pages[ref]
        raise ContentError(f"The content refers to a page that does not exist: {ref!r}.")

    def stream(self, blocks, with_refs):
        """(block_type, value) tuples as StreamField data, with page refs resolved to pages."""
        result = []
        for block_type, value in blocks:
            if block_type in REF_BLOCKS:
                if not with_refs:
                    continue
                value = dict(value)
                if block_type == "call_to_action":
                    value["page"] = self.resolve(value["page"]) if value.get("page") else None
                    value.setdefault("url", "")
                else:
                    value["pages"] = [self.resolve(ref) for ref in value["pages"]]
            result.append((block_type, value))
        return result or PLACEHOLDER
