"""Checks on uploaded reports: type by content (not by name), size and count."""

import io
from pathlib import PurePath

from django import forms
from django.core.exceptions import ValidationError
from PIL import Image, UnidentifiedImageError

MAX_FILES = 5
MAX_FILE_SIZE = 20 * 1024 * 1024
MAX_IMAGE_PIXELS = 50_000_000  # a decompression bomb is refused before it is decoded
ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
SIGNATURES = [
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
]
EXTENSIONS = {
    "application/pdf": {".pdf"},
    "image/jpeg": {".jpg", ".jpeg"},
    "image/png": {".png"},
}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class ReportFilesField(forms.FileField):
    """Up to five PDF, JPEG or PNG files of at most 20 MB each."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.widget.attrs.update({"multiple": True, "accept": ACCEPT})

    def clean(self, data, initial=None):
        files = [f for f in (data or []) if f] if isinstance(data, list | tuple) else data
        if not files:
            if self.required:
                raise ValidationError("Choose at least one file to upload.", code="required")
            return []
        if not isinstance(files, list):
            files = [files]
        if len(files) > MAX_FILES:
            raise ValidationError(
                f"You can upload up to {MAX_FILES} files. You chose {len(files)}.",
                code="too_many",
            )
        errors = []
        for upload in files:
            try:
                upload.detected_type = check_upload(upload)
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        return files


def safe_name(name, max_length=200):
    """The file's own name without folders or control characters, for staff to read. A name
    longer than max_length loses the end of its stem, never its extension (a long
    'scan ... .pdf' is still a .pdf)."""
    name = PurePath(str(name).replace("\\", "/")).name
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '<>:"|?*')
    name = name.strip(" .") or "upload"
    if len(name) <= max_length:
        return name
    suffix = PurePath(name).suffix
    if len(suffix) > 10:  # not an extension, just a dot in a long name
        suffix = ""
    return name[: max_length - len(suffix)].rstrip(" .") + suffix


def check_upload(upload):
    """Return the file's real type, or raise a message naming the file and the problem."""
    name = safe_name(upload.name)
    raw = str(upload.name or "")
    if any(ch in raw for ch in "/\\") or any(not ch.isprintable() for ch in raw):
        # Browsers send a bare file name; folders or control characters mean tampering.
        raise ValidationError(
            f"“{name}” has a name we cannot accept. Rename the file using letters and numbers."
        )
    if upload.size == 0:
        raise ValidationError(f"“{name}” is empty. Choose the file again.")
    if upload.size > MAX_FILE_SIZE:
        size_mb = upload.size / (1024 * 1024)
        raise ValidationError(f"“{name}” is {size_mb:.0f} MB. Each file must be 20 MB or smaller.")
    upload.seek(0)
    head = upload.read(16)
    content_type = next((kind for magic, kind in SIGNATURES if head.startswith(magic)), None)
    if content_type is None:
        raise ValidationError(f"“{name}” is not a PDF, JPEG or PNG file.")
    if PurePath(name).suffix.lower() not in EXTENSIONS[content_type]:
        raise ValidationError(
            f"“{name}” does not match its name: it should end in "
            f"{' or '.join(sorted(EXTENSIONS[content_type]))}."
        )
    if content_type == "application/pdf":
        check_pdf(upload, name)
    else:
        check_image(upload, name, content_type)
    upload.seek(0)
    return content_type


def check_pdf(upload, name):
    upload.seek(max(upload.size - 2048, 0))
    tail = upload.read()
    if b"%%EOF" not in tail:
        raise ValidationError(f"“{name}” is not a complete PDF file. Try saving it again.")
    upload.seek(0)
    body = upload.read()
    if b"/JavaScript" in body or b"/JS " in body or b"/Launch" in body:
        raise ValidationError(f"“{name}” contains scripts, which we cannot accept in a PDF.")


def check_image(upload, name, content_type):
    upload.seek(0)
    data = upload.read()
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise ValidationError(f"“{name}” is too large an image to open safely.")
            expected = "JPEG" if content_type == "image/jpeg" else "PNG"
            if image.format != expected:
                raise ValidationError(f"“{name}” is not a PDF, JPEG or PNG file.")
            image.verify()
    except ValidationError:
        raise
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
        Image.DecompressionBombError,
    ):
        raise ValidationError(f"“{name}” could not be opened as an image.") from None
