"""/healthz tells a container runtime or load balancer whether this instance can serve."""

from unittest import mock

import pytest
from django.db.utils import OperationalError

pytestmark = pytest.mark.django_db


def test_healthy_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": True}
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies


def test_unavailable_when_the_database_does_not(client):
    with mock.patch("spineclinic.health.connections") as connections:
        connections.__getitem__.return_value.cursor.side_effect = OperationalError("down")
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": False}
    assert response["Cache-Control"] == "no-store"


def test_answers_any_host_over_plain_http(client, settings):
    """A container's health check calls 127.0.0.1 over HTTP: no host check, no redirect."""
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz", HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200


def test_only_the_health_path_skips_the_checks(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz-not", HTTP_HOST="10.0.0.7:8000").status_code == 400
