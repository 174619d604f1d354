"""Hostile uploads: every one refused, nothing left in storage."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from consultations.models import PatientRequest, RequestFile
from tests.consultations.conftest import (  # noqa: F401 (form_pages is a fixture)
    form_pages,
    second_opinion_data,
    stored_file_names,
)
from tests.upload_samples import PAYLOAD_MARKERS, PEN_TEST_CASES, active_content, pdf

pytestmark = pytest.mark.django_db


PDF = pdf()


def image(fmt, size=(32, 32), mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size, 1 if mode == "1" else "white").save(buffer, fmt)
    return buffer.getvalue()


def zip_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("evil.exe", b"MZ" + b"\x00" * 100)
    return buffer.getvalue()


HOSTILE = {
    "windows executable named .pdf": ("report.pdf", b"MZ\x90\x00\x03" + b"\x00" * 500),
    "linux executable named .pdf": ("report.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 500),
    "shell script named .pdf": ("report.pdf", b"#!/bin/sh\nrm -rf /\n"),
    "html named .pdf": ("report.pdf", b"<html><script>alert(1)</script></html>"),
    "svg with script named .png": (
        "scan.png",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    ),
    "svg with script as .svg": (
        "scan.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    ),
    "zip named .png": ("scan.png", zip_bytes()),
    "php named .jpg": ("photo.jpg", b"<?php system($_GET['c']); ?>"),
    "pdf header then html (polyglot, no end)": (
        "report.pdf",
        b"%PDF-1.4\n<html><script>alert(1)</script></html>",
    ),
    "pdf with javascript action": (
        "report.pdf",
        PDF.replace(b"/Catalog", b"/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>"),
    ),
    "pdf with launch action": (
        "report.pdf",
        PDF.replace(b"/Catalog", b"/Catalog/OpenAction<</S/Launch/F(cmd.exe)>>"),
    ),
    "jpeg header then zip (gifar-like)": ("photo.jpg", b"\xff\xd8\xff\xe0" + zip_bytes()),
    "png header, garbage body": ("scan.png", b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 50),
    "truncated png": ("scan.png", image("PNG")[:40]),
    "decompression bomb png": ("bomb.png", image("PNG", size=(12000, 6000), mode="1")),
    "gif named .png": ("scan.png", image("GIF")),
    "bmp named .jpg": ("photo.jpg", image("BMP")),
    "tiff named .jpg": ("photo.jpg", image("TIFF")),
    "png named .pdf": ("report.pdf", image("PNG")),
    "pdf named .exe": ("report.exe", PDF),
    "empty file": ("empty.pdf", b""),
    "oversized pdf": ("big.pdf", PDF + b"0" * (20 * 1024 * 1024 + 1)),
    "text named .pdf": ("notes.pdf", b"Just some notes about the scan.\n"),
}


@pytest.fixture(autouse=True)
def no_rate_limit(settings):
    settings.REQUEST_FORM_RATE = "100000/m"


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_upload_is_refused_and_nothing_kept(client, form_pages, case):  # noqa: F811
    name, content = HOSTILE[case]
    data = second_opinion_data()
    data["files"] = [SimpleUploadedFile(name, content, content_type="application/pdf")]
    before = stored_file_names()
    response = client.post(form_pages["second_opinion"].url, data)
    assert response.status_code == 200, case
    assert "There is a problem" in response.content.decode()
    assert PatientRequest.objects.count() == 0 and RequestFile.objects.count() == 0
    assert stored_file_names() == before


def test_six_files_are_refused(client, form_pages):  # noqa: F811
    data = second_opinion_data()
    data["files"] = [SimpleUploadedFile(f"r{i}.pdf", PDF) for i in range(6)]
    response = client.post(form_pages["second_opinion"].url, data)
    assert "You can upload up to 5 files" in response.content.decode()
    assert RequestFile.objects.count() == 0


@pytest.mark.parametrize("name", ["../../etc/passwd.pdf", "..\\..\\boot.pdf", "re\x00port.pdf"])
def test_path_or_nul_in_a_name_never_reaches_storage(client, form_pages, name):  # noqa: F811
    data = second_opinion_data()
    data["files"] = [SimpleUploadedFile(name, PDF)]
    response = client.post(form_pages["second_opinion"].url, data)
    # Django reduces a posted file name to its last part before we see it; whatever is left is
    # either refused or stored under a random name with no folders in its recorded name.
    for request_file in RequestFile.objects.all():
        assert request_file.file.name.startswith("requests/")
        assert ".." not in request_file.file.name and "/" not in request_file.original_name
        assert "\\" not in request_file.original_name and "\x00" not in request_file.original_name
    assert response.status_code in (200, 302)


def stored_bytes(request_file):
    with request_file.file.open("rb") as handle:  # the storage decrypts
        return handle.read()


@pytest.mark.parametrize("case", sorted(PEN_TEST_CASES))
def test_penetration_test_files_are_refused_or_disarmed(client, form_pages, case):  # noqa: F811
    """Each file the penetration test got stored as sent is now either refused with a message,
    or stored rebuilt: no script, launch, HTML or appended archive in the bytes staff open."""
    name, content = PEN_TEST_CASES[case]
    data = second_opinion_data()
    data["files"] = [SimpleUploadedFile(name, content)]
    response = client.post(form_pages["second_opinion"].url, data)
    if response.status_code == 200:
        assert "There is a problem" in response.content.decode()
        assert RequestFile.objects.count() == 0
        return
    assert response.status_code == 302, case
    stored = stored_bytes(RequestFile.objects.get())
    assert stored != content
    for marker in PAYLOAD_MARKERS:
        assert marker not in stored, (case, marker)
    if name.endswith(".pdf"):
        assert active_content(stored) == set()
    else:
        with Image.open(io.BytesIO(stored)) as stored_image:
            stored_image.load()
            assert stored_image.size == (40, 30)
