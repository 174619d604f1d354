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
    # Those who can see patient requests are told they will set up two-factor sign-in.
    lines = {line.split("username: ")[1].split()[0]: line for line in output.splitlines()}
    assert "two-factor" in lines["admin"] and "two-factor" in lines["intake"]
    assert "two-factor" not in lines["editor"] and "two-factor" not in lines["reviewer"]
    # A second run keeps the same passwords and makes no one twice.
    assert run() == output
    assert get_user_model().objects.count() == 4
