"""`make run PORT=8080` serves on 8080, and the links in the intake team's emails (made by the
worker) point there too, not to the default port."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_gives_the_worker_and_the_server_their_own_address():
    result = subprocess.run(  # noqa: S603
        ["make", "-n", "run", "PORT=8080"],  # noqa: S607
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    worker = next(line for line in lines if "manage.py db_worker" in line)
    server = next(line for line in lines if "manage.py runserver" in line)
    for line in (worker, server):
        assert "WAGTAILADMIN_BASE_URL=http://127.0.0.1:8080 " in line, line
    assert "127.0.0.1:8000" not in result.stdout


def test_development_settings_take_the_address_from_the_environment():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "from django.urls import reverse; from consultations.notifications import admin_url; "
        "from consultations.models import PatientRequest; "
        "print(admin_url(PatientRequest(pk=7)))"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=dict(
            os.environ,
            DJANGO_SETTINGS_MODULE="spineclinic.settings.dev",
            WAGTAILADMIN_BASE_URL="http://127.0.0.1:8080",
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip() == "http://127.0.0.1:8080/admin/patient-requests/inspect/7/", (
        result.stderr
    )
