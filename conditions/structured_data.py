"""Schema.org JSON-LD for every page type, built from the page and the clinic settings.

`page_graph(page, request, clinic)` returns one `{"@context", "@graph"}` document per page:
the web page itself (MedicalWebPage for clinical pages, with its reviewer and review date), what
it is about (MedicalCondition, MedicalSymptom, a MedicalTherapy, the clinic, a Hospital, the
team's Physicians), a BreadcrumbList, FAQPage questions where the page has a FAQ block, and the
practice as a MedicalClinic. Nodes refer to one another by "@id" so the clinic is described once.

The home page describes the practice in full (the areas it serves, its services, where it sees
patients); other pages carry its name, address, phone and hours from the clinic settings and
refer to the home page's description by the same "@id", as search engines recommend. Lists the
page's template also shows (its symptoms, treatments, children) are taken from the template's
context, so they are read once.
"""

import re
from functools import cached_property
from urllib.parse import urljoin

from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext, gettext_noop
from wagtail.models import Page, Site

from spineclinic.models import tel_href
from spineclinic.opening_hours import DAYS
from spineclinic.opening_hours import parse as parse_hours

from .models import (
    ClinicalReviewMixin,
    ConditionPage,
    HomePage,
    LocationPage,
    ServiceAreaPage,
    StandardPage,
    SymptomPage,
    TeamPage,
    TreatmentPage,
    WarningSignsPage,
)
from .models.pages import IndexPageMixin

SCHEMA = "https://schema.org/"
SPECIALTIES = [SCHEMA + "Oncologic", SCHEMA + "Neurologic", SCHEMA + "Surgical"]
# Translated where used: the JSON is built from plain strings.
SPINE = gettext_noop("Spine")

# A treatment's kind follows from the words of its title and summary, first match wins; a
# plain MedicalTherapy is never wrong. Every kind is a MedicalTherapy, the range schema.org
# gives MedicalCondition.possibleTreatment, and so also a MedicalProcedure.
TREATMENT_KINDS = [
    (r"radiation|radiotherap|sbrt|stereotactic|radiosurgery", "RadiationTherapy", None),
    (
        r"minimally invasive|percutaneous|kyphoplasty|vertebroplasty|ablation|small cuts",
        "MedicalTherapy",
        SCHEMA + "PercutaneousProcedure",
    ),
    (
        r"surgery|surgical|decompression|stabili[sz]ation|reconstruction|fusion",
        "MedicalTherapy",
        SCHEMA + "SurgicalProcedure",
    ),
]

# The site's icon, as the practice's logo and image (the file itself, not the redirect at
# /apple-touch-icon.png).
LOGO = "img/apple-touch-icon.png"
# Where one paragraph, list item or line of rich text ends: kept apart by a space in plain text.
_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|li|h[1-6]|ul|ol|div|blockquote)\s*>", re.IGNORECASE)


def _clean(text, limit=None):
    text = _BLOCK_END.sub(" ", str(text or ""))
    text = re.sub(r"\s+", " ", strip_tags(text)).strip()
    if limit and len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return text


def _local_date(moment):
    """The date of a stored moment in the site's time zone (settings.TIME_ZONE), as the
    sitemap gives it."""
    return timezone.localtime(moment, timezone.get_default_timezone()).date().isoformat()


def _phone(number):
    return tel_href(number).removeprefix("tel:")


def opening_hours(text):
    """'Monday to Friday, 9 am to 5 pm' -> OpeningHoursSpecification list, or [] when any part
    cannot be read (no hours is better than wrong hours)."""
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [SCHEMA + day for day in DAYS[first : last + 1]],
            "opens": opens,
            "closes": closes,
        }
        for first, last, opens, closes in parse_hours(text)
    ]


def treatment_kind(page):
    """(schema.org type, procedureType or None) for a treatment page."""
    words = f"{page.title} {getattr(page, 'summary', '')}".lower()
    for pattern, schema_type, procedure_type in TREATMENT_KINDS:
        if re.search(pattern, words):
            return schema_type, procedure_type
    return "MedicalTherapy", None


class GraphBuilder:
    """Builds the JSON-LD graph of one page for one request."""

    def __init__(self, page, request, clinic, context=None, ancestors=None):
        self.page = page
        self.request = request
        self.clinic = clinic
        self.context = context or {}
        self.ancestors = ancestors
        site = Site.find_for_request(request)
        self.root_url = site.root_url if site else ""
        self.home = site.root_page if site else None
        if self.home is not None and self.home.locale_id != page.locale_id:
            self.home = self.home.get_translation_or_none(page.locale) or self.home
        self.is_home = self.home is not None and page.pk == self.home.pk

    # -- helpers ---------------------------------------------------------------------------

    def from_context(self, name, default):
        """A list the page's template shows too, read once for both; else `default()`."""
        value = self.context.get(name)
        return value if value is not None else default()

    def url(self, page):
        return page.get_full_url(self.request) or ""

    @property
    def clinic_id(self):
        return f"{self.root_url}/#clinic"

    @property
    def website_id(self):
        return f"{self.root_url}/#website"

    @property
    def page_id(self):
        return f"{self.url(self.page)}#webpage"

    def live_descendants(self, model):
        if self.home is None:
            return model.objects.none()
        return model.objects.live().public().descendant_of(self.home).order_by("path")

    def physician(self, clinician, url=None, affiliated=False):
        node = {
            "@type": "Physician",
            "@id": f"{self.root_url}/#clinician-{clinician.slug}",
            "name": clinician.display_name,
            "medicalSpecialty": SPECIALTIES,
        }
        if clinician.short_bio:
            node["description"] = _clean(clinician.short_bio)
        if url:
            node["url"] = url
        if affiliated and self.location:
            node["hospitalAffiliation"] = {"@id": self.hospital_id(self.location)}
        # A clinician is reached through the practice: its address and telephone.
        node["@type"] = ["Physician", "Person"]
        node["worksFor"] = {"@id": self.clinic_id}
        node["workLocation"] = {
            "@type": "Place",
            "name": self.clinic.practice_name,
            "address": self.address(self.clinic),
            "telephone": _phone(self.clinic.main_phone),
        }
        return node

    @cached_property
    def location(self):
        """The place patients are seen, as a LocationPage (read only where it is described)."""
        if isinstance(self.page, LocationPage):
            return self.page
        location = self.context.get("location")
        if location:  # the template's (read lazily: a page may have none)
            return location
        return self.live_descendants(LocationPage).first()

    @cached_property
    def team_page(self):
        team_page = self.context.get("team_page")
        if team_page:
            return team_page
        return self.live_descendants(TeamPage).defer_streamfields().first()

    def hospital_id(self, location):
        return f"{self.url(location)}#hospital"

    def hospital_node(self, location):
        """The hospital with its own details: the practice's phone and hours are the
        practice's, not the hospital's."""
        node = {
            "@type": "Hospital",
            "@id": self.hospital_id(location),
            "name": location.title,
            "url": self.url(location),
            "address": self.address(location),
        }
        if location.phone:
            node["telephone"] = _phone(location.phone)
        if location.summary:
            node["description"] = _clean(location.summary)
        hours = opening_hours(location.hours)
        if hours:
            node["openingHoursSpecification"] = hours
        return node

    def address(self, owner):
        return {
            "@type": "PostalAddress",
            "streetAddress": owner.street_address,
            "addressLocality": owner.address_locality,
            "addressRegion": owner.address_region,
            "postalCode": owner.postal_code,
            "addressCountry": "US",
        }

    def therapy(self, page):
        schema_type, procedure_type = treatment_kind(page)
        node = {
            "@type": schema_type,
            "@id": f"{self.url(page)}#treatment",
            "name": page.title,
            "url": self.url(page),
            "bodyLocation": gettext(SPINE),
            "relevantSpecialty": SPECIALTIES,
        }
        if getattr(page, "summary", ""):
            node["description"] = _clean(page.summary)
        if procedure_type:
            node["procedureType"] = procedure_type
        return node

    def symptom(self, page):
        node = {
            "@type": "MedicalSymptom",
            "@id": f"{self.url(page)}#symptom",
            "name": page.title,
            "url": self.url(page),
        }
        if getattr(page, "summary", ""):
            node["description"] = _clean(page.summary)
        return node

    # -- shared nodes ----------------------------------------------------------------------

    def clinic_node(self):
        clinic = self.clinic
        logo = urljoin(f"{self.root_url}/", static(LOGO))
        node = {
            "@type": "MedicalClinic",
            "@id": self.clinic_id,
            "name": clinic.practice_name,
            "url": f"{self.root_url}/",
            "logo": logo,
            "image": logo,
            "telephone": _phone(clinic.main_phone),
            "address": self.address(clinic),
            "medicalSpecialty": SPECIALTIES,
        }
        if clinic.fax:
            node["faxNumber"] = _phone(clinic.fax)
        if clinic.email:
            node["email"] = clinic.email
        hours = opening_hours(clinic.hours)
        if hours:
            node["openingHoursSpecification"] = hours
        if not self.is_home:
            return node
        areas = [
            area.area_name
            for area in self.from_context("areas", lambda: self.live_descendants(ServiceAreaPage))
        ]
        if areas:
            node["areaServed"] = [{"@type": "AdministrativeArea", "name": a} for a in areas]
        if self.location:
            node["location"] = {"@id": self.hospital_id(self.location)}
        treatments = self.from_context("treatments", lambda: self.live_descendants(TreatmentPage))
        if treatments:
            node["availableService"] = [self.therapy(t) for t in treatments]
        return node

    def website_node(self):
        node = {
            "@type": "WebSite",
            "@id": self.website_id,
            "url": f"{self.root_url}/",
            "name": self.clinic.practice_name,
            "publisher": {"@id": self.clinic_id},
            "inLanguage": self.page.locale.language_code,
        }
        return node

    def breadcrumb_node(self):
        ancestors = list(self.ancestors if self.ancestors is not None else self.trail())
        if not ancestors:
            return None
        trail = [*ancestors, self.page]
        return {
            "@type": "BreadcrumbList",
            "@id": f"{self.url(self.page)}#breadcrumb",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": gettext("Home")
                    if self.home and item.pk == self.home.pk
                    else item.title,
                    "item": self.url(item),
                }
                for position, item in enumerate(trail, start=1)
            ],
        }

    def trail(self):
        """The page's live ancestors below the tree's root, home first."""
        if self.page.depth <= 2:
            return []
        return self.page.get_ancestors().filter(depth__gt=1).live().specific(defer=True)

    def faq_questions(self):
        questions = []
        for field in self.page._meta.get_fields():
            value = (
                getattr(self.page, field.name, None) if hasattr(field, "stream_block") else None
            )
            if not value:
                continue
            for block in value:
                if block.block_type != "faq":
                    continue
                for item in block.value["items"]:
                    questions.append(
                        {
                            "@type": "Question",
                            "name": _clean(item["question"]),
                            "acceptedAnswer": {
                                "@type": "Answer",
                                "text": _clean(item["answer"].source),
                            },
                        }
                    )
        return questions

    # -- the page node ---------------------------------------------------------------------

    def webpage_node(self):
        page = self.page
        # Only a clinician's sign-off makes a page a reviewed MedicalWebPage.
        reviewed = isinstance(page, ClinicalReviewMixin) and page.is_signed_off
        types = ["MedicalWebPage"] if reviewed else ["WebPage"]
        if isinstance(page, IndexPageMixin):
            types = ["CollectionPage"]
        questions = self.faq_questions()
        if questions:
            types.append("FAQPage")
        node = {
            "@type": types[0] if len(types) == 1 else types,
            "@id": self.page_id,
            "url": self.url(page),
            "name": page.seo_title or page.title,
            "inLanguage": page.locale.language_code,
            "isPartOf": {"@id": self.website_id},
            "publisher": {"@id": self.clinic_id},
        }
        description = page.search_description or getattr(page, "summary", "")
        if description:
            node["description"] = _clean(description)
        if page.first_published_at:
            node["datePublished"] = _local_date(page.first_published_at)
        if page.last_published_at:
            node["dateModified"] = _local_date(page.last_published_at)
        if reviewed:
            node["reviewedBy"] = {"@id": f"{self.root_url}/#clinician-{page.reviewed_by.slug}"}
            node["specialty"] = SPECIALTIES
            node["lastReviewed"] = page.last_reviewed.isoformat()
        if questions:
            node["mainEntity"] = questions
        return node

    def site_nodes(self):
        """The website and the practice: the same on every page of a language (in full on the
        home page), so cached as one fragment (templates/includes/structured_data.html)."""
        return [self.website_node(), self.clinic_node()]

    def build(self):
        """The whole document: the page's nodes, then the site's."""
        return {"@context": "https://schema.org", "@graph": self.page_nodes() + self.site_nodes()}

    def page_nodes(self):
        """What this page says about itself and its subject."""
        page = self.page
        webpage = self.webpage_node()
        nodes = [webpage]
        breadcrumb = self.breadcrumb_node()
        if breadcrumb:
            webpage["breadcrumb"] = {"@id": breadcrumb["@id"]}
            nodes.append(breadcrumb)
        # Where patients are seen: described on the home, location and team pages.
        describes_location = self.is_home or isinstance(page, (LocationPage, TeamPage))
        if describes_location and self.location:
            nodes.append(self.hospital_node(self.location))
        if isinstance(page, ClinicalReviewMixin) and page.is_signed_off:
            team = self.team_page
            url = f"{self.url(team)}#clinician-{page.reviewed_by.slug}" if team else None
            nodes.append(self.physician(page.reviewed_by, url))

        about = None
        if isinstance(page, ConditionPage):
            about = {
                "@type": "MedicalCondition",
                "@id": f"{self.url(page)}#condition",
                "name": page.title,
                "url": self.url(page),
                "description": _clean(page.summary),
                "associatedAnatomy": {"@type": "AnatomicalStructure", "name": gettext(SPINE)},
                "relevantSpecialty": SPECIALTIES,
            }
            symptoms = self.from_context("symptom_pages", page.symptom_pages)
            treatments = self.from_context("treatment_pages", page.treatment_pages)
            if symptoms:
                about["signOrSymptom"] = [self.symptom(s) for s in symptoms]
            if treatments:
                about["possibleTreatment"] = [self.therapy(t) for t in treatments]
        elif isinstance(page, SymptomPage):
            about = self.symptom(page)
            # The conditions this symptom can be a sign of, linked the way schema.org links
            # them: MedicalCondition.signOrSymptom.
            conditions = self.from_context("condition_pages", page.condition_pages)
            for condition in conditions:
                nodes.append(
                    {
                        "@type": "MedicalCondition",
                        "@id": f"{self.url(condition)}#condition",
                        "name": condition.title,
                        "url": self.url(condition),
                        "signOrSymptom": {"@id": about["@id"]},
                    }
                )
        elif isinstance(page, TreatmentPage):
            about = self.therapy(page)
        elif isinstance(page, LocationPage):
            webpage["about"] = {"@id": self.hospital_id(page)}
            webpage["mainEntity"] = {"@id": self.hospital_id(page)}
        elif isinstance(page, ServiceAreaPage):
            webpage["about"] = {"@id": self.clinic_id}
            webpage["contentLocation"] = {"@type": "AdministrativeArea", "name": page.area_name}
        elif isinstance(page, TeamPage):
            url = self.url(page)
            clinicians = page.clinicians()
            for clinician in clinicians:
                if not any(
                    n.get("@id", "").endswith(f"#clinician-{clinician.slug}") for n in nodes
                ):
                    nodes.append(
                        self.physician(
                            clinician, f"{url}#clinician-{clinician.slug}", affiliated=True
                        )
                    )
            webpage["about"] = {"@id": self.clinic_id}
            if clinicians:
                webpage["mentions"] = [
                    {"@id": f"{self.root_url}/#clinician-{c.slug}"} for c in clinicians
                ]
        elif isinstance(page, (StandardPage, WarningSignsPage)):
            # Medical guides and explainers are about the conditions the practice treats; other
            # standard pages (costs, waits, privacy) about the practice.
            conditions = (
                list(self.live_descendants(ConditionPage)) if page.needs_clinical_review else []
            )
            about_nodes = [
                {
                    "@type": "MedicalCondition",
                    "@id": f"{self.url(condition)}#condition",
                    "name": condition.title,
                    "url": self.url(condition),
                }
                for condition in conditions
            ]
            nodes.extend(about_nodes)
            webpage["about"] = [{"@id": node["@id"]} for node in about_nodes] or {
                "@id": self.clinic_id
            }
        elif isinstance(page, HomePage):
            webpage["about"] = {"@id": self.clinic_id}
        elif isinstance(page, IndexPageMixin):
            children = self.from_context("children", page.get_children_for_listing)
            webpage["mainEntity"] = {
                "@type": "ItemList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": position,
                        "name": child.title,
                        "url": self.url(child),
                    }
                    for position, child in enumerate(children, start=1)
                ],
            }

        if about is not None:
            webpage["about"] = {"@id": about["@id"]} if "@id" in about else about
            nodes.append(about)
        return nodes


def graph_builder(page, request, clinic, context=None, ancestors=None):
    """The JSON-LD builder for a Wagtail page, or None for anything else. `context`: the
    page's template context, whose lists are reused; `ancestors`: the breadcrumb trail the
    template shows."""
    if not isinstance(page, Page) or clinic is None or request is None:
        return None
    return GraphBuilder(page.specific, request, clinic, context, ancestors)


def page_graph(page, request, clinic, context=None):
    """The whole JSON-LD document for a Wagtail page, or None for anything else."""
    builder = graph_builder(page, request, clinic, context)
    return builder.build() if builder else None
