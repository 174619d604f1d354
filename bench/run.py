# ruff: noqa: S101, S106, S311, S603, S607, T201 - a benchmark script: runs local tools, prints figures, makes up data
"""`make bench`: how fast the site serves pages, measured against nginx on the same machine.

Starts, all on 127.0.0.1 and all stopped at the end:
  - gunicorn "cold": production settings, PostgreSQL, 2 sync workers, no page cache;
  - gunicorn "warm": the same with the page cache in Redis (db 5, a key prefix of its own);
  - Varnish with deploy/varnish/default.vcl in front of "warm" (the shipped proxy);
  - nginx serving each benchmarked page's HTML, fetched from the site, as a static file, and
    its gzipped copy made once (gzip_static), as Varnish keeps one gzipped copy.
Then wrk (-t2 -c16, X-Forwarded-Proto: https, Accept-Encoding: gzip as every browser sends)
measures each page on each server in turn,
round after round (interleaved, so a busy moment on the machine hits every server alike), and
prints requests per second, p50 and p99 latency and the ratios to nginx. Then the form
submission path (POST to a stored row), the purge check against the real Varnish, and with
BENCH_SCALE=1 the data-scale checks (bench/scale.py).

Settings (environment): BENCH_ROUNDS (3), BENCH_SECONDS (8), BENCH_PAGES (600),
BENCH_DATABASE (bench_site), BENCH_SKIP_SETUP=1 to reuse the database as it is.
"""

import gzip
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PG = os.environ.get("BENCH_PG", "postgres://postgres:postgres@127.0.0.1:5432")
DATABASE = os.environ.get("BENCH_DATABASE", "bench_site")
REDIS = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "8"))
PAGES = int(os.environ.get("BENCH_PAGES", "600"))
PORTS = {"cold": 18001, "warm": 18002, "proxy": 18004, "nginx": 18005}
PAGES_MEASURED = {
    "home": "/",
    "condition": "/conditions/spine-metastases/",
    "treatment": "/treatments/decompression-surgery/",
    "search": "/search/?q=surgery",
}
FORM_PATH = "/request-a-consultation/"
# Browsers always accept gzip. Varnish stores pages gzipped and would unzip them for every
# request of a client that does not (about 5,000 condition pages a second instead of 36,000).
WRK = [
    "wrk",
    "-t2",
    "-c16",
    "--latency",
    "-H",
    "X-Forwarded-Proto: https",
    "-H",
    "Accept-Encoding: gzip",
]
SECRET_KEY = "bench-only-" + "x" * 60  # noqa: S105  # nosec B105


def env_for(page_cache, prefix):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="spineclinic.settings.production",
        SECRET_KEY=SECRET_KEY,
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"{PG}/{DATABASE}",
        REDIS_URL=REDIS,
        CACHE_KEY_PREFIX=prefix,
        PAGE_CACHE="true" if page_cache else "false",
        FRONTEND_CACHE_PURGE_URL=f"http://127.0.0.1:{PORTS['proxy']}",
        REQUEST_FORM_RATE="100000000/h",
        WEB_CONCURRENCY="2",
        GUNICORN_ACCESS_LOG="",
        GUNICORN_BIND="127.0.0.1:0",
        LOG_LEVEL="WARNING",
    )
    return env


def run(cmd, **kwargs):
    return subprocess.run(cmd, check=True, cwd=ROOT, **kwargs)


def wait_for_port(port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit(f"Nothing answered on port {port}")


def fetch(port, path, headers=None, method="GET", data=None):
    request = urllib.request.Request(  # noqa: S310 - loopback only
        f"http://127.0.0.1:{port}{path}",
        method=method,
        data=data,
        headers={"X-Forwarded-Proto": "https", **(headers or {})},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310  # nosec B310
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


class Servers:
    """The processes this benchmark starts, stopped (by their own ids) at the end."""

    def __init__(self):
        self.processes = []
        self.tmp = Path(tempfile.mkdtemp(prefix="spineclinic-bench-"))
        self.tmp.chmod(0o755)  # varnishd and nginx workers drop to their own users

    def start(self, name, cmd, env=None, port=None):
        log = open(self.tmp / f"{name}.log", "wb")  # noqa: SIM115
        process = subprocess.Popen(  # noqa: S603
            cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.processes.append((name, process))
        if port:
            wait_for_port(port)
        return process

    def gunicorn(self, name, page_cache, prefix):
        env = env_for(page_cache, prefix)
        env["GUNICORN_BIND"] = f"127.0.0.1:{PORTS[name]}"
        self.start(
            name,
            [GUNICORN, "--config", "deploy/gunicorn.conf.py", "spineclinic.wsgi:application"],
            env=env,
            port=PORTS[name],
        )

    def varnish(self):
        vcl = (ROOT / "deploy/varnish/default.vcl").read_text()
        vcl = vcl.replace('.host = "web";', '.host = "127.0.0.1";')
        vcl = vcl.replace('.port = "8000";', f'.port = "{PORTS["warm"]}";')
        (self.tmp / "default.vcl").write_text(vcl)
        self.start(
            "varnish",
            [
                shutil.which("varnishd") or "/usr/sbin/varnishd",
                "-F",
                "-a",
                f"127.0.0.1:{PORTS['proxy']}",
                "-f",
                str(self.tmp / "default.vcl"),
                "-n",
                str(self.tmp / "varnish"),
                "-s",
                "malloc,256m",
                "-T",
                "none",
            ],
            port=PORTS["proxy"],
        )

    def nginx(self, pages):
        root = self.tmp / "html"
        for path, html in pages.items():
            target = root / path.split("?")[0].lstrip("/") / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(html)
            target.with_name("index.html.gz").write_bytes(gzip.compress(html, 6))
        conf = self.tmp / "nginx.conf"
        conf.write_text(
            f"""
worker_processes auto;
pid {self.tmp}/nginx.pid;
error_log {self.tmp}/nginx-error.log;
daemon off;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    default_type text/html;
    client_body_temp_path {self.tmp}/nginx-body;
    proxy_temp_path {self.tmp}/nginx-proxy;
    fastcgi_temp_path {self.tmp}/nginx-fastcgi;
    uwsgi_temp_path {self.tmp}/nginx-uwsgi;
    scgi_temp_path {self.tmp}/nginx-scgi;
    server {{
        listen 127.0.0.1:{PORTS["nginx"]};
        root {root};
        gzip_static on;
        location / {{ try_files $uri $uri/index.html =404; }}
    }}
}}
"""
        )
        self.start(
            "nginx",
            [shutil.which("nginx") or "/usr/sbin/nginx", "-c", str(conf)],
            port=PORTS["nginx"],
        )

    def stop(self):
        for _, process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for _, process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        if os.environ.get("BENCH_KEEP") != "1":
            shutil.rmtree(self.tmp, ignore_errors=True)


def parse_wrk(output):
    def ms(value, unit):
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))}
    for label, key in (("50%", "p50"), ("99%", "p99")):
        match = re.search(rf"{re.escape(label)}\s+([\d.]+)(us|ms|s)\b", output)
        result[key] = ms(*match.groups())
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    result["bad"] = int(errors.group(1)) if errors else 0
    result["requests"] = int(re.search(r"(\d+) requests in", output).group(1))
    return result


def wrk(port, path, seconds=SECONDS, extra=()):
    output = subprocess.run(  # noqa: S603
        [*WRK, *extra, f"-d{seconds}s", f"http://127.0.0.1:{port}{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return parse_wrk(output)


def setup_database():
    admin = f"{PG}/postgres"
    subprocess.run(["psql", admin, "-q", "-c", f"DROP DATABASE IF EXISTS {DATABASE}"], check=True)
    subprocess.run(["psql", admin, "-q", "-c", f"CREATE DATABASE {DATABASE}"], check=True)
    env = env_for(False, "bench-setup")
    run([PYTHON, "manage.py", "migrate", "--no-input", "-v", "0"], env=env)
    run([PYTHON, "bench/content.py", "pages", str(PAGES)], env=env, stdout=subprocess.DEVNULL)
    # Planner statistics and the visibility map, as autovacuum keeps them on a running server
    # (it vacuums a table after many inserts too; it may be off here). Without the map, counts
    # and index-only scans read every row of the table.
    subprocess.run(["psql", f"{PG}/{DATABASE}", "-q", "-c", "VACUUM ANALYZE"], check=True)


def count_queries(path):
    """SQL queries for one render of `path` with production settings and no page cache."""
    code = f"""
import django, json
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client()
client.get({path!r}, secure=True)
with CaptureQueriesContext(connection) as ctx:
    client.get({path!r}, secure=True)
print(json.dumps(len(ctx.captured_queries)))
"""
    env = env_for(False, "bench-queries")
    out = subprocess.run(
        [PYTHON, "-c", code], env=env, cwd=ROOT, check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_pages(servers):
    targets = ["nginx", "cold", "warm", "proxy"]
    results = {(page, target): [] for page in PAGES_MEASURED for target in targets}
    for round_number in range(1, ROUNDS + 1):
        print(f"Round {round_number} of {ROUNDS}", flush=True)
        for page, path in PAGES_MEASURED.items():
            for target in targets:
                fetch(PORTS[target], path)  # fills the caches before measuring
                results[(page, target)].append(wrk(PORTS[target], path))
    return targets, results


def report_pages(targets, results, queries):
    print()
    print(f"Pages: wrk -t2 -c16, {SECONDS} s per run, {ROUNDS} interleaved rounds (medians)")
    header = f"{'page':<10} {'server':<7} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'x nginx':>9}"
    print(header)
    print("-" * len(header))
    summary = {}
    for page in PAGES_MEASURED:
        nginx_runs = results[(page, "nginx")]
        for target in targets:
            runs = results[(page, target)]
            rps = statistics.median(r["rps"] for r in runs)
            ratios = [r["rps"] / n["rps"] for r, n in zip(runs, nginx_runs, strict=True)]
            ratio = statistics.median(ratios)
            p50 = statistics.median(r["p50"] for r in runs)
            p99 = statistics.median(r["p99"] for r in runs)
            bad = sum(r["bad"] for r in runs)
            summary[(page, target)] = {"rps": rps, "ratio": ratio, "p50": p50, "p99": p99}
            spread = f" ({min(ratios):.4f}-{max(ratios):.4f})" if target != "nginx" else ""
            warn = f"  {bad} bad responses!" if bad else ""
            print(
                f"{page:<10} {target:<7} {rps:>9.0f} {p50:>8.2f} {p99:>8.2f} {ratio:>9.4f}"
                f"{spread}{warn}"
            )
    print()
    print(
        "SQL queries per render without the page cache: "
        + ", ".join(f"{page} {count}" for page, count in queries.items())
    )
    peer = 0.0017
    cond = summary[("condition", "cold")]["ratio"]
    print(
        f"Condition page, no page cache: {cond:.4f} of nginx = {cond / peer:.1f}x the peer "
        f"(bakerydemo blog page, {peer}); target 0.005"
    )
    print(
        f"Condition page, Django page cache: {summary[('condition', 'warm')]['ratio']:.4f} "
        "(target 0.02); through Varnish: "
        f"{summary[('condition', 'proxy')]['ratio']:.4f} (target 0.25)"
    )
    return summary


def form_submission(servers):
    """POST complete consultation requests, each with its own one-time token, and count rows."""
    code = (
        "import django, json; django.setup(); "
        "from tests.consultations.conftest import consultation_data; "
        "print(json.dumps(consultation_data()))"
    )
    out = subprocess.run(
        [PYTHON, "-c", code],
        env=env_for(False, PREFIX),
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    data = json.loads(out.stdout.strip().splitlines()[-1])
    status, headers, body = fetch(PORTS["cold"], FORM_PATH)
    html = body.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    started = re.search(r'name="form_started" value="([^"]+)"', html).group(1)
    cookie = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", "")).group(1)
    time.sleep(4)  # the form must look filled in by a person (REQUEST_FORM_MIN_SECONDS)
    data.update(form_started=started, submission_token="SUBMISSIONTOKEN")
    data["csrfmiddlewaretoken"] = token
    body = urlencode(data, doseq=True)
    origin = f"https://127.0.0.1:{PORTS['cold']}"
    script = Path(servers.tmp / "post.lua")
    script.write_text(
        f"""
local body = {json.dumps(body)}
local counter = 0
local prefix = nil
function setup(thread) thread:set("tid", tostring(math.random(100000, 999999))) end
function init(args) math.randomseed(os.time() + tonumber(tid)) end
request = function()
    counter = counter + 1
    local token = string.format("%08x-%04x-4%03x-8%03x-%06x%06x", math.random(0, 0x7fffffff),
        math.random(0, 0xffff), math.random(0, 0xfff), math.random(0, 0xfff),
        tonumber(tid), counter)
    local b = string.gsub(body, "SUBMISSIONTOKEN", token)
    return wrk.format("POST", "{FORM_PATH}", {{
        ["Host"] = "127.0.0.1:{PORTS["cold"]}",
        ["X-Forwarded-Proto"] = "https",
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["Cookie"] = "csrftoken={cookie}",
        ["Origin"] = "{origin}",
    }}, b)
end
"""
    )
    before = patient_request_count()
    result = wrk(PORTS["cold"], FORM_PATH, seconds=10, extra=["-s", str(script), "-c8"])
    stored = patient_request_count() - before
    print()
    print("Form submission (POST to a stored, encrypted row with its notification task; wrk -c8):")
    print(
        f"  {result['rps']:.1f} req/s, p50 {result['p50']:.1f} ms, p99 {result['p99']:.1f} ms; "
        f"{result['requests']} posts, {stored} rows stored, {result['bad']} refused"
    )
    return result | {"stored": stored}


def patient_request_count():
    out = subprocess.run(
        ["psql", f"{PG}/{DATABASE}", "-tAc", "SELECT count(*) FROM consultations_patientrequest"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(out.stdout.strip())


def purge_check():
    """Publishing purges the real Varnish: a cached page comes back fresh at once."""
    path = PAGES_MEASURED["treatment"]
    fetch(PORTS["proxy"], path)
    status, headers, body = fetch(PORTS["proxy"], path)
    assert headers.get("X-Proxy-Cache") == "hit", headers
    marker = f"Purge check {uuid.uuid4().hex[:8]}"
    code = f"""
import django
django.setup()
from conditions.models import TreatmentPage
page = TreatmentPage.objects.get(url_path__endswith="/treatments/decompression-surgery/")
page.summary = {marker!r}
page.save_revision().publish()
"""
    run([PYTHON, "-c", code], env=env_for(True, PREFIX))
    status, headers, body = fetch(PORTS["proxy"], path)
    fresh = marker in body.decode() and headers.get("X-Proxy-Cache") != "hit"
    print()
    print(
        "Purge check: publish in Wagtail, then the same page through Varnish: "
        + ("fresh at once (PASS)" if fresh else "STALE (FAIL)")
    )
    return fresh


PREFIX = f"bench-{os.getpid()}"


def main():
    missing = [tool for tool in ("wrk", "nginx", "varnishd", "psql") if not shutil.which(tool)]
    if missing:
        raise SystemExit(f"Missing {', '.join(missing)}: run `make bench-tools` first.")
    if os.environ.get("BENCH_SKIP_SETUP") != "1":
        print(f"Setting up {DATABASE}: migrate, the practice's content, {PAGES} pages in all")
        setup_database()
    env = env_for(False, PREFIX)
    run([PYTHON, "manage.py", "collectstatic", "--no-input", "-v", "0"], env=env)
    queries = {page: count_queries(path) for page, path in PAGES_MEASURED.items()}
    servers = Servers()
    try:
        servers.gunicorn("cold", False, PREFIX)
        servers.gunicorn("warm", True, PREFIX)
        servers.varnish()
        pages = {}
        for path in PAGES_MEASURED.values():
            status, _, body = fetch(PORTS["warm"], path)
            assert status == 200, (path, status)
            pages[path] = body
        servers.nginx(pages)
        targets, results = measure_pages(servers)
        summary = report_pages(targets, results, queries)
        form = form_submission(servers)
        purged = purge_check()
    finally:
        servers.stop()
    out = Path(tempfile.gettempdir()) / "spineclinic-bench-results.json"
    out.write_text(
        json.dumps(
            {
                "pages": {f"{p}/{t}": v for (p, t), v in summary.items()},
                "queries": queries,
                "form": form,
                "purge_check": purged,
                "rounds": ROUNDS,
                "seconds": SECONDS,
                "live_pages": PAGES,
            },
            indent=2,
        )
    )
    print(f"\nFigures saved in {out}")
    if os.environ.get("BENCH_SCALE") == "1":
        run([PYTHON, "bench/scale.py"])
    if not purged:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
