"""Reports sent with a request: checked by content, stored privately under random names."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from consultations.models import PatientRequest, RequestFile

from .conftest import second_opinion_data

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def png_bytes(size=(40, 30), mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size, 1 if mode == "1" else "white").save(buffer, "PNG")
    return buffer.getvalue()


def jpeg_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, "JPEG")
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def post_files(client, form_pages, files):
    return client.post(form_pages["second_opinion"].url, {**second_opinion_data(), "files": files})


def test_reports_are_stored_privately_with_random_names(client, form_pages):
    response = post_files(
        client,
        form_pages,
        [
            upload("MRI report Canary.pdf", PDF, "application/pdf"),
            upload("scan.png", png_bytes(), "image/png"),
            upload("photo.JPG", jpeg_bytes(), "image/jpeg"),
        ],
    )
    assert response.status_code == 302
    files = list(PatientRequest.objects.get().files.all())
    assert [f.original_name for f in files] == ["MRI report Canary.pdf", "scan.png", "photo.JPG"]
    assert [f.content_type for f in files] == ["application/pdf", "image/png", "image/jpeg"]
    for request_file in files:
        assert "Canary" not in request_file.file.name
        assert request_file.file.name.startswith("requests/")
        assert request_file.file.storage.exists(request_file.file.name)
        assert not request_file.file.name.startswith("media/")
    with pytest.raises(ValueError):
        _ = files[0].file.url  # the private storage has no public address


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ([upload("report.pdf", b"MZ\x90\x00" + b"\x00" * 200)], "is not a PDF, JPEG or PNG file"),
        ([upload("report.pdf", b"%PDF-1.4\nno end marker")], "is not a complete PDF file"),
        ([upload("scan.png", b"\x89PNG\r\n\x1a\n" + b"junk" * 20)], "could not be opened"),
        ([upload("scan.pdf", png_bytes())], "does not match its name"),
        ([upload("empty.pdf", b"")], "is empty"),
        (
            [upload("big.pdf", PDF + b"0" * (20 * 1024 * 1024))],
            "Each file must be 20 MB or smaller",
        ),
        (
            [upload(f"r{i}.pdf", PDF) for i in range(6)],
            "You can upload up to 5 files. You chose 6.",
        ),
        (
            [
                upload(
                    "script.pdf", PDF.replace(b"/Catalog", b"/Catalog/OpenAction<</S/JavaScript>>")
                )
            ],
            "contains scripts",
        ),
    ],
)
def test_bad_uploads_are_refused_and_nothing_is_kept(client, form_pages, files, message):
    response = post_files(client, form_pages, files)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "please choose your files again" in html
    assert 'value="Maria Canary-Lopez"' in html  # the typed answers are kept
    assert PatientRequest.objects.count() == 0 and RequestFile.objects.count() == 0


def test_decompression_bomb_is_refused(client, form_pages):
    bomb = png_bytes(size=(10000, 6000), mode="1")  # 60 megapixels of white compresses to little
    response = post_files(client, form_pages, [upload("bomb.png", bomb)])
    assert "too large an image to open safely" in response.content.decode()
    assert RequestFile.objects.count() == 0
