import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from consultations.choices import Status
from consultations.models import PatientRequest


class Command(BaseCommand):
    help = (
        "Delete closed and spam requests, with their files and notes, once they have been "
        "closed for longer than REQUEST_RETENTION_DAYS (docs/data_protection.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Override the retention period in days (default: REQUEST_RETENTION_DAYS).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be deleted; delete nothing."
        )

    def handle(self, *args, days, dry_run, **options):
        days = settings.REQUEST_RETENTION_DAYS if days is None else days
        cutoff = timezone.now() - datetime.timedelta(days=days)
        expired = PatientRequest.objects.filter(
            status__in=[Status.CLOSED, Status.SPAM], status_changed_at__lt=cutoff
        ).prefetch_related("files")
        deleted = files_deleted = 0
        for patient_request in expired.iterator(chunk_size=200):
            if dry_run:
                self.stdout.write(f"Would delete {patient_request.reference}")
                deleted += 1
                continue
            names = [request_file.file.name for request_file in patient_request.files.all()]
            storage = patient_request.files.model.file.field.storage
            with transaction.atomic():
                log(patient_request, "consultations.purge", data={"retention_days": days})
                patient_request.delete()
                transaction.on_commit(
                    lambda names=names, storage=storage: [storage.delete(n) for n in names]
                )
            deleted += 1
            files_deleted += len(names)
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(
            self.style.SUCCESS(
                f"{deleted} request(s) closed more than {days} days ago {verb}"
                + ("" if dry_run else f", with {files_deleted} file(s).")
            )
        )
