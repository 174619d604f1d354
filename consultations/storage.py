"""Uploaded reports live in private storage: never under MEDIA_URL, only served by an admin
view that checks permissions, and encrypted on disk."""

from django.core.files.storage import FileSystemStorage, InMemoryStorage, storages

from .encryption import EncryptedContentMixin


class NoPublicURLMixin:
    def url(self, name):
        raise ValueError("Private files have no public address; use the admin download view.")


class PrivateFileSystemStorage(NoPublicURLMixin, EncryptedContentMixin, FileSystemStorage):
    """Encrypted files on disk outside MEDIA_ROOT, readable only by the site's own user."""


class PrivateInMemoryStorage(NoPublicURLMixin, EncryptedContentMixin, InMemoryStorage):
    """The same rules for tests."""


def private_storage():
    return storages["private"]
