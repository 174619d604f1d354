import pytest
from wagtail.models import Page, Site

from tests.factories import ClinicSettingsFactory, HomePageFactory


@pytest.fixture
def home(db):
    """A home page serving as the default site's root, with the clinic settings filled in."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="test-home")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    ClinicSettingsFactory(site=site)
    return home
