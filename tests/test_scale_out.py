# ruff: noqa: S603, S608 - starts the site's own processes on loopback; SQL names are made here
"""Two gunicorn instances sharing one PostgreSQL database and one Redis stay consistent: what
one caches the other serves, and a publish or unpublish shows on both at once.

Runs on PostgreSQL (DATABASE_URL) with Redis on 127.0.0.1:6379, as in CI; skipped elsewhere.
It makes a throwaway database of its own, so the test database is never touched.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REDIS = ("127.0.0.1", 6379)
PAGE = "/treatments/decompression-surgery/"


def _reachable(address):
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(address) == 0


def _server_url():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return None
    return url.rsplit("/", 1)[0]


pytestmark = pytest.mark.skipif(
    _server_url() is None or not _reachable(REDIS),
    reason="needs PostgreSQL (DATABASE_URL) and Redis on 127.0.0.1:6379",
)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(port, path):
    request = urllib.request.Request(  # noqa: S310 - loopback only
        f"http://127.0.0.1:{port}{path}", headers={"Host": "localhost"}
    )
    try:
        with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310  # nosec B310
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, ""


@pytest.fixture(scope="module")
def shared_backends():
    """A fresh database with the practice's content, and environment for its processes."""
    import psycopg

    name = f"scaleout_{uuid.uuid4().hex[:8]}"
    server = _server_url()
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="spineclinic.settings.production",
        SECRET_KEY="scale-out-test-" + "k" * 50,
        ALLOWED_HOSTS="localhost,127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"{server}/{name}",
        REDIS_URL="redis://127.0.0.1:6379/5",
        CACHE_KEY_PREFIX=name,
        PAGE_CACHE="true",
        WEB_CONCURRENCY="1",
        GUNICORN_ACCESS_LOG="",
        LOG_LEVEL="WARNING",
    )
    env.pop("FRONTEND_CACHE_PURGE_URL", None)
    manage = [sys.executable, "manage.py"]
    try:
        subprocess.run(
            [*manage, "migrate", "--no-input", "-v", "0"], cwd=ROOT, env=env, check=True
        )
        subprocess.run(
            [*manage, "load_site_content", "--english-only"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        # Production serves hashed static files from a manifest: a fresh clone has none yet.
        subprocess.run(
            [*manage, "collectstatic", "--no-input", "-v", "0"], cwd=ROOT, env=env, check=True
        )
        yield env
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def instances(shared_backends):
    """Two gunicorn instances (one worker each) on their own ports; their ports."""
    processes, ports = [], []
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    try:
        for _ in range(2):
            port = _free_port()
            env = shared_backends | {"GUNICORN_BIND": f"127.0.0.1:{port}"}
            processes.append(
                subprocess.Popen(  # noqa: S603
                    [gunicorn, "--config", "deploy/gunicorn.conf.py", "spineclinic.wsgi"],
                    cwd=ROOT,
                    env=env,
                    start_new_session=True,
                )
            )
            ports.append(port)
        deadline = time.monotonic() + 60
        while not all(_reachable(("127.0.0.1", port)) for port in ports):
            assert time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.3)
        yield ports
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            process.wait(timeout=30)


def editor(shared_backends, code):
    """Run `code` in another process of the site, as an editor's admin request would."""
    script = "import django\ndjango.setup()\nfrom conditions.models import TreatmentPage\n"
    script += (
        "page = TreatmentPage.objects.filter(locale__language_code='en')"
        f".get(url_path__endswith={PAGE!r})\n" + code
    )
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=shared_backends, check=True)


def test_instances_share_the_page_cache(instances):
    first, second = instances
    status, headers, body = _get(first, PAGE)
    assert status == 200 and headers["X-Page-Cache"] in {"miss", "hit"}
    status, headers, again = _get(second, PAGE)
    assert status == 200 and headers["X-Page-Cache"] == "hit"
    assert again == body


def test_a_publish_shows_on_every_instance_at_once(shared_backends, instances):
    first, second = instances
    for port in instances:
        _get(port, PAGE)
        assert _get(port, PAGE)[1]["X-Page-Cache"] == "hit"
    title = f"Decompression surgery {uuid.uuid4().hex[:6]}"
    editor(shared_backends, f"page.title = {title!r}\npage.save_revision().publish()\n")
    for port in (second, first):
        status, headers, body = _get(port, PAGE)
        assert status == 200
        assert headers["X-Page-Cache"] != "hit" or title in body
        assert title in body


def test_an_unpublish_removes_the_page_from_every_instance_at_once(shared_backends, instances):
    for port in instances:
        assert _get(port, PAGE)[0] == 200
    editor(shared_backends, "page.unpublish()\n")
    for port in instances:
        assert _get(port, PAGE)[0] == 404
