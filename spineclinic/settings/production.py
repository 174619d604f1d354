"""Production: refuses to start without its secrets and hosts; HTTPS only."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, SECRET_KEY, env_bool

if not SECRET_KEY or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random string of at least 50 characters in production."
    )
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the site's host names in production.")

# The page cache needs the shared cache to stay consistent across workers and instances.
PAGE_CACHE = env_bool("PAGE_CACHE", default=bool(os.environ.get("REDIS_URL")))

# Warn (migrate, check --database default) when the default Site would give every canonical URL
# a local host name or port 80 (spineclinic/checks.py).
CHECK_CANONICAL_SITE = True

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
CONTENT_SECURITY_POLICY = {  # noqa: F405
    "DIRECTIVES": CONTENT_SECURITY_POLICY["DIRECTIVES"] | {"upgrade-insecure-requests": True}  # noqa: F405
}

ADMINS = [("Site admin", addr) for addr in os.environ.get("ADMINS", "").split(",") if addr]
