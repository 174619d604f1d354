"""Patients' uploads on S3-compatible storage: the same rules as on disk (encrypted by the
application before upload, no public address), in a bucket of their own."""

from storages.backends.s3 import S3Storage

from consultations.encryption import EncryptedContentMixin
from consultations.storage import NoPublicURLMixin


class PrivateS3Storage(NoPublicURLMixin, EncryptedContentMixin, S3Storage):
    """Private objects only: no ACL that grants anyone read, server-side encryption on top of
    the application's own, and no signed or unsigned URLs."""

    default_acl = "private"
    querystring_auth = True

    def get_default_settings(self):
        defaults = super().get_default_settings()
        return defaults | {
            "default_acl": "private",
            "querystring_auth": True,
            "object_parameters": {"ServerSideEncryption": "AES256"},
        }
