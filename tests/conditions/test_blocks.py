"""Block validation and rendering that editors rely on."""

import pytest
from wagtail.blocks import StructBlockValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from spineclinic.blocks import CallToActionBlock, ImageWithCaptionBlock

pytestmark = pytest.mark.django_db


def test_call_to_action_needs_exactly_one_target(home):
    block = CallToActionBlock()
    base = {"heading": "Ask us", "text": "", "link_text": "Ask"}
    with pytest.raises(StructBlockValidationError) as neither:
        block.clean(block.to_python(dict(base, page=None, url="")))
    assert "Choose a page or enter an address for the link." in str(
        neither.value.block_errors["page"]
    )
    with pytest.raises(StructBlockValidationError) as both:
        block.clean(block.to_python(dict(base, page=home.pk, url="https://example.org/")))
    assert "not both" in str(both.value.block_errors["page"])
    assert block.clean(block.to_python(dict(base, page=home.pk, url="")))["page"].pk == home.pk


def test_image_block_renders_alt_text_caption_and_dimensions(home):
    image = Image.objects.create(title="Spine regions", file=get_test_image_file(size=(1200, 900)))
    block = ImageWithCaptionBlock()
    html = block.render(
        block.to_python(
            {"image": image.pk, "alt_text": "The spine's four regions", "caption": "Regions"}
        )
    )
    assert (
        'alt="The spine&#x27;s four regions"' in html or 'alt="The spine\'s four regions"' in html
    )
    assert "<figcaption>Regions</figcaption>" in html
    # Responsive renditions: AVIF and WebP sources, a JPEG fallback, and the fallback's width
    # and height in the image's own proportions so nothing shifts while it loads.
    assert 'type="image/avif"' in html and 'type="image/webp"' in html
    assert ".jpg 800w" in html and ".avif 1200w" in html
    assert 'width="400"' in html and 'height="300"' in html
