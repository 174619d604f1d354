"""`make run`'s logins: an admin and one per role, only in development."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from spineclinic.management.commands import ensure_local_admin
from tests.factories import ClinicianFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def password_files(tmp_path, monkeypatch):
    monkeypatch.setattr(ensure_local_admin, "PASSWORD_FILE", tmp_path / ".local-admin-password")
    monkeypatch.setattr(
        ensure_local_admin,
        "password_file",
        lambda username: tmp_path / f".local-{username}-password",
    )
    monkeypatch.setattr(
        ensure_local_admin, "key_file", lambda username: tmp_path / f".local-{username}-totp"
    )
    return tmp_path


def run():
    out = StringIO()
    call_command("ensure_local_admin", stdout=out)
    return out.getvalue()


def test_refused_without_debug(password_files, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        run()
    assert not get_user_model().objects.exists()


def test_one_login_per_role_printed_and_kept(password_files, settings):
    settings.DEBUG = True
    damico = ClinicianFactory(slug="damico", name="Randy S. D'Amico")
    output = run()
    users = get_user_model().objects.in_bulk(field_name="username")
    assert set(users) == {"admin", "editor", "reviewer", "intake"}
    assert users["admin"].is_superuser
    for username, group in [
        ("editor", "Editors"),
        ("reviewer", "Clinical reviewers"),
        ("intake", "Intake coordinators"),
    ]:
        user = users[username]
        assert not user.is_superuser
        assert list(user.groups.values_list("name", flat=True)) == [group]
        password = (password_files / f".local-{username}-password").read_text().strip()
        assert user.check_password(password)
        assert f"username: {username}  password: {password}" in output
    damico.refresh_from_db()
    assert damico.user == users["reviewer"]
    # Every login needs a second factor; each demo login is told how to get its code.
    lines = {
        line.split("username: ")[1].split()[0]: line
        for line in output.splitlines()
        if "username: " in line
    }
    for username in ["admin", "editor", "reviewer", "intake"]:
        assert f"manage.py two_factor_code {username}" in lines[username]
    # Staff who see patient requests are told they need an authenticator app, and how to get
    # a code locally.
    assert "staff who see patient requests" in output and "authenticator app" in output
    assert "manage.py two_factor_code USERNAME" in output
    # A second run keeps the same passwords and makes no one twice.
    assert run() == output
    assert get_user_model().objects.count() == 4


def test_a_demo_login_can_pass_two_step_login(password_files, settings, client, home):
    """Someone trying the workflow logs in with the printed password and the code
    `manage.py two_factor_code` prints, and reaches the admin as an editor."""
    settings.DEBUG = True
    run()
    password = (password_files / ".local-editor-password").read_text().strip()
    assert client.login(username="editor", password=password)
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/verify/")
    out = StringIO()
    call_command("two_factor_code", "editor", stdout=out)
    code = out.getvalue().strip()
    response = client.post("/admin/two-factor/verify/", {"token": code})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_no_code_is_shown_for_a_real_authenticator_or_without_debug(password_files, settings):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    settings.DEBUG = True
    user = get_user_model().objects.create_user("someone", password="x" * 12)
    TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    with pytest.raises(CommandError, match="no demo authenticator"):
        call_command("two_factor_code", "someone", stdout=StringIO())
    run()
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("two_factor_code", "editor", stdout=StringIO())
