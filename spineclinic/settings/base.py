"""Settings shared by every environment. Secure by default: DEBUG is off and secrets come
from the environment (see .env.example for every variable)."""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list, ignoring blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "spineclinic",
    "conditions",
    "consultations",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    # Translations: each Spanish page or snippet is the translation of its English source,
    # edited side by side (and exported to PO files for a translator).
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

# Widget templates are looked up like any other template, so the site can override them.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

MIDDLEWARE = [
    # First: answers /healthz without host checks, redirects or sessions.
    "spineclinic.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "spineclinic.security.SecurityHeadersMiddleware",
    "spineclinic.security.SiteCSPMiddleware",
    "spineclinic.security.RequestSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Serves stored public pages before sessions and the database (spineclinic/cache.py).
    "spineclinic.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "spineclinic.two_factor.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "spineclinic.urls"
WSGI_APPLICATION = "spineclinic.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "conditions.context_processors.care_advice",
            ],
        },
    },
]

# SQLite needs no set-up; DATABASE_URL (PostgreSQL in CI and production) overrides it.
# An empty DATABASE_URL counts as unset: dj-database-url would otherwise pick a dummy backend.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Send parameters apart from the SQL, so psycopg prepares a query the fifth time a
    # connection runs it and PostgreSQL stops planning the page queries on every request
    # (docs/performance.md). Off behind a pooler that cannot keep prepared statements
    # (PgBouncer in transaction mode before 1.21, or without max_prepared_statements).
    DATABASES["default"].setdefault("OPTIONS", {})["server_side_binding"] = env_bool(
        "DATABASE_SERVER_SIDE_BINDING", default=True
    )
    # Django's backend, with DISTINCT queries kept valid under that binding
    # (spineclinic/postgresql/base.py).
    DATABASES["default"]["ENGINE"] = "spineclinic.postgresql"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "spineclinic"),
            # A slow or missing Redis must not hold pages up: they render without it.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        },
        # Template fragments (header, menu, footer, JSON-LD...): the same Redis, but a fragment
        # renders afresh when Redis cannot be reached (spineclinic/fragment_cache.py).
        "template_fragments": {
            "BACKEND": "spineclinic.fragment_cache.TolerantRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "spineclinic"),
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        },
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Current guidance (NIST SP 800-63B): length, and no common or all-digit passwords; no
# composition rules.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English is the default; Spanish is configured so translated pages can be added in the admin.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
# The site's own translations (spineclinic/locale/es/LC_MESSAGES/django.po, compiled by the
# build: `make run`, `make test` and the Dockerfile run compilemessages).
LOCALE_PATHS = [BASE_DIR / "spineclinic" / "locale"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
USE_I18N = True
TIME_ZONE = "America/New_York"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or BASE_DIR / "media")
# Patients' uploads: outside MEDIA_ROOT, never served directly (only by a permission-checked
# admin view).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT") or BASE_DIR / "private-media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "consultations.storage.PrivateFileSystemStorage",
        "OPTIONS": {
            "location": PRIVATE_MEDIA_ROOT,
            "file_permissions_mode": 0o600,
            "directory_permissions_mode": 0o700,
        },
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Background work. Wagtail's own tasks (search and reference indexes) run at once; the
# notifications about patient requests are stored in the database in the same transaction as
# the request and sent by the worker (manage.py db_worker --backend requests).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "requests": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Virus scanning of uploaded reports by ClamAV's daemon (consultations/scanning.py): its Unix
# socket, or its host and port. Neither set: uploads are not scanned (`check --deploy` warns).
# A scanner that is set but does not answer within CLAMD_TIMEOUT seconds holds the files as
# "not yet scanned" until the rescan task clears them.
CLAMD_SOCKET = os.environ.get("CLAMD_SOCKET", "")
CLAMD_HOST = os.environ.get("CLAMD_HOST", "")
CLAMD_PORT = int(os.environ.get("CLAMD_PORT") or 3310)
CLAMD_TIMEOUT = float(os.environ.get("CLAMD_TIMEOUT") or 20)

# Encryption at rest of patients' answers and files (django-fernet-encrypted-fields): keys are
# derived from SECRET_KEY (and SECRET_KEY_FALLBACKS) with each salt. The first salt encrypts;
# all decrypt. To rotate: put a new salt first, run manage.py reencrypt_requests, then drop
# the old one (docs/data_protection.md).
SALT_KEY = env_list("FIELD_ENCRYPTION_SALTS") or ["spineclinic-patient-requests-1"]
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS")

# Who is told about new requests (comma-separated). Urgent ones also go to the urgent list.
INTAKE_EMAILS = env_list("INTAKE_EMAIL", "intake@localhost")
URGENT_INTAKE_EMAILS = env_list("URGENT_INTAKE_EMAIL") or INTAKE_EMAILS
# Closed and spam requests older than this are deleted by manage.py purge_requests.
REQUEST_RETENTION_DAYS = int(os.environ.get("REQUEST_RETENTION_DAYS", "365"))

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000  # Wagtail's page editor posts many fields

WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Spine metastasis care, New York")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# The admin must make no requests to other hosts.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# Approving the "Clinical sign-off" workflow publishes through conditions.signoff, which writes
# the approving clinician's review stamp onto the revision it publishes.
WAGTAIL_FINISH_WORKFLOW_ACTION = "conditions.signoff.publish_signed_off"
# A signed-off page's next review is due this many months after the sign-off; the reviewer
# may choose an earlier date.
CLINICAL_REVIEW_MONTHS = int(os.environ.get("CLINICAL_REVIEW_MONTHS", "12"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # One line per background task is noise, and so is pikepdf's greeting on every command;
    # failures are still logged.
    "loggers": {"django_tasks": {"level": "WARNING"}, "pikepdf": {"level": "WARNING"}},
}

# Security. Production tightens transport further (settings/production.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview sets its own value for its frame
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Idle timeout: a session ends after this many minutes without a request.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_IDLE_MINUTES", "30")) * 60
SESSION_SAVE_EVERY_REQUEST = True
# Error reports never carry what people typed or the variables that held it.
DEFAULT_EXCEPTION_REPORTER_FILTER = "spineclinic.security.NoPatientDataExceptionReporterFilter"

# Request limits: public forms carry at most 5 files of 20 MB; the admin uploads images.
PUBLIC_MAX_REQUEST_BYTES = 105 * 1024 * 1024
ADMIN_MAX_REQUEST_BYTES = 60 * 1024 * 1024
PUBLIC_MAX_FORM_FIELDS = 300

# The client's address (spineclinic/client_address.py): the connection's, unless it comes
# from one of these proxies (addresses or CIDR networks, comma-separated: the shipped Varnish,
# a load balancer); then the right-most X-Forwarded-For entry that is not one of them.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")

# Admin login lockout (django-axes): 5 failures for one username from one client address, or
# for one username from anywhere (guesses spread over many addresses), lock it for 30
# minutes; each lockout is logged. A password reset by email lifts the lock on its account.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "username"]
AXES_LOCKOUT_TEMPLATE = "security/lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "spineclinic.client_address.client_ip"

# Public form rate limit per client address (django-ratelimit, in the shared cache).
REQUEST_FORM_RATE = os.environ.get("REQUEST_FORM_RATE", "30/h")
RATELIMIT_USE_CACHE = "default"
# A form sent faster than this after it was shown is a bot's (a person needs longer).
REQUEST_FORM_MIN_SECONDS = 3
# A form's signed stamp is good for this long after the form was shown; after it, the post is
# not sent and the person is shown the form again, answers kept, to send once more.
REQUEST_FORM_MAX_AGE_HOURS = int(os.environ.get("REQUEST_FORM_MAX_AGE_HOURS", "24"))

OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Two-step login (spineclinic/two_factor.py) throttles wrong codes itself, per browser session
# and per authenticator, so that someone with only the password cannot keep the owner out;
# django-otp's own throttle, shared by everyone trying the account, is off.
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0
# Wrong codes an hour, from all sessions together, before an authenticator's codes are paused
# for the rest of the hour (recovery codes still work).
TWO_FACTOR_MAX_WRONG_CODES = 10
AXES_VERBOSE = False

# Page cache (spineclinic/cache.py): rendered public pages in the cache above, made stale on
# every content change. Only the shared Redis cache reaches every worker: without REDIS_URL
# each process has its own (fine for one process, as in development).
PAGE_CACHE = env_bool("PAGE_CACHE", default=True)
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "86400"))
PAGE_CACHE_VIEWS = [
    "wagtail.views.serve",
    "spineclinic.views.search",
    "spineclinic.views.robots_txt",
    "wagtail.contrib.sitemaps.views.sitemap",
]
# Cache-Control on public pages: browsers keep them briefly, a proxy or CDN longer (purged on
# publish). Pages for one visitor (forms, editors) say no-store or private instead.
PAGE_CACHE_BROWSER_MAX_AGE = int(os.environ.get("PAGE_CACHE_BROWSER_MAX_AGE", "60"))
PAGE_CACHE_SHARED_MAX_AGE = int(os.environ.get("PAGE_CACHE_SHARED_MAX_AGE", "300"))

# Purging the proxy or CDN in front when pages change (wagtail.contrib.frontend_cache).
# FRONTEND_CACHE_PURGE_URL: the shipped Varnish (or any cache taking HTTP PURGE), one address
# per proxy instance, comma-separated.
WAGTAILFRONTENDCACHE = {
    f"proxy{number}": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": location,
    }
    for number, location in enumerate(env_list("FRONTEND_CACHE_PURGE_URL"))
}
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }

# Media on S3-compatible object storage when a bucket is named; local disk otherwise.
# Patients' uploads go to S3 only when their own private bucket is named (never a prefix of the
# public one, whose policy may let anyone read it); they stay encrypted by the application,
# with no public ACL and no URL. Without PRIVATE_S3_BUCKET they stay in PRIVATE_MEDIA_ROOT.
_S3 = {
    "region_name": os.environ.get("S3_REGION") or None,
    "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
    "access_key": os.environ.get("S3_ACCESS_KEY_ID") or None,
    "secret_key": os.environ.get("S3_SECRET_ACCESS_KEY") or None,
    "file_overwrite": False,
}
if os.environ.get("MEDIA_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": _S3
        | {
            "bucket_name": os.environ["MEDIA_S3_BUCKET"],
            "location": os.environ.get("MEDIA_S3_PREFIX", "media"),
            "custom_domain": os.environ.get("MEDIA_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
        },
    }
if os.environ.get("PRIVATE_S3_BUCKET"):
    STORAGES["private"] = {
        "BACKEND": "spineclinic.storage.PrivateS3Storage",
        "OPTIONS": _S3
        | {
            "bucket_name": os.environ["PRIVATE_S3_BUCKET"],
            "location": os.environ.get("PRIVATE_S3_PREFIX", "requests"),
        },
    }
