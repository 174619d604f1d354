from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction

from consultations.models import PatientRequest, RequestFile, RequestNote


class Command(BaseCommand):
    help = (
        "Re-encrypt every stored request, note and file with the current first key (after a "
        "new salt is put first in FIELD_ENCRYPTION_SALTS, or SECRET_KEY changed with the old "
        "one in SECRET_KEY_FALLBACKS), and rebuild the name search index."
    )

    def handle(self, *args, **options):
        counts = {"requests": 0, "notes": 0, "files": 0}
        for patient_request in PatientRequest.objects.iterator(chunk_size=500):
            with transaction.atomic():
                patient_request.save()
            counts["requests"] += 1
        for note in RequestNote.objects.iterator(chunk_size=500):
            note.save()
            counts["notes"] += 1
        for request_file in RequestFile.objects.iterator(chunk_size=100):
            storage = request_file.file.storage
            with storage.open(request_file.file.name) as handle:  # decrypts with any key
                plain = handle.read()
            storage.delete(request_file.file.name)
            storage.save(request_file.file.name, ContentFile(plain))  # encrypts with the first
            request_file.save()
            counts["files"] += 1
        self.stdout.write(
            self.style.SUCCESS(
                "Re-encrypted {requests} requests, {notes} notes and {files} files.".format(
                    **counts
                )
            )
        )
