# ruff: noqa: S603, S607, T201 - a benchmark script: runs local tools, prints figures
"""Scale of the data (`make bench-scale`, or BENCH_SCALE=1 make bench):

- the intake admin's list, filters and search with 100,000 patient requests stored must answer
  in under 300 ms a page on PostgreSQL;
- a page's render time with 5,000 pages in the tree must stay within 1.5x of the same page
  with 50.

Each database is made afresh (bench_scale_requests, bench_scale_50, bench_scale_5000), then
measured in-process with Django's test client and production settings, page cache off
(median of repeated requests after a warm-up; the two page trees in interleaved rounds,
BENCH_SCALE_ROUNDS, 4). BENCH_SCALE_REUSE=1 keeps existing databases
(migrated to the current code); BENCH_SCALE_ONLY=admin or =tree runs one half.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
PG = os.environ.get("BENCH_PG", "postgres://postgres:postgres@127.0.0.1:5432")
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "100000"))
ADMIN_BUDGET_MS = 300
TREE_BUDGET = 1.5
TREE_ROUNDS = int(os.environ.get("BENCH_SCALE_ROUNDS", "4"))

ADMIN_URLS = {
    "list, first page": "/admin/patient-requests/",
    # The list pages by keyset: page 1,000 is reached through the cursor of the last row of
    # page 999 (worked out in the measuring process, below); Wagtail's numbered page 1,000
    # is still there when the list is sorted by a column.
    "list, page 1000": "/admin/patient-requests/?after=PAGE_1000_CURSOR",
    "sorted, page 1000": "/admin/patient-requests/?ordering=-submitted_at&p=1000",
    "filter: new": "/admin/patient-requests/?status=new",
    "filter: urgent": "/admin/patient-requests/?urgent=true",
    "sort by date": "/admin/patient-requests/?ordering=-submitted_at",
    "search: name": "/admin/patient-requests/?q=Maria+Lopez",
    "search: reference": "/admin/patient-requests/?q=C-7K",
}
TREE_URLS = {
    "home": "/",
    "condition": "/conditions/spine-metastases/",
    "treatment": "/treatments/decompression-surgery/",
    "symptom list": "/symptoms/",
    "standard page": "/second-opinions/",
    "search": "/search/?q=surgery",
}

MEASURE = """
import django, json, sys, time
django.setup()
from django.contrib.auth import get_user_model
from django.test import Client
urls = json.loads(sys.argv[1])
repeat = int(sys.argv[2])
client = Client()
if sys.argv[3] == "admin":
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice
    user, _ = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_superuser": True, "is_staff": True})
    client.force_login(user)
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="bench", defaults={"confirmed": True})
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
if any("PAGE_1000_CURSOR" in url for url in urls.values()):
    from consultations.models import PatientRequest
    from consultations.pagination import ORDER, make_cursor
    last = PatientRequest.objects.only("urgent", "submitted_at").order_by(*ORDER)[49949]
    urls = {k: v.replace("PAGE_1000_CURSOR", make_cursor(last)) for k, v in urls.items()}
out = {}
for label, url in urls.items():
    response = client.get(url, secure=True)
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url, secure=True)
        times.append((time.perf_counter() - started) * 1000)
    out[label] = times
print(json.dumps(out))
"""


def env_for(database):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="spineclinic.settings.production",
        SECRET_KEY="bench-only-" + "x" * 60,
        ALLOWED_HOSTS="testserver,localhost,127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"{PG}/{database}",
        REDIS_URL=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5"),
        CACHE_KEY_PREFIX=f"bench-scale-{database}",
        PAGE_CACHE="false",
        LOG_LEVEL="WARNING",
    )
    return env


def fresh_database(database, *steps):
    reuse = os.environ.get("BENCH_SCALE_REUSE") == "1"
    admin = f"{PG}/postgres"
    if not reuse:
        subprocess.run(
            ["psql", admin, "-q", "-c", f"DROP DATABASE IF EXISTS {database}"], check=True
        )
        subprocess.run(["psql", admin, "-q", "-c", f"CREATE DATABASE {database}"], check=True)
    env = env_for(database)
    subprocess.run(
        [PYTHON, "manage.py", "migrate", "--no-input", "-v", "0"], cwd=ROOT, env=env, check=True
    )
    for step in [] if reuse else steps:
        subprocess.run(
            [PYTHON, "bench/content.py", *step],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    # Planner statistics and the visibility map, as autovacuum keeps them on a running server
    # (it vacuums a table after many inserts too; it may be off here). Without the map, counts
    # and index-only scans read every row of the table.
    subprocess.run(["psql", f"{PG}/{database}", "-q", "-c", "VACUUM ANALYZE"], check=True)


def measure(database, urls, repeat, kind):
    """Each URL's times in ms, `repeat` of them, in a fresh process on `database`."""
    out = subprocess.run(
        [PYTHON, "-c", MEASURE, json.dumps(urls), str(repeat), kind],
        cwd=ROOT,
        env=env_for(database),
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    ok = True
    parts = os.environ.get("BENCH_SCALE_ONLY", "admin,tree").split(",")
    results = {}
    if "admin" in parts:
        print(f"Intake admin with {REQUESTS:,} requests (PostgreSQL; median of 5, ms):")
        fresh_database("bench_scale_requests", ("pages", "50"), ("requests", str(REQUESTS)))
        admin = {
            label: statistics.median(times)
            for label, times in measure("bench_scale_requests", ADMIN_URLS, 5, "admin").items()
        }
        for label, ms in admin.items():
            verdict = "ok" if ms < ADMIN_BUDGET_MS else "OVER BUDGET"
            ok &= ms < ADMIN_BUDGET_MS
            print(f"  {label:<20} {ms:>7.1f}  {verdict}")
        results["admin_ms"] = admin

    if "tree" in parts:
        print(
            "\nRender time, 50 pages vs 5,000 pages in the tree"
            f" (median of {TREE_ROUNDS} interleaved rounds of 5, ms):"
        )
        fresh_database("bench_scale_50", ("pages", "50"))
        fresh_database("bench_scale_5000", ("pages", "5000"))
        # Round after round on each database in turn, so a busy moment hits both alike.
        times = {"bench_scale_50": {}, "bench_scale_5000": {}}
        for _ in range(TREE_ROUNDS):
            for database, found in times.items():
                for label, ms in measure(database, TREE_URLS, 5, "pages").items():
                    found.setdefault(label, []).extend(ms)
        small, large = (
            {label: statistics.median(ms) for label, ms in times[db].items()}
            for db in ("bench_scale_50", "bench_scale_5000")
        )
        for label in TREE_URLS:
            ratio = large[label] / small[label]
            verdict = "ok" if ratio <= TREE_BUDGET else "OVER BUDGET"
            ok &= ratio <= TREE_BUDGET
            print(
                f"  {label:<14} {small[label]:>7.1f} {large[label]:>7.1f}  x{ratio:.2f}  {verdict}"
            )
        results.update(tree_50_ms=small, tree_5000_ms=large)
    (Path(tempfile.gettempdir()) / "spineclinic-bench-scale.json").write_text(
        json.dumps(results, indent=2)
    )
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
