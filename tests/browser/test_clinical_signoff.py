"""The clinical sign-off round trip in the admin, in a real browser: an editor changes a
clinical page and submits it to "Clinical sign-off"; a clinical reviewer logs in and signs it
off; the public page then names the reviewer's clinician. Uses the live site from conftest.py
and leaves the page signed off."""

import importlib
import re

import pytest

from tests.browser.conftest import DESKTOP, orm_beside_playwright

PASSWORD = "a-long-password-for-the-browser-1"  # noqa: S105  (a throwaway test login)


@pytest.fixture(scope="module")
def people(live_site, django_db_blocker):
    """An editor, and a reviewer linked to the practice's lead clinician; the page to change."""
    from django.apps import apps
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from conditions.models import Clinician, TreatmentPage

    roles = importlib.import_module("conditions.migrations.0005_clinical_signoff_roles")
    with django_db_blocker.unblock(), orm_beside_playwright():
        roles.create_roles(apps, None)  # in case a transactional test flushed them
        users = {}
        for username, group in [("editor", "Editors"), ("reviewer", "Clinical reviewers")]:
            user = get_user_model().objects.create_user(f"browser-{username}", password=PASSWORD)
            user.groups.add(Group.objects.get(name=group))
            device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
            user.totp_key = device.bin_key  # for the codes the "app" shows at login
            users[username] = user
        clinician = Clinician.objects.get(slug="damico", locale__language_code="en")
        clinician.user = users["reviewer"]
        clinician.save()
        page = (
            TreatmentPage.objects.filter(locale__language_code="en")
            .live()
            .order_by("path")
            .first()
        )
        yield users, clinician, page
        get_user_model().objects.filter(pk__in=[u.pk for u in users.values()]).delete()


def log_in(browser, live_site, user):
    context = browser.new_context(viewport=DESKTOP)
    context.set_default_timeout(15_000)
    tab = context.new_page()
    tab.goto(f"{live_site}/admin/login/")
    tab.fill("#id_username", user.username)
    tab.fill("#id_password", PASSWORD)
    tab.click("button[type=submit]")
    # Every admin role takes the second step: the code from the authenticator app.
    tab.wait_for_url(re.compile(r".*/admin/two-factor/verify/.*"))
    tab.fill("#id_token", current_code(user))
    tab.press("#id_token", "Enter")
    tab.wait_for_url(f"{live_site}/admin/")
    return context, tab


def current_code(user):
    from django_otp.oath import totp

    return f"{totp(user.totp_key):06d}"


def open_more_actions(tab):
    tab.locator(
        "footer .w-dropdown__toggle, footer [data-w-dropdown-target='toggle']"
    ).first.click()


def test_editor_submits_reviewer_signs_off_public_page_names_the_reviewer(
    browser, live_site, people
):
    users, clinician, page = people
    edit_url = f"{live_site}/admin/pages/{page.pk}/edit/"
    public_url = live_site + page.relative_url(page.get_site())

    context, tab = log_in(browser, live_site, users["editor"])
    tab.goto(public_url)
    assert tab.locator(".review-info").inner_text() == "This page is awaiting clinical review."
    tab.goto(edit_url)
    assert tab.locator("button[name='action-publish']").count() == 0
    tab.fill("#id_summary", page.summary + " Reviewed wording.")
    open_more_actions(tab)
    with tab.expect_navigation(url=re.compile(r"/admin/pages/\d+/$")):
        tab.get_by_role("button", name="Submit to Clinical sign-off").click()
    context.close()

    context, tab = log_in(browser, live_site, users["reviewer"])
    tab.goto(edit_url)
    open_more_actions(tab)
    tab.get_by_role("button", name="Sign off and publish").click()
    dialog = tab.locator(".modal-dialog, [role=dialog]").filter(has_text="Next review due")
    dialog.locator("textarea[name='comment']").fill("Checked against current guidance.")
    # The dialog posts its answers, then the editor's form is submitted with them.
    with tab.expect_navigation(url=re.compile(r"/admin/pages/\d+/$")):
        dialog.locator("button[type=submit], input[type=submit]").first.click()
    tab.goto(public_url)
    review = tab.locator(".review-info").inner_text()
    context.close()

    assert f"Reviewed by {clinician.display_name}" in review
    assert "awaiting clinical review" not in review
    with orm_beside_playwright():
        page.refresh_from_db()
    assert page.summary.endswith("Reviewed wording.") and page.reviewed_by == clinician
