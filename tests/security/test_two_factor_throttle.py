"""The two-step login throttle cannot be turned against the owner: someone else's wrong codes
never hold up the owner's right one, and recovery codes always get the owner in."""

import datetime
import time
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from tests.conftest import login_verified

pytestmark = pytest.mark.django_db

VERIFY = "/admin/two-factor/verify/"


@pytest.fixture
def owner(django_user_model, home):
    user = django_user_model.objects.create_user("owner2fa", password="a-long-password-1")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def device(owner):
    return TOTPDevice.objects.create(user=owner, name="app", confirmed=True)


def code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def wrong(device):
    """A six-digit code that is not one the app shows now (nor a step either side)."""
    valid = {
        f"{totp(device.bin_key, step=device.step, t0=device.t0, drift=d):06d}" for d in (-1, 0, 1)
    }
    return next(f"{n:06d}" for n in range(1, 10) if f"{n:06d}" not in valid)


def session_of(user):
    """A browser in which the user has typed the password (not yet the code)."""
    client = Client()
    client.force_login(user)
    return client


def later(seconds):
    real = time.time
    return mock.patch("spineclinic.two_factor.time.time", lambda: real() + seconds)


def test_someone_elses_wrong_codes_never_hold_up_the_owner(owner, device):
    intruder = session_of(owner)  # has the password, not the phone
    for _ in range(5):
        response = intruder.post(VERIFY, {"token": wrong(device)})
        assert response.status_code == 200
    owner_browser = session_of(owner)
    response = owner_browser.post(VERIFY, {"token": code(device)})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert owner_browser.get("/admin/").status_code == 200


def test_one_wrong_code_does_not_block_the_right_one(owner, device):
    browser = session_of(owner)
    assert (
        "That code is not right" in browser.post(VERIFY, {"token": wrong(device)}).content.decode()
    )
    assert browser.post(VERIFY, {"token": code(device)}).status_code == 302


def test_wrong_codes_in_a_row_back_off_in_that_session(owner, device):
    browser = session_of(owner)
    browser.post(VERIFY, {"token": wrong(device)})
    second = browser.post(VERIFY, {"token": wrong(device)}).content.decode()
    assert "Wait 1 seconds" in second
    # The right code straight away is not even checked: this session must wait.
    assert "Wait 1 seconds" in browser.post(VERIFY, {"token": code(device)}).content.decode()
    with later(2):
        assert browser.post(VERIFY, {"token": code(device)}).status_code == 302


def test_after_too_many_wrong_codes_the_app_pauses_and_a_recovery_code_gets_the_owner_in(
    settings, owner, device, caplog
):
    assert settings.TWO_FACTOR_MAX_WRONG_CODES == 10
    recovery = login_verified(Client(), owner)
    codes = recovery.post("/admin/two-factor/recovery-codes/").context["codes"]
    assert len(codes) == 10 and len(set(codes)) == 10

    for _ in range(10):  # ten sessions, one wrong code each: no session back-off applies
        session_of(owner).post(VERIFY, {"token": wrong(device)})
    assert any("app codes paused" in r.getMessage() for r in caplog.records)
    owner_browser = session_of(owner)
    paused = owner_browser.post(VERIFY, {"token": code(device)}).content.decode()
    assert "Enter one of your recovery codes instead" in paused

    response = owner_browser.post(VERIFY, {"token": codes[0].upper()})
    assert response.status_code == 302
    assert owner_browser.get("/admin/").status_code == 200
    assert ModelLogEntry.objects.filter(action="spineclinic.recovery_code_used").count() == 1

    # Each recovery code works once.
    again = session_of(owner).post(VERIFY, {"token": codes[0]})
    assert again.status_code == 200 and "That code is not right" in again.content.decode()

    # An hour after the last wrong code, the app's codes work again.
    device.refresh_from_db()
    device.throttling_failure_timestamp = timezone.now() - datetime.timedelta(minutes=61)
    device.save()
    assert session_of(owner).post(VERIFY, {"token": code(device)}).status_code == 302


def test_recovery_codes_can_be_made_anew_and_the_old_stop_working(owner, device):
    browser = login_verified(Client(), owner)
    account = browser.get("/admin/account/").content.decode()
    assert "/admin/two-factor/recovery-codes/" in account
    first = browser.post("/admin/two-factor/recovery-codes/").context["codes"]
    page = browser.get("/admin/two-factor/recovery-codes/").content.decode()
    assert "<strong>10</strong> unused recovery codes" in page
    assert all(code not in page for code in first)  # shown once, never again

    second = browser.post("/admin/two-factor/recovery-codes/")
    assert "no-store" in second["Cache-Control"]
    new_codes = second.context["codes"]
    assert not set(first) & set(new_codes)
    assert ModelLogEntry.objects.filter(action="spineclinic.new_recovery_codes").count() == 2

    old = session_of(owner).post(VERIFY, {"token": first[1]})
    assert "That code is not right" in old.content.decode()
    assert session_of(owner).post(VERIFY, {"token": new_codes[1]}).status_code == 302
    page = browser.get("/admin/two-factor/recovery-codes/").content.decode()
    assert "<strong>9</strong> unused recovery codes" in page


def test_setting_up_two_step_login_gives_recovery_codes_once(client, owner):
    client.force_login(owner)
    client.get("/admin/two-factor/setup/")
    device = TOTPDevice.objects.get(user=owner, confirmed=False)
    response = client.post("/admin/two-factor/setup/", {"token": code(device)})
    codes = response.context["codes"]
    assert len(codes) == 10
    html = response.content.decode()
    assert all(code in html for code in codes)
    # A recovery code works at a later login, in another browser.
    assert session_of(owner).post(VERIFY, {"token": codes[5]}).status_code == 302
