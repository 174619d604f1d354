"""StreamField blocks for clinical pages. Each renders through templates/blocks/."""

import functools
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from .choices import ContactItem, HeadingLevel, Urgency

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]

# The pages chosen in the StreamFields of the page being served, read once for the whole page
# (see `chosen_pages`); None outside a page view.
_chosen = ContextVar("chosen_pages", default=None)


class PageChooserBlock(blocks.PageChooserBlock):
    """Wagtail's page chooser. While a page is served, the pages chosen anywhere in its
    StreamFields come from one read for the whole page (as their own page types, so cards can
    show their summaries) instead of one query per field and another per card."""

    def bulk_to_python(self, values):
        chosen = _chosen.get()
        if chosen is not None and all(value in chosen for value in values if value):
            return [chosen.get(value) for value in values]
        return super().bulk_to_python(values)

    def deconstruct(self):
        # Stored and edited exactly like Wagtail's own block: migrations need not know.
        _, args, kwargs = super().deconstruct()
        return "wagtail.blocks.PageChooserBlock", args, kwargs


def _chosen_ids(block, value, ids):
    """Collect the page ids chosen anywhere in a block's raw (JSON) value."""
    if value in (None, "", [], {}):
        return
    if isinstance(block, blocks.PageChooserBlock):
        if isinstance(value, int):
            ids.add(value)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            _chosen_ids(child, value.get(name) if isinstance(value, dict) else None, ids)
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                item = item["value"]
            _chosen_ids(block.child_block, item, ids)
    elif isinstance(block, blocks.StreamBlock):
        for item in value:
            if isinstance(item, dict) and item.get("type") in block.child_blocks:
                _chosen_ids(block.child_blocks[item["type"]], item.get("value"), ids)


@functools.cache
def _card_columns():
    """SQL for a card's summary and urgency, whatever the page's type: each page type's table
    looked up by primary key (an index lookup each, and cheap for the database to plan)."""
    from django.apps import apps
    from wagtail.models import Page

    from .models import SymptomPage

    # Only table and column names from the models' own definitions: nothing from a request.
    def lookup(model, column):
        table, key = model._meta.db_table, model._meta.pk.column
        return f'(SELECT "{column}" FROM "{table}" WHERE "{key}" = "wagtailcore_page"."id")'  # noqa: S608  # nosec B608

    summaries = [
        lookup(model, "summary")
        for model in apps.get_models()
        if issubclass(model, Page)
        and model is not Page
        and any(field.name == "summary" for field in model._meta.local_fields)
    ]
    summary = "COALESCE(" + ", ".join([*summaries, "''"]) + ")"
    return summary, lookup(SymptomPage, "urgency")


def card_pages(queryset):
    """Pages (a queryset of `Page`) with what a card shows: title, address, `summary` and a
    symptom's `urgency`, in one query whatever their page types."""
    from django.db.models import CharField
    from django.db.models.expressions import RawSQL

    summary, urgency = _card_columns()
    return queryset.annotate(
        summary=RawSQL(summary, (), output_field=CharField()),  # noqa: S611  # nosec B611
        urgency=RawSQL(urgency, (), output_field=CharField()),  # noqa: S611  # nosec B611
    )


@contextmanager
def chosen_pages(page):
    """While serving `page`, read every page chosen in its StreamFields at once."""
    from wagtail.fields import StreamField
    from wagtail.models import Page

    ids = set()
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            stream = getattr(page, field.name, None)
            if stream is not None:
                _chosen_ids(field.stream_block, list(stream.raw_data), ids)
    found = {}
    if ids:
        found = {p.pk: p for p in card_pages(Page.objects.filter(pk__in=ids).order_by())}
    token = _chosen.set({pk: found.get(pk) for pk in ids})
    try:
        yield
    finally:
        _chosen.reset(token)


class HeadingBlock(blocks.StructBlock):
    """A section heading; h2 headings also appear in the page's contents list."""

    text = blocks.CharBlock(max_length=120, help_text="A question a patient would ask, ideally.")
    level = blocks.ChoiceBlock(choices=HeadingLevel.choices, default=HeadingLevel.H2)

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        preview_value = {"text": "When can surgery help?", "level": "h2"}
        description = "A section heading (h2) or subheading (h3)."


class ParagraphBlock(blocks.RichTextBlock):
    """Body text."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        preview_value = "<p>Short sentences, one idea per paragraph.</p>"
        description = "Paragraphs and lists of text."


class CareCardBlock(blocks.StructBlock):
    """A callout saying how urgent something is; the page adds the practice's exact
    instructions and phone number for that level from the clinic settings."""

    urgency = blocks.ChoiceBlock(choices=Urgency.choices, default=Urgency.URGENT)
    heading = blocks.CharBlock(
        max_length=120, help_text="The symptom or situation, e.g. 'Bladder or bowel problems'."
    )
    body = ParagraphBlock(
        required=False,
        help_text="What the symptom or situation is. Do not type phone numbers or "
        "instructions: they are added from the clinic settings.",
    )

    class Meta:
        icon = "warning"
        template = "blocks/care_card_block.html"
        preview_value = {
            "urgency": "emergency",
            "heading": "Sudden loss of bladder or bowel control",
            "body": "<p>This can be a sign of pressure on the spinal cord.</p>",
        }
        description = "A routine, urgent or emergency care card with the standard instructions."


class ChecklistBlock(blocks.StructBlock):
    """A bulleted list, e.g. symptoms or what to bring."""

    heading = blocks.CharBlock(required=False, max_length=120)
    intro = blocks.CharBlock(
        required=False, max_length=300, help_text="One sentence before the list."
    )
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/checklist_block.html"
        preview_value = {
            "heading": "What to bring",
            "intro": "",
            "items": ["Your scan reports", "A list of your medicines"],
        }
        description = "A short list with an optional heading."


class CallToActionBlock(blocks.StructBlock):
    """A prominent link to a page on this site or another address."""

    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=400)
    page = PageChooserBlock(required=False, help_text="Link to a page on this site...")
    url = blocks.URLBlock(required=False, help_text="...or to another address (not both).")
    link_text = blocks.CharBlock(max_length=60, help_text="Say where the link goes.")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = "Choose a page or enter an address, not both."
            if not value.get("page") and not value.get("url"):
                message = "Choose a page or enter an address for the link."
            raise blocks.StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(message)])}
            )
        return value

    class Meta:
        icon = "link"
        template = "blocks/call_to_action_block.html"
        preview_value = {
            "heading": "Ask for a second opinion",
            "text": "We can look at your scans and reports.",
            "url": "https://example.org/",
            "link_text": "Ask for a second opinion",
        }
        description = "A box with a heading, a sentence and one link."


class ImageWithCaptionBlock(blocks.StructBlock):
    """An image with alternative text and an optional caption."""

    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text="What the image shows, for people who cannot see it. "
        "Leave empty only if the image is decorative.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_with_caption_block.html"
        description = "An image with alternative text and a caption."


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    answer = ParagraphBlock()


class FAQBlock(blocks.StructBlock):
    """Questions and answers (also published as FAQ structured data)."""

    heading = blocks.CharBlock(default="Common questions", max_length=120)
    items = blocks.ListBlock(FAQItemBlock(), min_num=1)

    class Meta:
        icon = "help"
        template = "blocks/faq_block.html"
        preview_value = {
            "heading": "Common questions",
            "items": [{"question": "Can a family member come?", "answer": "<p>Yes.</p>"}],
        }
        description = "A list of questions with their answers."


class RelatedPagesBlock(blocks.StructBlock):
    """Cards linking to other pages of the site."""

    heading = blocks.CharBlock(default="Related pages", max_length=120)
    pages = blocks.ListBlock(PageChooserBlock(), min_num=1)

    class Meta:
        icon = "doc-full"
        template = "blocks/related_pages_block.html"
        description = "Links to other pages, shown as cards with their summaries."


class ContactDetailsBlock(blocks.StructBlock):
    """The practice's contact details, always taken from the clinic settings."""

    heading = blocks.CharBlock(default="Contact us", max_length=120)
    intro = blocks.CharBlock(required=False, max_length=300)
    show = blocks.MultipleChoiceBlock(
        choices=ContactItem.choices,
        default=[ContactItem.MAIN_PHONE, ContactItem.URGENT_PHONE],
        help_text="Which details to show. They come from Settings > Clinic settings.",
    )

    class Meta:
        icon = "mail"
        template = "blocks/contact_details_block.html"
        preview_value = {"heading": "Contact us", "intro": "", "show": ["main_phone"]}
        description = "Phone, fax, email, address or hours from the clinic settings."


class BodyStreamBlock(blocks.StreamBlock):
    """The blocks available in every page body."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    care_card = CareCardBlock()
    checklist = ChecklistBlock()
    call_to_action = CallToActionBlock()
    image = ImageWithCaptionBlock()
    faq = FAQBlock()
    related_pages = RelatedPagesBlock()
    contact_details = ContactDetailsBlock()

    class Meta:
        template = "blocks/body_stream_block.html"
