"""Through the shipped Varnish (deploy/varnish/default.vcl) in front of a live server: two
visitors behind the proxy are two clients for the form rate limit, not one; pages leave the
proxy gzipped for a browser that accepts it, and whole for one that does not.

Each visitor connects from its own loopback address (127.0.0.2, 127.0.0.3); Varnish connects
to the site from 127.0.0.1 and appends the visitor's address to X-Forwarded-For. Needs
varnishd (Debian's `varnish`, `make bench-tools`); skipped without it, except in CI.
"""

import gzip
import http.client
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from io import StringIO
from pathlib import Path
from urllib.parse import urlencode, urlparse

import pytest
from django.core.management import call_command

from tests.consultations.conftest import form_pages  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(port, source, method, path, body=None, headers=None):
    """One request to the proxy, from the given loopback address."""
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=30, source_address=(source, 0)
    )
    try:
        connection.request(
            method, path, body=body, headers={"Host": "localhost", **(headers or {})}
        )
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read().decode(errors="replace")
    finally:
        connection.close()


@pytest.fixture
def varnish(live_server):
    """varnishd with the shipped VCL, pointed at the live server; its port. As root, varnishd
    runs its worker as its own unprivileged users (hence a directory they can read)."""
    if not os.path.exists(VARNISHD):
        message = "varnishd not found: install Debian's varnish (make bench-tools)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message}; the proxy test must run in CI", pytrace=False)
        pytest.skip(message)
    backend = urlparse(live_server.url)
    workdir = Path(tempfile.mkdtemp(prefix="spineclinic-varnish-"))
    workdir.chmod(0o755)
    vcl = (ROOT / "deploy/varnish/default.vcl").read_text()
    vcl = vcl.replace('.host = "web";', f'.host = "{backend.hostname}";')
    vcl = vcl.replace('.port = "8000";', f'.port = "{backend.port}";')
    (workdir / "default.vcl").write_text(vcl)
    port = free_port()
    log = open(workdir / "varnishd.log", "wb")  # noqa: SIM115
    process = subprocess.Popen(  # noqa: S603
        [
            VARNISHD,
            "-F",
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(workdir / "default.vcl"),
            "-n",
            str(workdir / "instance"),
            "-s",
            "malloc,32m",
            "-T",
            "none",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 40  # the VCL's health probe must see the site first
        while True:
            try:
                if fetch(port, "127.0.0.1", "GET", "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail(
                    "varnishd did not serve the site:\n" + (workdir / "varnishd.log").read_text()
                )
            time.sleep(0.5)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        shutil.rmtree(workdir, ignore_errors=True)


def fetch_bytes(port, path, headers=None):
    """A GET through the proxy; the status, headers (lower-case names) and body as sent."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers={"Host": "localhost", **(headers or {})})
        response = connection.getresponse()
        headers = {name.lower(): value for name, value in response.getheaders()}
        return response.status, headers, response.read()
    finally:
        connection.close()


def post_junk(port, source, path):
    """What a flood sends: the form page (for its CSRF token), then a post of junk."""
    status, headers, html = fetch(port, source, "GET", path)
    assert status == 200, html[:500]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    cookie = "; ".join(
        value.split(";")[0] for name, value in headers if name.lower() == "set-cookie"
    )
    status, _, _ = fetch(
        port,
        source,
        "POST",
        path,
        body=urlencode({"csrfmiddlewaretoken": token, "patient_name": "junk"}),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
    )
    return status


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_visitors_behind_varnish_are_counted_apart(settings, form_pages, varnish):  # noqa: F811
    settings.TRUSTED_PROXIES = ["127.0.0.1/32"]
    settings.REQUEST_FORM_RATE = "3/h"
    path = urlparse(form_pages["consultation"].full_url).path
    flood = [post_junk(varnish, "127.0.0.2", path) for _ in range(4)]
    assert flood == [200, 200, 200, 429]
    assert post_junk(varnish, "127.0.0.3", path) == 200


# The practice's pages as the content loader builds them, and the most their gzipped HTML may
# weigh through the proxy (measured on 2 December 2026: home 5,151 bytes of 21,564, condition
# page 9,172 of 40,071; docs/performance.md). A bigger figure means the proxy stopped compressing
# or the pages grew: look before raising it.
PAGES = {
    "/": ("Spine", 7_000),
    "/conditions/spine-metastases/": ("Spine metastases", 12_000),
}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_pages_leave_the_proxy_gzipped_for_browsers_that_accept_it(varnish):
    call_command("load_site_content", "--english-only", stdout=StringIO())
    for path, (words, gzip_limit) in PAGES.items():
        for _ in range(2):  # stored by the proxy (miss), then served from it (hit)
            status, headers, packed = fetch_bytes(varnish, path, {"Accept-Encoding": "gzip"})
            assert status == 200, path
            assert headers.get("content-encoding") == "gzip", (path, headers)
            assert len(packed) < gzip_limit, (path, len(packed))

            status, headers, plain = fetch_bytes(varnish, path)
            assert status == 200, path
            assert "content-encoding" not in headers, (path, headers)
            assert gzip.decompress(packed) == plain
            assert words in plain.decode()
            assert len(plain) > 3 * len(packed)
        assert headers["x-proxy-cache"] == "hit"

    html = plain.decode()
    stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', html).group(1)
    status, headers, _ = fetch_bytes(varnish, stylesheet, {"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers.get("content-encoding") == "gzip"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_form_page_for_one_visitor_is_not_compressed_by_the_proxy(form_pages, varnish):  # noqa: F811
    """A form carries the visitor's token next to what they typed: compressing it would let a
    page that can send requests guess the token from the sizes (BREACH)."""
    path = urlparse(form_pages["consultation"].full_url).path
    status, headers, body = fetch_bytes(varnish, path, {"Accept-Encoding": "gzip"})
    assert status == 200
    assert b"csrfmiddlewaretoken" in body
    assert "content-encoding" not in headers
