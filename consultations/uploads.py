"""Uploaded reports: checked by content (not by name), size and count, scanned for viruses,
then rebuilt so that only the document itself is kept: PDFs by qpdf (pikepdf) without scripts,
actions, attachments or form scripts; images re-encoded by Pillow without metadata or anything
appended. What staff download is the rebuilt file, never the bytes as sent."""

import io
import logging
from pathlib import PurePath

import pikepdf
from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from . import scanning
from .choices import ScanStatus

logger = logging.getLogger(__name__)

MAX_FILES = 5
MAX_FILE_SIZE = 20 * 1024 * 1024
MAX_IMAGE_PIXELS = 50_000_000  # a decompression bomb is refused before it is decoded
MAX_NAME_LENGTH = 200
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
JPEG_QUALITY = 92

# PDF actions that only move around the document or open a web or mail link: kept. Every other
# action (JavaScript, Launch, SubmitForm, ImportData, GoToR, GoToE, Rendition, Sound, Movie,
# RichMediaExecute, ...) is removed from the rebuilt file.
SAFE_ACTIONS = {"/GoTo", "/Named", "/URI"}
SAFE_URI_SCHEMES = ("http://", "https://", "mailto:")
# Annotations that carry a file, a player or 3D content: removed with what they hold.
UNSAFE_ANNOTATIONS = {"/FileAttachment", "/RichMedia", "/Movie", "/Sound", "/Screen", "/3D"}
# Document-level entries that run, open or carry something: removed from the catalog.
UNSAFE_CATALOG_KEYS = ["/OpenAction", "/AA", "/NeedsRendering", "/Collection"]
# Entries of the catalog's /Names that hold scripts or attached files.
UNSAFE_NAME_TREES = ["/JavaScript", "/EmbeddedFiles", "/AlternatePresentations"]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class ReportFilesField(forms.FileField):
    """Up to five PDF, JPEG or PNG files of at most 20 MB each. Cleaned data: the rebuilt
    files, each with `detected_type` and `scan_status`."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.widget.attrs.update({"multiple": True, "accept": ACCEPT})

    def clean(self, data, initial=None):
        files = [f for f in (data or []) if f] if isinstance(data, list | tuple) else data
        if not files:
            if self.required:
                raise ValidationError(_("Choose at least one file to upload."), code="required")
            return []
        if not isinstance(files, list):
            files = [files]
        if len(files) > MAX_FILES:
            raise ValidationError(
                _("You can upload up to %(max)d files. You chose %(count)d.")
                % {"max": MAX_FILES, "count": len(files)},
                code="too_many",
            )
        errors = []
        cleaned = []
        scanner = Scanner()
        for upload in files:
            try:
                cleaned.append(prepare_upload(upload, scanner))
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        return cleaned


def safe_name(name, max_length=MAX_NAME_LENGTH):
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


class Scanner:
    """The virus scanner for one form post: once it has failed to answer, the post's other
    files are held at once rather than each waiting for the same timeout."""

    def __init__(self):
        self.down = False

    def verdict(self, data):
        if self.down:
            return scanning.Verdict(ScanStatus.PENDING)
        try:
            return scanning.scan(data)
        except scanning.ScannerUnavailable as error:
            self.down = True
            logger.warning("Virus scanner unavailable (%s): uploads held until rescanned", error)
            return scanning.Verdict(ScanStatus.PENDING)


def prepare_upload(upload, scanner):
    """Check, scan and rebuild one upload; return the rebuilt file or raise a message that
    names the file, the problem and what to do."""
    content_type = check_upload(upload)
    name = safe_name(upload.name)
    upload.seek(0)
    data = upload.read()
    verdict = scanner.verdict(data)
    if verdict.infected:
        # The signature's name only: no file name, no patient detail.
        logger.warning("Upload refused: the virus scanner found %s", verdict.signature)
        raise ValidationError(
            _(
                "“%(name)s” did not pass our virus check, so we cannot accept it. "
                "Send your request without it, and bring the report to your visit or fax it "
                "to us%(fax)s."
            )
            % {"name": name, "fax": fax_clause()}
        )
    if content_type == "application/pdf":
        rebuilt = rebuild_pdf(data, name)
    else:
        rebuilt = rebuild_image(data, name, content_type)
    clean = SimpleUploadedFile(name, rebuilt, content_type=content_type)
    clean.detected_type = content_type
    clean.scan_status = verdict.status
    return clean


def fax_clause():
    """' at <fax number>' from the Clinic settings, or nothing when no fax is set."""
    from wagtail.models import Site

    from spineclinic.models import ClinicSettings

    site = Site.objects.filter(is_default_site=True).first()
    fax = ClinicSettings.for_site(site).fax if site else ""
    return _(" at %(fax)s") % {"fax": fax} if fax else ""


def check_upload(upload):
    """Return the file's real type, or raise a message naming the file and the problem."""
    name = safe_name(upload.name)
    raw = str(upload.name or "")
    if any(ch in raw for ch in "/\\") or any(not ch.isprintable() for ch in raw):
        # Browsers send a bare file name; folders or control characters mean tampering.
        raise ValidationError(
            _("“%(name)s” has a name we cannot accept. Rename the file using letters and numbers.")
            % {"name": name}
        )
    if upload.size == 0:
        raise ValidationError(_("“%(name)s” is empty. Choose the file again.") % {"name": name})
    if upload.size > MAX_FILE_SIZE:
        raise ValidationError(
            _("“%(name)s” is %(size)d MB. Each file must be 20 MB or smaller.")
            % {"name": name, "size": round(upload.size / (1024 * 1024))}
        )
    upload.seek(0)
    head = upload.read(16)
    content_type = next((kind for magic, kind in SIGNATURES if head.startswith(magic)), None)
    if content_type is None:
        raise ValidationError(_("“%(name)s” is not a PDF, JPEG or PNG file.") % {"name": name})
    if PurePath(raw).suffix.lower() not in EXTENSIONS[content_type]:
        raise ValidationError(
            _("“%(name)s” does not match its name: it should end in %(extensions)s.")
            % {"name": name, "extensions": _(" or ").join(sorted(EXTENSIONS[content_type]))}
        )
    if content_type == "application/pdf":
        upload.seek(max(upload.size - 2048, 0))
        if b"%%EOF" not in upload.read():
            raise ValidationError(
                _("“%(name)s” is not a complete PDF file. Try saving it again.") % {"name": name}
            )
    upload.seek(0)
    return content_type


# PDFs


class ActiveContent(Exception):
    """The PDF holds a script or a command to run a program."""


def rebuild_pdf(data, name):
    """The PDF written afresh by qpdf from what it parsed: only objects the document uses, no
    scripts, actions (except moving within it and web or mail links), attached files or form
    scripts. Refused when it cannot be parsed, needs a password, or holds scripts."""
    unreadable = _(
        "We could not open “%(name)s” as a PDF, so we cannot accept it. Try saving or "
        "exporting it as a PDF again, or bring it to your visit or fax it to us%(fax)s."
    )
    try:
        with pikepdf.open(io.BytesIO(data)) as document:
            if len(document.pages) == 0:
                raise ValidationError(unreadable % {"name": name, "fax": fax_clause()})
            disarm(document)
            out = io.BytesIO()
            document.save(
                out,
                compress_streams=True,
                object_stream_mode=pikepdf.ObjectStreamMode.generate,
                encryption=False,
            )
    except ValidationError:
        raise
    except pikepdf.PasswordError:
        raise ValidationError(
            _(
                "“%(name)s” is protected with a password, so we cannot open it. Save a copy "
                "without the password, or bring it to your visit or fax it to us%(fax)s."
            )
            % {"name": name, "fax": fax_clause()}
        ) from None
    except ActiveContent:
        raise ValidationError(
            _(
                "“%(name)s” contains scripts or commands, which we cannot accept in a PDF. "
                "Print it to a new PDF (choose “Save as PDF” when printing) and upload that, "
                "or bring it to your visit or fax it to us%(fax)s."
            )
            % {"name": name, "fax": fax_clause()}
        ) from None
    except Exception as error:  # whatever a hostile file makes the parser raise: refused
        logger.info("PDF refused as unreadable (%s)", type(error).__name__)
        raise ValidationError(unreadable % {"name": name, "fax": fax_clause()}) from None
    return out.getvalue()


def objects(document):
    """Every dictionary and stream reachable from the trailer, once, each yielded before its
    children are read (so what is removed from it is never visited)."""
    seen = set()
    stack = [document.trailer]
    while stack:
        obj = stack.pop()
        if not isinstance(obj, pikepdf.Object):
            continue  # numbers and booleans come back as Python values
        if obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            yield obj
            stack.extend(obj.get(key) for key in list(obj.keys()))
        elif isinstance(obj, pikepdf.Array):
            stack.extend(obj)


def disarm(document):
    """Raise ActiveContent for scripts or launch actions anywhere the document can reach
    (names are compared after qpdf has decoded them: /J#61vaScript is /JavaScript); remove
    every other action, attachment and form script."""
    root = document.Root
    for key in UNSAFE_CATALOG_KEYS:
        if key in root:
            check_action(root[key])
            del root[key]
    names = root.get("/Names")
    if isinstance(names, pikepdf.Dictionary):
        if "/JavaScript" in names:
            raise ActiveContent
        for key in UNSAFE_NAME_TREES:
            if key in names:
                del names[key]
    form = root.get("/AcroForm")
    if isinstance(form, pikepdf.Dictionary) and "/XFA" in form:
        del form["/XFA"]  # XFA forms carry their own scripts; viewers fall back to the fields
    for page in document.pages:
        annotations = page.obj.get("/Annots")
        if isinstance(annotations, pikepdf.Array):
            kept = [
                annotation
                for annotation in annotations
                if not (
                    isinstance(annotation, pikepdf.Dictionary)
                    and str(annotation.get("/Subtype", "")) in UNSAFE_ANNOTATIONS
                )
            ]
            if len(kept) != len(annotations):
                page.obj.Annots = pikepdf.Array(kept)
    for obj in objects(document):
        check_action(obj)
        for key in ["/AA", "/EF", "/Next", "/RichMediaContent"]:
            if key in obj:
                del obj[key]  # triggered actions, embedded file data, chained actions
        action = obj.get("/A")
        if isinstance(action, pikepdf.Dictionary) and not safe_action(action):
            del obj["/A"]


def check_action(obj):
    if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream) and (
        "/JS" in obj or str(obj.get("/S", "")) in ("/JavaScript", "/Launch")
    ):
        raise ActiveContent


def safe_action(action):
    kind = str(action.get("/S", ""))
    if kind not in SAFE_ACTIONS:
        return False
    if kind == "/URI":
        uri = action.get("/URI")
        return isinstance(uri, pikepdf.String) and bytes(uri).decode(
            "latin-1"
        ).strip().lower().startswith(SAFE_URI_SCHEMES)
    return True


# Images


def rebuild_image(data, name, content_type):
    """The picture alone, re-encoded: no EXIF (GPS, camera, date), text chunks or anything
    after the image data; turned the way the camera said; colours converted to sRGB."""
    cannot_open = _("“%(name)s” could not be opened as an image.") % {"name": name}
    too_large = _("“%(name)s” is too large an image to open safely.") % {"name": name}
    expected = {"image/jpeg": ("JPEG", "MPO"), "image/png": ("PNG",)}[content_type]
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise ValidationError(too_large)
            if image.format not in expected:
                raise ValidationError(
                    _("“%(name)s” is not a PDF, JPEG or PNG file.") % {"name": name}
                )
            image.load()
            picture = upright(image)
            picture = to_srgb(picture, image.info.get("icc_profile"))
            transparency = image.info.get("transparency")
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise ValidationError(too_large) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        raise ValidationError(cannot_open) from None
    except Exception as error:  # decoders raise many kinds on hostile files: refused, no 500
        logger.info("Image refused as unreadable (%s)", type(error).__name__)
        raise ValidationError(cannot_open) from None
    picture.info = {}
    out = io.BytesIO()
    if content_type == "image/jpeg":
        if picture.mode not in ("L", "RGB", "CMYK"):
            picture = picture.convert("RGB")
        picture.save(out, "JPEG", quality=JPEG_QUALITY, exif=b"", icc_profile=None)
    else:
        options = {"transparency": transparency} if transparency is not None else {}
        if picture.mode not in ("1", "L", "LA", "P", "RGB", "RGBA", "I", "I;16"):
            picture = picture.convert("RGBA")
            options = {}
        picture.save(out, "PNG", optimize=False, **options)
    return out.getvalue()


def upright(image):
    """The picture turned the way its EXIF orientation says; as it is if that cannot be read
    (a photo is not refused for a damaged camera tag)."""
    try:
        return ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, TypeError, KeyError):
        return image.copy()


def to_srgb(picture, icc_profile):
    """The picture in sRGB when it carries another colour profile (the profile itself is not
    kept); unchanged when it has none or the profile cannot be read."""
    if not icc_profile or picture.mode not in ("RGB", "RGBA", "CMYK"):
        return picture
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        mode = "RGBA" if picture.mode == "RGBA" else "RGB"
        return ImageCms.profileToProfile(
            picture, source, ImageCms.createProfile("sRGB"), outputMode=mode
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return picture
