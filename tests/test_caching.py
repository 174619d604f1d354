"""The page cache keeps public pages, never a page for one visitor, and forgets everything the
moment content changes; the proxy or CDN in front is told too."""

from unittest import mock

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import PageViewRestriction

from spineclinic import cache as page_cache
from spineclinic.models import ClinicSettings
from tests.consultations.conftest import consultation_data, form_pages  # noqa: F401
from tests.factories import (
    ClinicianFactory,
    ConditionIndexPageFactory,
    ConditionPageFactory,
    StandardPageFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

PURGED = []


class RecordingBackend:
    """A frontend cache backend that records what it was asked to purge."""

    def __init__(self, params):
        pass

    def invalidates_hostname(self, hostname):
        return True

    def purge_batch(self, urls):
        PURGED.extend(urls)


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE = True
    PURGED.clear()


@pytest.fixture
def condition(home):
    index = ConditionIndexPageFactory(parent=home)
    return ConditionPageFactory(parent=index, title="Spine metastases")


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response


def test_public_page_is_stored_then_served_from_the_cache(client, condition):
    first = get(client, condition.url)
    assert first["X-Page-Cache"] == "miss"
    assert first["Cache-Control"] == "public, max-age=60, s-maxage=300"
    second = get(client, condition.url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Cache-Control"] == first["Cache-Control"]


def test_a_hit_needs_no_database(client, condition, django_assert_num_queries):
    get(client, condition.url)
    with django_assert_num_queries(0):
        assert get(client, condition.url)["X-Page-Cache"] == "hit"


def test_tracking_parameters_share_the_page_other_parameters_do_not(client, condition):
    get(client, condition.url)
    assert get(client, condition.url + "?utm_source=news&gclid=x")["X-Page-Cache"] == "hit"
    assert get(client, condition.url + "?page=2")["X-Page-Cache"] == "miss"


def test_publishing_shows_the_change_at_once(client, condition):
    get(client, condition.url)
    condition.title = "Spinal metastases"
    condition.save_revision().publish()
    response = get(client, condition.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Spinal metastases" in response.content.decode()


def test_a_new_page_appears_in_the_menus_of_cached_pages(client, home, condition):
    assert "Patient library" not in get(client, condition.url).content.decode()
    library = StandardPageFactory(parent=home, title="Patient library", show_in_menus=True)
    library.save_revision().publish()
    assert "Patient library" in get(client, condition.url).content.decode()


def test_unpublishing_removes_the_page_at_once(client, condition):
    get(client, condition.url)
    condition.unpublish()
    assert client.get(condition.url).status_code == 404


def test_moving_a_page_updates_both_addresses(client, home, condition):
    old_url = condition.url
    get(client, old_url)
    other = ConditionIndexPageFactory(parent=home, title="Other", slug="other")
    condition.move(other, pos="last-child")
    condition.refresh_from_db()
    assert client.get(old_url).status_code == 301  # Wagtail's automatic redirect
    assert get(client, condition.url)["X-Page-Cache"] == "miss"


def test_deleting_a_page_removes_it_at_once(client, condition):
    url = condition.url
    get(client, url)
    condition.delete()
    assert client.get(url).status_code == 404


def test_clinic_settings_change_reaches_every_page(client, home, condition):
    get(client, condition.url)
    get(client, home.url)
    clinic = ClinicSettings.objects.get()
    clinic.main_phone = "(212) 555-0199"
    clinic.save()
    for url in (condition.url, home.url):
        assert "(212) 555-0199" in get(client, url).content.decode()


def test_clinician_change_reaches_the_pages_that_name_them(client, condition):
    get(client, condition.url)
    reviewer = condition.reviewed_by
    reviewer.name = "Renamed Reviewer"
    reviewer.save()
    assert "Renamed Reviewer" in get(client, condition.url).content.decode()


def test_a_page_made_private_is_no_longer_served_from_the_cache(client, condition):
    get(client, condition.url)
    PageViewRestriction.objects.create(
        page=condition, restriction_type=PageViewRestriction.PASSWORD, password="secret-words"
    )
    response = client.get(condition.url)
    assert response.get("X-Page-Cache") != "hit"
    assert "Spine metastases" not in response.content.decode().split("<form")[-1]
    # The password form carries a CSRF token: never stored.
    assert client.get(condition.url).get("X-Page-Cache") != "hit"


def test_form_pages_are_never_stored(client, form_pages):  # noqa: F811
    url = form_pages["consultation"].url
    for _ in range(2):
        response = get(client, url)
        assert response["X-Page-Cache"] == "skip"
        assert response["Cache-Control"] == "no-store"
        assert "csrfmiddlewaretoken" in response.content.decode()


def test_a_form_token_is_never_shared_between_visitors(client, form_pages):  # noqa: F811
    url = form_pages["consultation"].url
    client.get(url)  # now holds a CSRF cookie, so the next response need not set one
    first = get(client, url).content.decode()
    other = client.__class__()
    second = get(other, url).content.decode()

    def token(html):
        return html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]

    assert token(first) != token(second)


def test_posts_are_never_served_from_the_cache(client, form_pages):  # noqa: F811
    url = form_pages["consultation"].url
    response = client.post(url, consultation_data())
    assert response.status_code == 302
    assert "X-Page-Cache" not in response


def test_logged_in_editors_get_fresh_private_pages(client, admin_user, condition):
    anonymous = get(client, condition.url)
    client.force_login(admin_user)
    response = get(client, condition.url)
    assert response["X-Page-Cache"] == "skip"
    assert response["Cache-Control"] == "private, no-cache"
    assert response.content != anonymous.content  # the editor's user bar
    client.logout()
    assert get(client, condition.url)["X-Page-Cache"] == "hit"


def test_visitors_with_a_session_bypass_the_cache(client, condition):
    get(client, condition.url)
    client.cookies["sessionid"] = "a-patient-who-just-sent-a-form"
    assert get(client, condition.url)["X-Page-Cache"] == "skip"


def test_a_response_with_a_csp_nonce_is_not_shared(rf):
    request = rf.get("/")
    request._page_cache_view = True
    request._csp_nonce = "abc"
    from django.http import HttpResponse

    assert not page_cache.is_shareable(request, HttpResponse("x"))
    del request._csp_nonce
    assert page_cache.is_shareable(request, HttpResponse("x"))


def test_admin_pages_are_not_page_cached(admin_client, home):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert "X-Page-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_search_results_vary_by_query(client, home, condition):
    search = reverse("search")
    spine = get(client, search, data={"q": "spine"})
    other = get(client, search, data={"q": "walking"})
    assert spine["X-Page-Cache"] == other["X-Page-Cache"] == "miss"
    assert get(client, search, data={"q": "spine"}).content == spine.content
    assert get(client, search, data={"q": "walking"}).content == other.content


def test_searches_served_from_the_cache_still_count(client, home, condition):
    search = reverse("search")
    for _ in range(3):
        get(client, search, data={"q": "spine"})
    page_cache.bump_generation()  # the next search renders again and adds what waited
    get(client, search, data={"q": "spine"})
    assert Query.get("spine").hits == 4


def test_pages_still_render_when_the_page_cache_fails(client, condition):
    class Broken:
        def __getattr__(self, name):
            raise ConnectionError("cache down")

    with mock.patch.object(page_cache, "_cache", Broken):
        response = client.get(condition.url)
    assert response.status_code == 200
    assert "Spine metastases" in response.content.decode()


def test_a_lost_generation_key_never_revives_old_entries(client, condition):
    get(client, condition.url)
    cache.delete(page_cache.GENERATION_KEY)  # evicted by Redis, say
    assert get(client, condition.url)["X-Page-Cache"] == "miss"


@override_settings(
    WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.test_caching.RecordingBackend"}}
)
def test_publishing_purges_the_page_from_the_proxy_or_cdn(
    condition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        condition.save_revision().publish()
    assert "http://localhost/conditions/spine-metastases/" in PURGED


@override_settings(
    WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.test_caching.RecordingBackend"}}
)
def test_site_wide_changes_purge_the_proxy_or_cdn(home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ClinicianFactory()
    assert PURGED == ["http://localhost/"]


@override_settings(
    WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.test_caching.RecordingBackend"}}
)
def test_moves_purge_the_old_and_new_addresses(
    home, condition, django_capture_on_commit_callbacks
):
    other = ConditionIndexPageFactory(parent=home, title="Other", slug="other")
    with django_capture_on_commit_callbacks(execute=True):
        condition.move(other, pos="last-child")
    assert "http://localhost/conditions/spine-metastases/" in PURGED
    assert "http://localhost/other/spine-metastases/" in PURGED


def test_frontend_cache_is_configured_from_the_environment(monkeypatch):
    import importlib

    from spineclinic.settings import base

    monkeypatch.setenv("FRONTEND_CACHE_PURGE_URL", "http://proxy-a:80,http://proxy-b:80")
    monkeypatch.setenv("CLOUDFLARE_ZONE_ID", "zone")
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "token")
    monkeypatch.setenv("CLOUDFRONT_DISTRIBUTION_ID", "dist")
    try:
        reloaded = importlib.reload(base)
        backends = reloaded.WAGTAILFRONTENDCACHE
        assert backends["proxy0"]["LOCATION"] == "http://proxy-a:80"
        assert backends["proxy1"]["LOCATION"] == "http://proxy-b:80"
        assert backends["cloudflare"]["ZONEID"] == "zone"
        assert backends["cloudfront"]["DISTRIBUTION_ID"] == "dist"
    finally:
        monkeypatch.undo()
        importlib.reload(base)
