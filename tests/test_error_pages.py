"""The 404 and 500 pages: in the site's design, with the number to call, and the 500 page
working with the database (and even the cache) down."""

import pytest
from django.core.cache import cache
from django.template import loader

from spineclinic import contact_cache, views

pytestmark = pytest.mark.django_db


@pytest.fixture
def down_client(client):
    """A client that gets the error response instead of the exception."""
    client.raise_request_exception = False
    return client


def test_404_page_is_in_the_sites_design_with_search_and_phone(client, site_content):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page not found</h1>" in html
    assert "Spine Metastasis Surgery, New York" in html  # the site's header
    assert 'action="/search/"' in html
    assert "(212) 555-0140" in html and "(212) 555-0142" in html
    assert "If this is an emergency, call 911" in html  # the footer
    assert '<meta name="robots" content="noindex">' in html


def test_404_for_a_missing_spanish_page_too(client, site_content):
    assert client.get("/es/no-existe/").status_code == 404


def test_500_page_works_with_the_database_down(down_client, site_content, django_db_blocker):
    contact_cache.forget()
    down_client.get("/")  # any page view remembers the practice's numbers
    with django_db_blocker.block():
        response = down_client.get("/conditions/spine-metastases/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Sorry, there is a problem with this website" in html
    assert 'href="tel:+12125550140"' in html and "(212) 555-0140" in html
    assert "(212) 555-0142" in html  # the urgent line
    assert "If this is an emergency, call 911" in html
    # The emergency signs come from the red-flag table, which needs no database.
    assert "losing control of your bladder or bowels" in html
    assert "Numbness between your legs or around your bottom" in html
    assert "/static/css/site.css" in html


def test_500_page_after_a_settings_change_shows_the_new_number(client, down_client, site_content):
    from spineclinic.models import ClinicSettings

    contact_cache.forget()
    clinic = ClinicSettings.objects.get()
    clinic.main_phone = "(212) 555-0199"
    clinic.save()
    client.get("/")
    html = views.server_error(None).content.decode()
    assert "(212) 555-0199" in html and "(212) 555-0140" not in html


def test_500_page_without_anything_remembered_still_says_call_911(django_db_blocker):
    contact_cache.forget()
    with django_db_blocker.block():
        response = views.server_error(None)
    assert response.status_code == 500
    html = response.content.decode()
    assert "If this is an emergency, call 911" in html
    assert "tel:+1" not in html  # no number rather than a wrong one


def test_500_page_when_the_cache_is_down_too(client, site_content, monkeypatch, django_db_blocker):
    contact_cache.forget()
    client.get("/")

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "get", broken)
    with django_db_blocker.block():
        html = views.server_error(None).content.decode()
    assert "(212) 555-0140" in html  # this process's own copy


def test_500_page_falls_back_to_plain_html_if_its_template_fails(
    client, site_content, monkeypatch
):
    contact_cache.forget()
    client.get("/")

    def broken(name, *args, **kwargs):
        raise OSError("template storage unavailable")

    monkeypatch.setattr(loader, "get_template", broken)
    response = views.server_error(None)
    html = response.content.decode()
    assert response.status_code == 500
    assert "Sorry, there is a problem with this website" in html
    assert 'href="tel:+12125550140"' in html and "If this is an emergency, call 911" in html


def test_remembering_the_numbers_never_breaks_a_page_when_the_cache_is_down(
    site_content, monkeypatch
):
    from spineclinic.models import ClinicSettings

    contact_cache.forget()

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "set", broken)
    contact_cache.remember(ClinicSettings.objects.get())  # logs, does not raise
    assert contact_cache.recall()["main_phone"] == "(212) 555-0140"
    monkeypatch.setattr(cache, "get", broken)
    assert contact_cache.recall()["main_phone"] == "(212) 555-0140"
