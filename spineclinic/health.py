"""GET /healthz: is this instance able to serve pages? (The database answers.)

Answered by a middleware at the top of the stack, so a container's health check or a load
balancer's probe needs no host name from ALLOWED_HOSTS, is never redirected to HTTPS, never
opens a session and is never cached.
"""

import logging

from django.db import connections
from django.http import JsonResponse

logger = logging.getLogger(__name__)

PATH = "/healthz"


def check_database():
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        logger.exception("Health check: the database is not reachable.")
        return False
    return True


def healthz_response():
    healthy = check_database()
    response = JsonResponse(
        {"status": "ok" if healthy else "unavailable", "database": healthy},
        status=200 if healthy else 503,
    )
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    """First in MIDDLEWARE."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info in (PATH, PATH + "/") and request.method in ("GET", "HEAD"):
            return healthz_response()
        return self.get_response(request)
