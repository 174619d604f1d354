"""Files for the upload tests: small valid PDFs and images, and the penetration test's hostile
variants of them, built byte by byte so that each trick is exactly what the test says."""

import io
import zipfile

import pikepdf
from PIL import Image

# The EICAR anti-virus test string: harmless, and detected by every scanner as a test virus.
EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"

HTML_PAYLOAD = b"<html><body><script>alert(document.domain)</script></body></html>"


def pdf(
    catalog=b"", page=b"", extra_objects=(), header=b"%PDF-1.7\n", tail=b"", text=b"MRI report"
):
    """A one-page PDF showing `text`, with a correct cross-reference table. `catalog` and
    `page` are added to those dictionaries; `extra_objects` become objects 6, 7, ..."""
    content = b"BT /F1 24 Tf 72 700 Td (" + text + b") Tj ET"
    objects = [
        b"<</Type/Catalog/Pages 2 0 R" + catalog + b">>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 5 0 R>>>>"
        b"/Contents 4 0 R" + page + b">>",
        b"<</Length %d>>stream\n" % len(content) + content + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
        *extra_objects,
    ]
    out = bytearray(header)
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out) + tail


def pdf_in_object_streams(catalog_action):
    """A PDF whose catalog (with `catalog_action` as its OpenAction) sits inside a compressed
    object stream: the action's words never appear in the file's bytes."""
    with pikepdf.open(io.BytesIO(pdf())) as document:
        document.Root.OpenAction = catalog_action
        out = io.BytesIO()
        document.save(
            out,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
            compress_streams=True,
        )
    return out.getvalue()


def image(fmt, size=(40, 30), mode="RGB", **save_options):
    buffer = io.BytesIO()
    Image.new(mode, size, 1 if mode == "1" else "white").save(buffer, fmt, **save_options)
    return buffer.getvalue()


def zip_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("evil.exe", b"MZ" + b"\x00" * 100)
    return buffer.getvalue()


# The penetration test's six files that were stored as sent (issue 16, item 4).
PEN_TEST_CASES = {
    "name-escaped JavaScript (/J#61vaScript)": (
        "report.pdf",
        pdf(catalog=b"/OpenAction<</S/J#61vaScript/J#53(app.alert\\(1\\))>>"),
    ),
    "name-escaped Launch (/L#61unch)": (
        "report.pdf",
        pdf(catalog=b"/OpenAction<</S/L#61unch/F(cmd.exe)>>"),
    ),
    "JavaScript inside a compressed object stream": (
        "report.pdf",
        pdf_in_object_streams(
            pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
        ),
    ),
    "PDF/HTML polyglot": (
        "report.pdf",
        pdf(header=b"%PDF-1.7\n%" + HTML_PAYLOAD + b"\n", tail=HTML_PAYLOAD),
    ),
    "JPEG+ZIP polyglot": ("photo.jpg", image("JPEG") + zip_bytes()),
    "PNG with HTML appended": ("scan.png", image("PNG") + HTML_PAYLOAD),
}

# What must not survive in a stored file, for each case.
PAYLOAD_MARKERS = [b"<script", b"<html", b"PK\x03\x04", b"evil.exe", b"app.alert", b"cmd.exe"]


ACTIVE_KEYS = {
    "/JS",
    "/JavaScript",
    "/OpenAction",
    "/AA",
    "/EmbeddedFiles",
    "/EmbeddedFile",
    "/XFA",
}
ACTIVE_VALUES = {"/JavaScript", "/Launch", "/FileAttachment", "/SubmitForm", "/ImportData"}


def active_content(data):
    """The active parts left in a PDF's bytes (an empty set when it is inert), found by
    reading every object qpdf can see, whatever its encoding or object stream."""
    found = set()
    with pikepdf.open(io.BytesIO(data)) as document:
        for obj in document.objects:
            stack = [obj]
            seen = 0
            while stack and seen < 100_000:
                seen += 1
                item = stack.pop()
                if isinstance(item, pikepdf.Stream):
                    item = item.stream_dict
                if isinstance(item, pikepdf.Dictionary):
                    for key in item:
                        if key in ACTIVE_KEYS:
                            found.add(key)
                        value = item.get(key)
                        if isinstance(value, pikepdf.Name) and str(value) in ACTIVE_VALUES:
                            found.add(str(value))
                        elif not getattr(value, "is_indirect", False):
                            stack.append(value)
                elif isinstance(item, pikepdf.Array):
                    stack.extend(v for v in item if not getattr(v, "is_indirect", False))
    return found
