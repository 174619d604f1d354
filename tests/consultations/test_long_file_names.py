"""A genuine report with a very long file name is accepted, its name shortened safely."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from consultations.models import PatientRequest
from consultations.uploads import safe_name

from .conftest import second_opinion_data

pytestmark = pytest.mark.django_db


def genuine_pdf():
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), "white").save(buffer, "PDF")
    return buffer.getvalue()


def test_a_pdf_with_a_name_over_200_characters_is_accepted(client, form_pages):
    name = "MRI thoracic spine report " + "with contrast and comparison " * 9 + "2026.pdf"
    assert len(name) > 250
    response = client.post(
        form_pages["second_opinion"].url,
        {
            **second_opinion_data(),
            "files": [SimpleUploadedFile(name, genuine_pdf(), "application/pdf")],
        },
    )
    assert response.status_code == 302, "should end in" in response.content.decode()
    stored = PatientRequest.objects.get().files.get()
    assert stored.content_type == "application/pdf"
    assert len(stored.original_name) <= 200
    assert stored.original_name.startswith("MRI thoracic spine report with contrast")
    assert stored.original_name.endswith(".pdf")
    assert stored.file.name.endswith(".pdf")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a" * 300 + ".pdf", "a" * 196 + ".pdf"),
        ("scan " * 60 + ".jpeg", ("scan " * 60)[:195].rstrip() + ".jpeg"),
        ("x" * 250, "x" * 200),
        ("report." + "y" * 250, ("report." + "y" * 250)[:200]),  # a dot, not an extension
        ("short.pdf", "short.pdf"),
        ("../../etc/" + "b" * 300 + ".png", "b" * 196 + ".png"),
    ],
)
def test_long_names_are_shortened_keeping_the_extension(name, expected):
    assert safe_name(name) == expected
    assert len(safe_name(name)) <= 200
