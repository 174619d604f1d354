"""Editors find the tree, the clinicians and the clinic settings in the admin."""

import pytest
from wagtail.models import Site

from tests.factories import ClinicianFactory, ConditionIndexPageFactory

pytestmark = pytest.mark.django_db


def test_admin_shows_the_page_tree(admin_client, home):
    ConditionIndexPageFactory(parent=home)
    html = admin_client.get(f"/admin/pages/{home.pk}/").content.decode()
    assert "Conditions we treat" in html


def test_admin_lists_and_edits_clinicians(admin_client, home):
    clinician = ClinicianFactory(name="Randy S. D’Amico")
    html = admin_client.get("/admin/snippets/conditions/clinician/").content.decode()
    assert "Dr. Randy S. D’Amico, MD" in html
    response = admin_client.get(f"/admin/snippets/conditions/clinician/edit/{clinician.pk}/")
    assert response.status_code == 200
    assert "Appointments and positions, one per line" in response.content.decode()


def test_admin_edits_clinic_settings(admin_client, home):
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/spineclinic/clinicsettings/{site.pk}/"
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "(212) 555-0140" in response.content.decode()


def test_clinic_settings_change_shows_on_every_page(client, admin_client, home):
    from spineclinic.models import ClinicSettings

    clinic = ClinicSettings.for_site(Site.objects.get(is_default_site=True))
    clinic.main_phone = "(718) 555-0199"
    clinic.save()
    html = client.get(home.url).content.decode()
    assert "(718) 555-0199" in html and 'href="tel:+17185550199"' in html
