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


def role_user(django_user_model, role):
    if role == "superuser":
        return django_user_model.objects.create_superuser("root-pages", password="x" * 12)
    if role == "intake":
        return intake(django_user_model)
    group_name, _, with_settings = role.partition(" + ")
    if with_settings:
        return settings_editor(django_user_model, group_name, ClinicSettings.objects.get().site)
    user = django_user_model.objects.create_user(f"{role.lower()[:20]}-only", password="x" * 12)
    user.groups.add(Group.objects.get(name=group_name))
    return user


ROLES = [
    "superuser",
    "Moderators + clinic settings",
    "Editors + clinic settings",
    "Editors",
    "Clinical reviewers",
    "intake",
]


@pytest.mark.parametrize("role", ROLES)
def test_no_admin_page_is_a_server_error(client, content, django_user_model, role):
    user = role_user(django_user_model, role)
    login_verified(client, user)

    site_settings = ClinicSettings.objects.get()
    pages = [
        "/admin/",
        "/admin/account/",
        "/admin/two-factor/recovery-codes/",
        f"/admin/settings/spineclinic/clinicsettings/{site_settings.site_id}/",
        f"/admin/pages/{content.pk}/",
        f"/admin/pages/{content.pk}/edit/",
        f"/admin/pages/{Page.objects.get(depth=1).pk}/",
    ]
    urls = sorted(set(pages + menu_urls(user) + viewset_urls()))
    if "clinic settings" in role or role == "superuser":
        assert "/admin/settings/spineclinic/clinicsettings/" in urls
    if role != "intake":
        assert any(url.startswith("/admin/reports/") for url in urls), "the Reports menu"
    assert any(url.startswith("/admin/snippets/") for url in urls), "the snippets"

    errors, opened = [], 0
    for url in urls:
        try:
            with transaction.atomic():  # one failing page must not hide the next
                response = client.get(url, follow=True)
        except Exception as error:  # noqa: BLE001 - report every failing page at once
            errors.append(f"{url}: {type(error).__name__}: {str(error).splitlines()[0]}")
            continue
        if response.status_code >= 500:
            errors.append(f"{url}: {response.status_code}")
        final = response.redirect_chain[-1][0] if response.redirect_chain else url
        # A page that only sent us to log in, or to the second step, proved nothing.
        assert "/admin/login/" not in final and "/two-factor/" not in final.replace(
            "/two-factor/recovery-codes/", ""
        ), f"{url} -> {final}"
        opened += response.status_code == 200
    assert not errors, "\n".join(errors)
    assert len(urls) > 10 and opened > 10
    print(f"{role}: {len(urls)} admin URLs, {opened} opened (200), 0 server errors")  # noqa: T201


def test_distinct_queries_ordered_by_an_expression_run(home):
    """Wagtail orders sites by CASE WHEN site_name = '' ...: with DISTINCT, that expression is
    in the select list and the ORDER BY, which server-side binding used to split apart."""
    from wagtail.models import Site

    sites = list(Site.objects.filter(root_page=home).distinct())
    assert [site.root_page_id for site in sites] == [home.pk]
