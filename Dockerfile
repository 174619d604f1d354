# The site's container: gunicorn serving Django, static files compressed and hashed at build.
# Build: docker build -t spineclinic .   Run: docker compose up (docker-compose.yml).
# Every runtime setting comes from the environment: docs/deployment.md.

# --- build: install the locked dependencies into a virtualenv, collect static files -----------
FROM python:3.11-slim-bookworm AS build

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/venv/bin:$PATH

RUN python -m venv /opt/venv
COPY deploy/requirements.lock /tmp/requirements.lock
# Binary wheels only, each checked against the lock's hashes: no compiler in the image.
RUN pip install --no-cache-dir --require-hashes --only-binary=:all: -r /tmp/requirements.lock

# GNU gettext's msgfmt compiles the translations; only the compiled files reach the image.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY . .
# collectstatic and compilemessages need settings that load; nothing here is used at run time.
RUN DJANGO_SETTINGS_MODULE=spineclinic.settings.production \
    SECRET_KEY=collectstatic-only-not-a-secret-collectstatic-only-not-a-secret \
    ALLOWED_HOSTS=localhost \
    sh -c "python manage.py collectstatic --no-input --verbosity 0 \
        && python manage.py compilemessages --verbosity 0"

# --- run: the same virtualenv and code, as an unprivileged user -----------------------------
FROM python:3.11-slim-bookworm

# PRIVATE_MEDIA_ROOT is a folder, not a secret.
# hadolint ignore=DL3064
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=spineclinic.settings.production \
    MEDIA_ROOT=/data/media \
    PRIVATE_MEDIA_ROOT=/data/private-media \
    PORT=8000

RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home app \
    && mkdir -p /data/media /data/private-media \
    && chown app:app /data/media /data/private-media \
    && chmod 700 /data/private-media

COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY --from=build --chown=root:root /app /app

USER 10001:10001
EXPOSE 8000
VOLUME ["/data/media", "/data/private-media"]

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status != 200)"]

CMD ["gunicorn", "--config", "deploy/gunicorn.conf.py", "spineclinic.wsgi:application"]
