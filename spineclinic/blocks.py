"""StreamField blocks for clinical pages. Each renders through templates/blocks/."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from . import redflags
from .choices import ContactItem, HeadingLevel, PracticeFact

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


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


class CareCardValue(blocks.StructValue):
    """A care card's level and signs come from the red-flag table, never from the editor."""

    def signs(self):
        return redflags.signs_or_emergency(self.get("flags"))

    def level(self):
        return redflags.level_of(sign.key for sign in self.signs())

    def call_now(self):
        return (
            any(sign.call_now for sign in self.signs()) and self.level() == redflags.Level.SAME_DAY
        )


class CareCardBlock(blocks.StructBlock):
    """A callout listing signs from the red-flag table. Its level is the most urgent of the
    signs chosen; the page adds the practice's exact instructions and phone number."""

    flags = blocks.MultipleChoiceBlock(
        choices=redflags.choices,
        help_text="The signs this card is about, from the practice's red-flag table. The card's "
        "level (emergency, same day or routine) is the most urgent of them, and their wording "
        "is the table's.",
    )
    heading = blocks.CharBlock(
        max_length=120, help_text="The situation, e.g. 'Bladder or bowel problems'."
    )
    body = ParagraphBlock(
        required=False,
        help_text="Optional words before the signs. Do not type levels, phone numbers or "
        "instructions: they come from the red-flag table and the clinic settings.",
    )

    class Meta:
        icon = "warning"
        template = "blocks/care_card_block.html"
        value_class = CareCardValue
        preview_value = {
            "flags": ["bladder_bowel"],
            "heading": "Bladder or bowel problems",
            "body": "<p>This can be a sign of pressure on the spinal cord.</p>",
        }
        description = "A care card: signs from the red-flag table with the standard instructions."


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
    page = blocks.PageChooserBlock(required=False, help_text="Link to a page on this site...")
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
    pages = blocks.ListBlock(blocks.PageChooserBlock(), min_num=1)

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


class PracticeFactsBlock(blocks.StructBlock):
    """Figures only the practice can give (waits, insurance plans, costs), always taken from
    the clinic settings with the date they were last confirmed, never typed into a page."""

    heading = blocks.CharBlock(max_length=120)
    intro = blocks.CharBlock(required=False, max_length=300)
    show = blocks.MultipleChoiceBlock(
        choices=PracticeFact.choices,
        help_text="Which facts to show. They come from Settings > Clinic settings.",
    )

    class Meta:
        icon = "calendar-alt"
        template = "blocks/practice_facts_block.html"
        preview_value = {"heading": "Typical waits", "intro": "", "show": ["waits"]}
        description = "Waiting times, insurance plans or costs from the clinic settings."


class LanguageAssistanceBlock(blocks.StructBlock):
    """The notice that free interpreters are available, with the taglines in the ten most
    common languages of New York City after English (spineclinic/languages.py) and the main
    phone number from the clinic settings."""

    heading = blocks.CharBlock(default="Help in your language", max_length=120)
    intro = blocks.TextBlock(
        required=False,
        max_length=400,
        help_text="A sentence before the notices, e.g. that interpreters are free for calls and "
        "visits.",
    )

    class Meta:
        icon = "globe"
        template = "blocks/language_assistance_block.html"
        preview_value = {"heading": "Help in your language", "intro": ""}
        description = "Free language assistance, in eleven languages, with the main number."


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
    practice_facts = PracticeFactsBlock()
    language_assistance = LanguageAssistanceBlock()

    class Meta:
        template = "blocks/body_stream_block.html"
