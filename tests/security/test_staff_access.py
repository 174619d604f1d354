"""Two-factor for every admin user, lockout, idle timeout, passwords."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import login_verified

pytestmark = pytest.mark.django_db


@pytest.fixture
def axes_on(settings):
    """The login lockout, which the test settings leave out (see settings/test.py). Through
    pytest-django's `settings`, so that tests also changing other settings restore them all
    in order: an override_settings decorator around them left the lockout on for every test
    after them."""
    settings.AUTHENTICATION_BACKENDS = [
        "axes.backends.AxesStandaloneBackend",
        "django.contrib.auth.backends.ModelBackend",
    ]


@pytest.fixture
def intake(django_user_model):
    user = django_user_model.objects.create_user("intake2fa", password="a-long-password-1")
    user.groups.add(Group.objects.get(name="Intake coordinators"))
    return user


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor2fa", password="a-long-password-1")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_intake_staff_must_set_up_two_factor_first(client, home, intake):
    client.force_login(intake)
    response = client.get("/admin/patient-requests/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/setup/")
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert b"<svg" in page.content  # the QR code, drawn here, not fetched from elsewhere
    device = TOTPDevice.objects.get(user=intake, confirmed=False)

    wrong = client.post(response["Location"], {"token": "000000"})
    assert "That code is not right" in wrong.content.decode()
    # One wrong code does not hold up the right one.
    done = client.post(
        response["Location"], {"token": code(device), "next": "/admin/patient-requests/"}
    )
    assert done.status_code == 200
    html = done.content.decode()
    assert "Save these codes now: they are shown only this once" in html
    assert "no-store" in done["Cache-Control"]
    assert 'href="/admin/patient-requests/"' in html
    assert client.get("/admin/patient-requests/").status_code == 200


def test_next_login_asks_for_the_code(client, home, intake):
    device = TOTPDevice.objects.create(user=intake, name="app", confirmed=True)
    client.force_login(intake)
    response = client.get("/admin/")
    assert response["Location"].startswith("/admin/two-factor/verify/")
    assert client.get("/admin/patient-requests/").status_code == 302
    client.post("/admin/two-factor/verify/", {"token": code(device)})
    assert client.get("/admin/patient-requests/").status_code == 200


@pytest.mark.parametrize("group", ["Editors", "Moderators", "Clinical reviewers"])
def test_every_role_that_can_change_public_wording_needs_two_factor(
    client, home, django_user_model, group
):
    user = django_user_model.objects.create_user(f"role-{group[:4]}", password="x" * 12)
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    for url in ["/admin/", "/admin/pages/", "/admin/settings/spineclinic/clinicsettings/"]:
        assert client.get(url)["Location"].startswith("/admin/two-factor/setup/"), url
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client.post("/admin/two-factor/verify/", {"token": code(device)})
    assert client.get("/admin/").status_code == 200


def test_superusers_are_forced(client, home, admin_user):
    client.force_login(admin_user)
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/setup/")


def test_next_cannot_send_you_elsewhere(client, home, intake):
    device = TOTPDevice.objects.create(user=intake, name="app", confirmed=True)
    client.force_login(intake)
    response = client.post(
        "/admin/two-factor/verify/", {"token": code(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


@pytest.mark.usefixtures("axes_on")
def test_login_locks_after_repeated_failures(client, home, editor, caplog):
    from axes.models import AccessAttempt

    for _ in range(5):
        response = client.post(
            "/admin/login/", {"username": "editor2fa", "password": "wrong-password"}
        )
    assert response.status_code == 429
    assert "Too many failed log-in attempts" in response.content.decode()
    # Even the right password is refused while locked.
    response = client.post(
        "/admin/login/", {"username": "editor2fa", "password": "a-long-password-1"}
    )
    assert response.status_code == 429
    assert AccessAttempt.objects.get(username="editor2fa").failures_since_start >= 5
    assert any("locking out" in record.getMessage().lower() for record in caplog.records)


def test_idle_sessions_expire(settings, client, home, editor):
    assert settings.SESSION_COOKIE_AGE == 30 * 60 and settings.SESSION_SAVE_EVERY_REQUEST
    client.force_login(editor)
    session = client.session
    session.set_expiry(-1)  # as if the last request was long ago
    session.save()
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short1", "too short"),
        ("password1234", "too common"),
        ("381749261538", "entirely numeric"),
    ],
)
def test_weak_passwords_are_refused(password, message):
    with pytest.raises(ValidationError, match=message):
        validate_password(password)


def test_long_passphrase_without_symbols_is_accepted():
    validate_password("correct horse battery staple")


def test_a_lost_phone_is_reset_and_audited(client, home, intake):
    from django.core.management import call_command
    from wagtail.models import ModelLogEntry

    TOTPDevice.objects.create(user=intake, name="app", confirmed=True)
    call_command("reset_two_factor", "intake2fa", verbosity=0)
    assert not TOTPDevice.objects.filter(user=intake).exists()
    assert ModelLogEntry.objects.filter(action="spineclinic.reset_two_factor").count() == 1
    client.force_login(intake)
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/setup/")


def log_in(address, username, password, proxy=None):
    """A login post from one client, straight or through the proxy."""
    from django.test import Client

    if proxy:
        client = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=address)
    else:
        client = Client(REMOTE_ADDR=address)
    response = client.post("/admin/login/", {"username": username, "password": password})
    return client, response


@pytest.mark.usefixtures("axes_on")
def test_lockout_counts_the_client_behind_the_proxy(settings, home, editor):
    from axes.models import AccessAttempt

    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    log_in("203.0.113.66", "editor2fa", "wrong-password", proxy="10.0.0.5")
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["203.0.113.66"]
    # Written by the client itself, straight to the server: not believed.
    log_in("198.51.100.1", "editor2fa", "wrong-password", proxy="192.0.2.10")
    assert AccessAttempt.objects.filter(ip_address="192.0.2.10").exists()


@pytest.mark.usefixtures("axes_on")
def test_guesses_spread_over_addresses_still_lock_the_account(home, editor):
    for number in range(5):
        _, response = log_in(f"203.0.113.{number}", "editor2fa", "wrong-password")
    assert response.status_code == 429
    _, response = log_in("198.51.100.1", "editor2fa", "a-long-password-1")
    assert response.status_code == 429  # from a fresh address too, while the pause lasts


@pytest.mark.usefixtures("axes_on")
def test_a_password_reset_lifts_the_lock(home, editor, mailoutbox):
    import re

    editor.email = "editor@clinic.test.example.org"
    editor.save()
    for _ in range(5):
        client, response = log_in("198.51.100.1", "editor2fa", "wrong-password")
    assert response.status_code == 429
    assert "/admin/password_reset/" in response.content.decode()

    assert client.get("/admin/password_reset/").status_code == 200
    response = client.post("/admin/password_reset/", {"email": editor.email})
    assert response.status_code == 302 and len(mailoutbox) == 1
    link = re.search(r"/admin/password_reset/confirm/\S+/", mailoutbox[0].body).group(0)
    form = client.get(link, follow=True)
    assert form.status_code == 200 and b"new_password1" in form.content
    response = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "a-brand-new-password-2", "new_password2": "a-brand-new-password-2"},
    )
    assert response.status_code == 302 and "complete" in response["Location"]

    _, response = log_in("198.51.100.1", "editor2fa", "a-brand-new-password-2")
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_logging_out_by_get_does_not_pretend(client, home, editor):
    login_verified(client, editor)
    response = client.get("/admin/logout/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "successfully logged out" not in html and "still logged in" in html
    assert 'method="post"' in html
    assert client.get("/admin/").status_code == 200  # the session is what the page says

    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert client.get("/admin/")["Location"].startswith("/admin/login/")
    # Nobody is logged in any more: nothing to offer, straight to the login page.
    assert client.get("/admin/logout/")["Location"] == "/admin/login/"


def test_a_logout_really_ends_the_session(client, home, editor):
    from django.contrib.sessions.models import Session

    client.force_login(editor)
    key = client.session.session_key
    client.post("/admin/logout/")
    assert not Session.objects.filter(session_key=key).exists()


@pytest.mark.parametrize("step", ["verify", "setup"])
def test_the_session_key_changes_after_the_second_factor(client, home, intake, step):
    from django.contrib.sessions.models import Session

    confirmed = step == "verify"
    device = TOTPDevice.objects.create(user=intake, name="app", confirmed=confirmed)
    client.force_login(intake)
    before = client.cookies["sessionid"].value
    response = client.post(f"/admin/two-factor/{step}/", {"token": code(device)})
    if step == "verify":
        assert response.status_code == 302 and response["Location"] == "/admin/"
    else:  # the recovery codes, shown once
        assert response.status_code == 200 and b"recovery codes" in response.content
    after = client.cookies["sessionid"].value
    assert after != before
    assert not Session.objects.filter(session_key=before).exists()
    assert client.get("/admin/patient-requests/").status_code == 200
