# ruff: noqa: S603, S607, T201 - a command-line script that runs local tools and prints
"""Lighthouse scores for the main page types, as `make lighthouse` prints them.

Serves the practice's content with gunicorn and production settings (see lighthouse_settings.py)
from a throwaway SQLite database on 127.0.0.1, runs Lighthouse 12 (installed from npm into
bench/node_modules, git-ignored) with Debian's Chromium on each page, and prints the four
category scores. The mobile preset is Lighthouse's default; LIGHTHOUSE_PRESET=desktop runs the
desktop one. Nothing here is part of `make test`.
"""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
PAGES = [
    ("home", "/"),
    ("condition", "/conditions/spine-metastases/"),
    ("symptom", "/symptoms/weakness-or-difficulty-walking/"),
    ("treatment", "/treatments/decompression-surgery/"),
    ("service area", "/areas-we-serve/brooklyn/"),
]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
METRICS = [
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
]


def run(args, env, **kwargs):
    subprocess.run(args, env=env, cwd=ROOT, check=True, **kwargs)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def install_lighthouse():
    if LIGHTHOUSE.exists():
        return
    if not shutil.which("npm"):
        sys.exit("npm is needed to install Lighthouse (apt-get install -y npm).")
    print("Installing lighthouse@12 into bench/node_modules", flush=True)
    subprocess.run(
        ["npm", "install", "--prefix", str(BENCH), "--no-save", "--no-audit", "--no-fund",
         "--loglevel=error", "lighthouse@12"],
        check=True,
    )  # fmt: skip


def wait_until_up(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 - our own local server
            return
        except OSError:
            time.sleep(0.3)
    sys.exit(f"The site did not start at {url}")


def main():
    if not Path(CHROME).exists():
        sys.exit(f"Chromium not found at {CHROME} (apt-get install -y chromium).")
    install_lighthouse()
    preset = os.environ.get("LIGHTHOUSE_PRESET", "mobile")
    work = Path(tempfile.mkdtemp(prefix="lighthouse-"))
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}},
        "DJANGO_SETTINGS_MODULE": "lighthouse_settings",
        "PYTHONPATH": os.pathsep.join([str(BENCH), str(ROOT)]),
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{work / 'site.sqlite3'}",
        "LIGHTHOUSE_STATIC_ROOT": str(work / "static"),
        "MEDIA_ROOT": str(work / "media"),
        "CHROME_PATH": CHROME,
    }
    quiet = {"stdout": subprocess.DEVNULL}
    server = None
    try:
        run([PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"], env)
        run([PYTHON, "manage.py", "migrate", "--no-input", "-v0"], env)
        run([PYTHON, "manage.py", "load_site_content"], env, **quiet)
        server = subprocess.Popen(
            [ROOT / ".venv" / "bin" / "gunicorn", "spineclinic.wsgi", "--bind",
             f"127.0.0.1:{port}", "--workers", "2", "--log-level", "warning"],
            env=env, cwd=ROOT,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base + "/")
        rows = []
        for name, path in PAGES:
            report = work / f"{name.replace(' ', '-')}.json"
            args = [
                str(LIGHTHOUSE), base + path, "--quiet", "--output=json",
                f"--output-path={report}", f"--only-categories={','.join(CATEGORIES)}",
                "--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage",
            ]  # fmt: skip
            if preset == "desktop":
                args.append("--preset=desktop")
            subprocess.run(args, env=env, check=True)
            result = json.loads(report.read_text())
            scores = [round(result["categories"][c]["score"] * 100) for c in CATEGORIES]
            metrics = [result["audits"][m]["displayValue"] for m in METRICS]
            rows.append((name, path, scores, metrics))
        print(f"\nLighthouse 12, {preset} preset, {base}")
        header = ["page", "performance", "accessibility", "best practices", "SEO"]
        header += ["FCP", "LCP", "TBT", "CLS"]
        widths = [14, 13, 15, 16, 6, 9, 9, 9, 7]
        print(
            "".join(
                f"{h:>{w}}" if i else f"{h:<{w}}"
                for i, (h, w) in enumerate(zip(header, widths, strict=True))
            )
        )
        for name, path, scores, metrics in rows:
            cells = [name, *scores, *metrics]
            line = "".join(
                f"{c!s:>{w}}" if i else f"{c!s:<{w}}"
                for i, (c, w) in enumerate(zip(cells, widths, strict=True))
            )
            print(f"{line}   {path}")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
