"""Settings are secure by default: production refuses to start without its secrets."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent


def run_check(settings_module, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    environment.update(DJANGO_SETTINGS_MODULE=settings_module, **env)
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check"],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_check("spineclinic.settings.production", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_check("spineclinic.settings.production", SECRET_KEY="x" * 64)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must list" in result.stderr


def test_production_starts_with_its_settings():
    result = run_check(
        "spineclinic.settings.production", SECRET_KEY="k" * 64, ALLOWED_HOSTS="example.org"
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "module", ["spineclinic.settings.base", "spineclinic.settings.production"]
)
def test_debug_is_off_outside_development(module):
    code = (
        "import os; os.environ.update(SECRET_KEY='k'*64, ALLOWED_HOSTS='x'); "
        f"import {module} as s; print(s.DEBUG)"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], cwd=BASE_DIR, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "False", result.stderr


def test_empty_database_url_falls_back_to_sqlite():
    code = "import spineclinic.settings.base as s; print(s.DATABASES['default']['ENGINE'])"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=dict(os.environ, DATABASE_URL=""),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "django.db.backends.sqlite3", result.stderr
