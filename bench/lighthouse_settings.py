"""Production settings for a Lighthouse run over plain HTTP on 127.0.0.1 (bench/lighthouse.py).

Everything is as in production (DEBUG off, WhiteNoise's compressed and hashed static files,
the Content-Security-Policy) except what only makes sense behind HTTPS: no redirect to https,
no HSTS and no upgrade-insecure-requests (which would send the browser to https://127.0.0.1).
"""

import os

from spineclinic.settings.production import *  # noqa: F403
from spineclinic.settings.production import CONTENT_SECURITY_POLICY

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        key: value
        for key, value in CONTENT_SECURITY_POLICY["DIRECTIVES"].items()
        if key != "upgrade-insecure-requests"
    }
}
STATIC_ROOT = os.environ["LIGHTHOUSE_STATIC_ROOT"]
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
