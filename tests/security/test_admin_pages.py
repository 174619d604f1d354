"""Every admin page a role can reach opens without a server error, on the production database
set-up (PostgreSQL with server-side parameter binding when DATABASE_URL points at it)."""

import contextlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.test import RequestFactory
from django.urls import NoReverseMatch, reverse
from wagtail.admin.menu import admin_menu
from wagtail.admin.viewsets import viewsets
from wagtail.models import GroupSitePermission, Page

from consultations.models import PatientRequest
from spineclinic.models import ClinicSettings
from tests.conftest import login_verified
from tests.consultations.conftest import consultation_data, form_pages  # noqa: F401
from tests.factories import ClinicianFactory

pytestmark = pytest.mark.django_db


def menu_urls(user):
    """The links of the admin menu (and its submenus) as this user sees it."""
    request = RequestFactory().get("/admin/")
    request.user = user
    urls, items = [], list(admin_menu.menu_items_for_request(request))
    while items:
        item = items.pop()
        menu = getattr(item, "menu", None)
        if menu is not None:
            items.extend(menu.menu_items_for_request(request))
        elif item.url.startswith("/admin/"):
            urls.append(item.url)
    return urls


def viewset_urls():
    """The list, add, edit, inspect and history views of every model viewset and snippet,
    for one existing object each."""
    urls = []
    for viewset in viewsets.viewsets:
        model = getattr(viewset, "model", None)
        if model is None or not hasattr(viewset, "get_url_name"):
            continue
        if isinstance(model, str):
            model = apps.get_model(model)
        instance = model._default_manager.order_by("pk").first()
        for view in ["index", "add"]:
            with contextlib.suppress(NoReverseMatch):
                urls.append(reverse(viewset.get_url_name(view)))
        if instance is None:
            continue
        for view in ["edit", "inspect", "history", "usage"]:
            with contextlib.suppress(NoReverseMatch):
                urls.append(reverse(viewset.get_url_name(view), args=[instance.pk]))
    return urls


@pytest.fixture
def content(client, home, form_pages):  # noqa: F811
    """A page tree with the three forms, a clinician and a patient request."""
    ClinicianFactory()
    client.post(form_pages["consultation"].url, consultation_data())
    assert PatientRequest.objects.exists()
    client.logout()
    return home


def settings_editor(django_user_model, group_name, site):
    """A member of the group that may also change the clinic settings of the site, as the
    Groups admin grants it (a permission for that site)."""
    user = django_user_model.objects.create_user(f"{group_name.lower()}-pages", password="x" * 12)
    group = Group.objects.get(name=group_name)
    GroupSitePermission.objects.create(
        group=group, site=site, permission=Permission.objects.get(codename="change_clinicsettings")
    )
    user.groups.add(group)
    return user


def intake(django_user_model):
    user = django_user_model.objects.create_user("intake-pages", password="x" * 12)
    user.groups.add(Group.objects.get(name="Intake coordinators"))
    return user


@pytest.mark.parametrize("role", ["superuser", "Moderators", "Editors", "intake"])
def test_no_admin_page_is_a_server_error(client, content, django_user_model, role):
    if role == "superuser":
        user = django_user_model.objects.create_superuser("root-pages", password="x" * 12)
    elif role == "intake":
        user = intake(django_user_model)
    else:
        user = settings_editor(django_user_model, role, ClinicSettings.objects.get().site)
    login_verified(client, user)

    site_settings = ClinicSettings.objects.get()
    pages = [
        "/admin/",
        f"/admin/settings/spineclinic/clinicsettings/{site_settings.site_id}/",
        f"/admin/pages/{content.pk}/",
        f"/admin/pages/{content.pk}/edit/",
        f"/admin/pages/{Page.objects.get(depth=1).pk}/",
    ]
    urls = sorted(set(pages + menu_urls(user) + viewset_urls()))
    assert "/admin/settings/spineclinic/clinicsettings/" in urls or role == "intake"

    errors = []
    for url in urls:
        try:
            with transaction.atomic():  # one failing page must not hide the next
                response = client.get(url, follow=True)
        except Exception as error:  # noqa: BLE001 - report every failing page at once
            errors.append(f"{url}: {type(error).__name__}: {str(error).splitlines()[0]}")
            continue
        if response.status_code >= 500:
            errors.append(f"{url}: {response.status_code}")
    assert not errors, "\n".join(errors)
    assert len(urls) > 10


def test_distinct_queries_ordered_by_an_expression_run(home):
    """Wagtail orders sites by CASE WHEN site_name = '' ...: with DISTINCT, that expression is
    in the select list and the ORDER BY, which server-side binding used to split apart."""
    from wagtail.models import Site

    sites = list(Site.objects.filter(root_page=home).distinct())
    assert [site.root_page_id for site in sites] == [home.pk]
