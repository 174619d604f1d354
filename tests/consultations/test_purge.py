"""The retention command deletes closed requests and their files, and nothing else."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from consultations.models import PatientRequest, RequestFile

pytestmark = pytest.mark.django_db


def make(status, age_days, name):
    changed = timezone.now() - datetime.timedelta(days=age_days)
    patient_request = PatientRequest.objects.create(
        request_type="consultation",
        patient_name=name,
        patient_dob=datetime.date(1960, 1, 1),
        status=status,
        status_changed_at=changed,
    )
    request_file = RequestFile(
        request=patient_request, original_name="r.pdf", content_type="application/pdf", size=3
    )
    request_file.file.save("r.pdf", ContentFile(b"pdf"), save=False)
    request_file.save()
    return patient_request, request_file.file.name


def test_purge_deletes_only_old_closed_and_spam(settings, django_capture_on_commit_callbacks):
    settings.REQUEST_RETENTION_DAYS = 365
    old_closed, old_closed_file = make("closed", 400, "Old closed")
    old_spam, _ = make("spam", 366, "Old spam")
    recent_closed, recent_file = make("closed", 100, "Recent closed")
    old_open, _ = make("in_review", 900, "Old but open")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_requests", verbosity=0)
    remaining = set(PatientRequest.objects.values_list("patient_name", flat=True))
    assert remaining == {"Recent closed", "Old but open"}
    storage = RequestFile.file.field.storage
    assert not storage.exists(old_closed_file)
    assert storage.exists(recent_file)
    assert ModelLogEntry.objects.filter(action="consultations.purge").count() == 2


def test_dry_run_deletes_nothing(settings):
    make("closed", 400, "Old closed")
    call_command("purge_requests", "--dry-run", verbosity=0)
    assert PatientRequest.objects.count() == 1
