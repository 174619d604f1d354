import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from consultations.models import PatientRequest
from consultations.notifications import send_intake_notification


class Command(BaseCommand):
    help = (
        "List requests whose notification to the intake team has not gone out (for example "
        "because email was down). --resend queues them again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            default=10,
            metavar="MINUTES",
            help="Only requests submitted at least this many minutes ago (default 10).",
        )
        parser.add_argument("--resend", action="store_true", help="Queue the notification again.")

    def handle(self, *args, older_than, resend, **options):
        cutoff = timezone.now() - datetime.timedelta(minutes=older_than)
        pending = PatientRequest.objects.notification_pending().filter(submitted_at__lte=cutoff)
        pending = pending.order_by("submitted_at")
        count = 0
        for patient_request in pending:
            count += 1
            submitted = timezone.localtime(patient_request.submitted_at)
            self.stdout.write(
                f"{patient_request.reference}  {patient_request.type_label:<15} "
                f"{'URGENT' if patient_request.urgent else 'routine':<8} "
                f"submitted {submitted:%Y-%m-%d %H:%M}  "
                f"attempts {patient_request.notification_attempts}"
                f"  {patient_request.last_notification_error}"
            )
            if resend:
                send_intake_notification.enqueue(patient_request.pk)
        if count == 0:
            self.stdout.write(
                self.style.SUCCESS("Every request's intake notification has gone out.")
            )
        else:
            action = "queued again" if resend else "not yet notified"
            self.stdout.write(self.style.WARNING(f"{count} request(s) {action}."))
