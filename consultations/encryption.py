"""Encryption at rest for what patients tell us, and a keyed index for finding them by name.

Field values use django-fernet-encrypted-fields (Fernet, keys derived from SECRET_KEY and
SALT_KEY; the first salt encrypts, every listed salt and SECRET_KEY_FALLBACKS decrypt).
Uploaded files are encrypted with the same keys before they reach storage. Encrypted values
cannot be searched, so each request also stores keyed hashes (HMAC) of its name words.
"""

import re
import unicodedata

from django.core.files.base import ContentFile
from django.utils.crypto import salted_hmac
from encrypted_fields.fields import (
    EncryptedCharField,
    EncryptedDateField,
    EncryptedEmailField,
    EncryptedTextField,
)


class EmptyIsBlankMixin:
    """The library stores an empty answer as NULL; read it back as '' like any text field."""

    def from_db_value(self, value, expression, connection):
        value = super().from_db_value(value, expression, connection)
        return "" if value is None else value


class SecretCharField(EmptyIsBlankMixin, EncryptedCharField):
    pass


class SecretTextField(EmptyIsBlankMixin, EncryptedTextField):
    pass


class SecretEmailField(EmptyIsBlankMixin, EncryptedEmailField):
    pass


class SecretDateField(EncryptedDateField):
    pass


def _fernet():
    # One field instance holds the library's derived keys (cached after the first use).
    return _KEYRING.f


_KEYRING = EncryptedTextField()


def encrypt_bytes(data):
    return _fernet().encrypt(data)


def decrypt_bytes(data):
    return _fernet().decrypt(data)


def name_words(*names):
    """Lower-case words without accents: 'José Núñez-O'Brien' -> jose, nunez, o, brien."""
    text = unicodedata.normalize("NFKD", " ".join(name or "" for name in names))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return sorted({word for word in re.split(r"[^\w]+", text) if word})


def word_hash(word):
    return salted_hmac("patient-name-index", word, algorithm="sha256").hexdigest()[:24]


def name_index(*names):
    """' h1 h2 h3 ': the keyed hashes of the name words, spaced for whole-word lookups."""
    hashes = [word_hash(word) for word in name_words(*names)]
    return f" {' '.join(hashes)} " if hashes else ""


class EncryptedContentMixin:
    """Storage that keeps only ciphertext: files are encrypted on save, decrypted on open."""

    def _save(self, name, content):
        content.seek(0)
        return super()._save(name, ContentFile(encrypt_bytes(content.read())))

    def _open(self, name, mode="rb"):
        with super()._open(name, "rb") as handle:
            data = handle.read()
        return ContentFile(decrypt_bytes(data), name=name)

    def size(self, name):
        with self._open(name) as handle:
            return handle.size


def forget_derived_keys():
    """Drop the keys each encrypted field derived and cached, so changed settings apply (key
    rotation in one process, and tests)."""
    from django.apps import apps
    from encrypted_fields.fields import EncryptedFieldMixin

    fields = [_KEYRING]
    for model in apps.get_models():
        fields.extend(f for f in model._meta.fields if isinstance(f, EncryptedFieldMixin))
    for field in fields:
        field.__dict__.pop("keys", None)
        field.__dict__.pop("f", None)
