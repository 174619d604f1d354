from django.core.management.base import BaseCommand, CommandError

from consultations import scanning
from consultations.choices import ScanStatus
from consultations.models import RequestFile


class Command(BaseCommand):
    help = (
        "Scan the uploaded files held as 'not yet scanned' (the virus scanner was down when "
        "they arrived); clean ones become downloadable. Run it periodically, e.g. every 15 "
        "minutes, beside the rescan task (docs/security.md)."
    )

    def handle(self, *args, **options):
        if not scanning.scanning_enabled():
            raise CommandError("Virus scanning is off: set CLAMD_SOCKET or CLAMD_HOST.")
        held = RequestFile.objects.filter(scan_status=ScanStatus.PENDING).select_related("request")
        cleared, infected, waiting = scanning.rescan(held)
        self.stdout.write(f"{cleared} cleared, {infected} virus found, {waiting} still held")
        if waiting:
            raise CommandError("The virus scanner did not answer; the files stay held.")
