# ruff: noqa: S101, S603, S607, T201 - a benchmark script: runs local tools, prints figures
"""SQL queries and milliseconds of one uncached render (no page cache) of the main page types,
in-process with Django's test client and the production settings.

    .venv/bin/python bench/routing.py            # makes the database, then measures
    BENCH_SKIP_SETUP=1 .venv/bin/python bench/routing.py

Each render runs with the template-fragment caches (header, menu, footer, the JSON-LD site
graph) as a page-cache miss finds them, that is filled by earlier renders ("warm"), and again
with the content generation bumped before every render, so every fragment is rebuilt
("cold"). Medians of BENCH_RENDERS renders per page, the pages interleaved. PostgreSQL and
Redis as in `make bench` (a database and a Redis key prefix of its own).
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run import PG, env_for  # noqa: E402 - the benchmark's own settings

DATABASE = os.environ.get("BENCH_DATABASE", "bench_routing")
RENDERS = int(os.environ.get("BENCH_RENDERS", "30"))
PAGES = {
    "home": "/",
    "condition": "/conditions/spine-metastases/",
    "treatment": "/treatments/decompression-surgery/",
    "symptom": "/symptoms/weakness-or-difficulty-walking/",
}


def setup_database():
    admin = f"{PG}/postgres"
    subprocess.run(["psql", admin, "-q", "-c", f"DROP DATABASE IF EXISTS {DATABASE}"], check=True)
    subprocess.run(["psql", admin, "-q", "-c", f"CREATE DATABASE {DATABASE}"], check=True)
    env = os.environ.copy()
    python = str(ROOT / ".venv" / "bin" / "python")
    for command in (
        ["migrate", "--no-input", "-v", "0"],
        ["load_site_content"],
        ["collectstatic", "--no-input", "-v", "0"],
    ):
        subprocess.run(
            [python, "manage.py", *command],
            env=env,
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    subprocess.run(["psql", f"{PG}/{DATABASE}", "-q", "-c", "VACUUM ANALYZE"], check=True)


def main():
    env = env_for(False, "bench-routing")
    env["DATABASE_URL"] = f"{PG}/{DATABASE}"
    env["REDIS_URL"] = os.environ.get("BENCH_ROUTING_REDIS_URL", "redis://127.0.0.1:6379/7")
    os.environ.update(env)
    if os.environ.get("BENCH_SKIP_SETUP") != "1":
        setup_database()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from spineclinic.cache import bump_generation

    client = Client()

    def render(path):
        started = time.perf_counter()
        response = client.get(path, secure=True)
        elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, (path, response.status_code)
        return elapsed

    for path in PAGES.values():  # warm-up: content types, site root paths, fragments
        render(path)
    results = {}
    for mode in ("warm", "cold"):
        times = {name: [] for name in PAGES}
        queries = {}
        for name, path in PAGES.items():
            if mode == "cold":
                bump_generation()
            with CaptureQueriesContext(connection) as captured:
                render(path)
            queries[name] = len(captured.captured_queries)
        for _ in range(RENDERS):
            for name, path in PAGES.items():
                if mode == "cold":
                    bump_generation()
                times[name].append(render(path))
        results[mode] = {name: (queries[name], statistics.median(times[name])) for name in PAGES}
    print(f"Uncached renders, median of {RENDERS} (queries, ms):")
    print(f"{'page':<10} {'fragments warm':>18} {'fragments cold':>18}")
    for name in PAGES:
        warm, cold = results["warm"][name], results["cold"][name]
        print(f"{name:<10} {warm[0]:>6} q {warm[1]:>7.1f} ms {cold[0]:>6} q {cold[1]:>7.1f} ms")


if __name__ == "__main__":
    main()
