"""Where each page type may be created, through the admin as an editor would."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from conditions import models
from consultations.models import (
    ConsultationRequestPage,
    ReferralRequestPage,
    SecondOpinionRequestPage,
)
from tests.conftest import login_verified
from tests.factories import (
    ClinicianFactory,
    ConditionIndexPageFactory,
    HomePageFactory,
    SymptomIndexPageFactory,
)


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sections(self):
        self.assertAllowedParentPageTypes(models.HomePage, {Page})
        self.assertAllowedSubpageTypes(
            models.HomePage,
            {
                models.ConditionIndexPage,
                models.SymptomIndexPage,
                models.TreatmentIndexPage,
                models.ServiceAreaIndexPage,
                models.LocationPage,
                models.TeamPage,
                models.StandardPage,
                models.WarningSignsPage,
                ConsultationRequestPage,
                SecondOpinionRequestPage,
                ReferralRequestPage,
            },
        )

    def test_the_warning_signs_card_lives_under_home_or_a_standard_page(self):
        self.assertAllowedParentPageTypes(
            models.WarningSignsPage, {models.HomePage, models.StandardPage}
        )
        self.assertAllowedSubpageTypes(models.WarningSignsPage, set())

    def test_index_pages_hold_only_their_own_kind(self):
        pairs = [
            (models.ConditionIndexPage, models.ConditionPage),
            (models.SymptomIndexPage, models.SymptomPage),
            (models.TreatmentIndexPage, models.TreatmentPage),
            (models.ServiceAreaIndexPage, models.ServiceAreaPage),
        ]
        for index_model, child_model in pairs:
            with self.subTest(index_model.__name__):
                self.assertAllowedSubpageTypes(index_model, {child_model})
                self.assertAllowedParentPageTypes(child_model, {index_model})
                self.assertAllowedParentPageTypes(index_model, {models.HomePage})

    def test_leaf_pages_have_no_children(self):
        for model in [
            models.ConditionPage,
            models.SymptomPage,
            models.TreatmentPage,
            models.ServiceAreaPage,
            models.LocationPage,
            models.TeamPage,
        ]:
            with self.subTest(model.__name__):
                self.assertAllowedSubpageTypes(model, set())

    def test_pages_refused_in_the_wrong_place(self):
        self.assertCanNotCreateAt(models.HomePage, models.ConditionPage)
        self.assertCanNotCreateAt(models.ConditionIndexPage, models.SymptomPage)
        self.assertCanNotCreateAt(models.SymptomIndexPage, models.TreatmentPage)
        self.assertCanNotCreateAt(models.ConditionPage, models.StandardPage)
        self.assertCanNotCreateAt(Page, models.ConditionIndexPage)
        self.assertCanCreateAt(models.StandardPage, models.StandardPage)


class CreateThroughAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        cls.home = HomePageFactory(parent=root, slug="rules-home")
        cls.clinician = ClinicianFactory()

    def setUp(self):
        login_verified(self.client, self.login())

    def test_editor_can_create_a_standard_page(self):
        self.assertCanCreate(
            self.home,
            models.StandardPage,
            nested_form_data(
                {
                    "title": "Second opinions",
                    "summary": "When and how to ask for another view.",
                    "body": streamfield([("paragraph", rich_text("<p>We review scans.</p>"))]),
                }
            ),
        )
        page = models.StandardPage.objects.filter(locale__language_code="en").get(
            slug="second-opinions"
        )
        self.assertTrue(page.live)

    def test_editor_can_create_a_symptom_page(self):
        index = SymptomIndexPageFactory(parent=self.home)
        data = nested_form_data(
            {
                "title": "Numbness or tingling",
                "summary": "Numbness can mean pressure on nerves.",
                "body": streamfield([("paragraph", rich_text("<p>Tell us today.</p>"))]),
            }
        )
        data["red_flags"] = ["numbness", "numbness_band"]
        self.assertCanCreate(index, models.SymptomPage, data)
        page = models.SymptomPage.objects.filter(locale__language_code="en").get(
            title="Numbness or tingling"
        )
        assert page.red_flags == ["numbness", "numbness_band"]
        assert page.urgency == "emergency"

    def test_a_symptom_page_must_name_its_signs(self):
        index = SymptomIndexPageFactory(parent=self.home)
        response = self.client.post(
            f"/admin/pages/add/conditions/symptompage/{index.pk}/",
            nested_form_data(
                {
                    "title": "Numbness",
                    "slug": "numbness",
                    "summary": "Numbness.",
                    "body": streamfield([("paragraph", rich_text("<p>Tell us today.</p>"))]),
                    "action-publish": "action-publish",
                }
            ),
        )
        assert response.status_code == 200
        assert "Choose at least one sign from the red-flag table." in response.content.decode()
        assert (
            not models.SymptomPage.objects.filter(locale__language_code="en")
            .filter(slug="numbness")
            .exists()
        )

    def test_typed_review_details_are_not_taken(self):
        """Nobody types a review: a new clinical page, even published by a superuser, has
        none."""
        index = ConditionIndexPageFactory(parent=self.home)
        response = self.client.post(
            f"/admin/pages/add/conditions/conditionpage/{index.pk}/",
            nested_form_data(
                {
                    "title": "Spinal cord compression",
                    "slug": "spinal-cord-compression",
                    "summary": "Pressure on the spinal cord.",
                    "overview": streamfield([("paragraph", rich_text("<p>About it.</p>"))]),
                    "when_surgery_helps": streamfield([]),
                    "diagnosis": streamfield([]),
                    "body": streamfield([]),
                    "reviewed_by": self.clinician.pk,
                    "last_reviewed": "2026-01-05",
                    "next_review_due": "2027-01-05",
                    "action-publish": "action-publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 302)
        page = models.ConditionPage.objects.filter(locale__language_code="en").get(
            slug="spinal-cord-compression"
        )
        self.assertTrue(page.live)
        self.assertEqual((page.reviewed_by, page.last_reviewed, page.next_review_due), (None,) * 3)
        self.assertFalse(page.is_signed_off)
