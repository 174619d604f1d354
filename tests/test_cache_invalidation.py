"""What clears the page cache: every change a visitor could see, read from Wagtail's registries
(pages, snippets, settings, images, documents, redirects, view restrictions, sites, locales),
and nothing an editor alone sees (a draft, a lock). A visitor notices by the page being served
again from the cache (`X-Page-Cache: hit`) or rendered afresh (`miss`)."""

import pytest
import wagtail_factories
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Collection, CollectionViewRestriction, Locale, PageViewRestriction, Site
from wagtail.snippets.models import get_snippet_models, register_snippet

from spineclinic.models import ClinicSettings
from tests.factories import (
    ClinicianFactory,
    ConditionIndexPageFactory,
    ConditionPageFactory,
    StandardPageFactory,
)
from tests.testapp.models import DraftNotice, Notice

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE = True


@pytest.fixture
def condition(home):
    index = ConditionIndexPageFactory(parent=home)
    return ConditionPageFactory(parent=index, title="Spine metastases")


def visit(client, url):
    """What the page cache answered for this visit: "hit" or "miss"."""
    response = client.get(url)
    assert response.status_code == 200, url
    return response["X-Page-Cache"]


def cache(client, url):
    """Visit until the page is served from the cache."""
    visit(client, url)
    assert visit(client, url) == "hit"


def test_saving_a_draft_keeps_the_published_page_cached(client, condition):
    cache(client, condition.url)
    condition.title = "Spinal metastases (draft)"
    revision = condition.save_revision()
    response = client.get(condition.url)
    assert response["X-Page-Cache"] == "hit"
    assert "Spinal metastases (draft)" not in response.content.decode()

    revision.publish()
    response = client.get(condition.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Spinal metastases (draft)" in response.content.decode()


def test_locking_a_page_keeps_the_cache(client, admin_user, condition):
    cache(client, condition.url)
    condition.locked, condition.locked_by = True, admin_user
    condition.save(update_fields=["locked", "locked_by", "locked_at"])
    assert visit(client, condition.url) == "hit"


def test_a_new_page_saved_as_draft_keeps_the_cache(client, home, condition):
    cache(client, condition.url)
    draft = StandardPageFactory(parent=home, title="Patient library", live=False)
    draft.save_revision()
    assert visit(client, condition.url) == "hit"
    draft.get_latest_revision().publish()
    assert visit(client, condition.url) == "miss"


def test_a_search_counted_keeps_the_cache(client, condition):
    cache(client, condition.url)
    Query.get("spine").add_hit()
    assert visit(client, condition.url) == "hit"


def change_clinician(home, condition):
    reviewer = condition.reviewed_by
    reviewer.name = "Renamed Reviewer"
    reviewer.save()


def add_clinician(home, condition):
    ClinicianFactory()


def change_clinic_settings(home, condition):
    clinic = ClinicSettings.objects.get()
    clinic.main_phone = "(212) 555-0199"
    clinic.save()


def upload_image(home, condition):
    wagtail_factories.ImageFactory()


def upload_document(home, condition):
    wagtail_factories.DocumentFactory()


def add_redirect(home, condition):
    Redirect.objects.create(old_path="/old-address", redirect_page=condition)


def restrict_page(home, condition):
    PageViewRestriction.objects.create(page=condition, restriction_type=PageViewRestriction.LOGIN)


def restrict_collection(home, condition):
    CollectionViewRestriction.objects.create(
        collection=Collection.get_first_root_node(),
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="letters-and-words",
    )


def change_site(home, condition):
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Spine Oncology NYC"
    site.save()


def save_locale(home, condition):
    Locale.objects.get(language_code="en").save()


def promote_search_result(home, condition):
    SearchPromotion.objects.create(query=Query.get("spine"), page=condition, sort_order=0)


@pytest.mark.parametrize(
    "change",
    [
        change_clinician,
        add_clinician,
        change_clinic_settings,
        upload_image,
        upload_document,
        add_redirect,
        restrict_page,
        restrict_collection,
        change_site,
        save_locale,
        promote_search_result,
    ],
)
def test_each_kind_of_site_wide_change_clears_the_cache(client, home, condition, change):
    cache(client, condition.url)
    change(home, condition)
    assert client.get(condition.url).get("X-Page-Cache") != "hit"


def test_deleting_a_redirect_clears_the_cache(client, condition):
    redirect = Redirect.objects.create(old_path="/old-address", redirect_page=condition)
    cache(client, condition.url)
    redirect.delete()
    assert visit(client, condition.url) == "miss"


@pytest.fixture
def register_snippet_for_test():
    """Register models as snippets for one test only: the admin's URLs were built before, so
    a snippet left registered would break the admin's snippet list for later tests."""
    registered = []

    def register(model):
        assert model not in get_snippet_models()
        register_snippet(model)
        registered.append(model)
        return model

    yield register
    for model in registered:
        get_snippet_models().remove(model)


def test_a_snippet_registered_after_start_up_clears_the_cache(
    client, condition, register_snippet_for_test
):
    cache(client, condition.url)
    Notice.objects.create(text="Closed on Thanksgiving")
    assert visit(client, condition.url) == "hit"  # not a snippet: no page shows it

    register_snippet_for_test(Notice)
    notice = Notice.objects.create(text="Closed on Thanksgiving Day")
    assert visit(client, condition.url) == "miss"
    assert visit(client, condition.url) == "hit"
    notice.text = "Open on Thanksgiving Day"
    notice.save()
    assert visit(client, condition.url) == "miss"
    assert visit(client, condition.url) == "hit"
    notice.delete()
    assert visit(client, condition.url) == "miss"


def test_a_draftable_snippet_clears_the_cache_when_published_not_when_drafted(
    client, condition, register_snippet_for_test
):
    register_snippet_for_test(DraftNotice)
    cache(client, condition.url)
    notice = DraftNotice(text="Closed on Thanksgiving", live=False)
    notice.save()
    notice.save_revision()
    assert visit(client, condition.url) == "hit"  # a draft nobody has seen

    notice.get_latest_revision().publish()
    assert visit(client, condition.url) == "miss"
    assert visit(client, condition.url) == "hit"

    notice.refresh_from_db()
    notice.text = "Open on Thanksgiving"
    notice.save_revision()
    assert visit(client, condition.url) == "hit"

    notice.unpublish()
    assert visit(client, condition.url) == "miss"
