"""The Spanish site, from reviewable files.

Each Spanish page (and clinician) is the translation of its English source in wagtail-localize's
sense: same `translation_key`, its words in wagtail-localize's translation memory, edited side
by side in the admin, exported to and imported from PO files. The first Spanish content lives
in `spineclinic/content/es/`, one PO file per page (`<page path>.po`, `home.po` for the home page)
and per clinician (`clinicians/<slug>.po`): the English of each text in `msgid`, its Spanish in
`msgstr`, the standard format a professional translator and a clinician can read and review.

A page is translated only when its file gives Spanish for every one of its texts: the Spanish
site never shows a half-English page. Untranslated pages are reported and left out; visitors
who ask for them in Spanish get the English page (spineclinic.languages).
"""

import re
from dataclasses import dataclass
from pathlib import Path

import polib
from django.db import transaction
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

PO_DIR = Path(__file__).resolve().parent / "es"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def po_path(name, directory=None):
    """The file of a page's ref ("" for the home page) or of "clinicians/<slug>"."""
    return Path(directory or PO_DIR) / f"{name or 'home'}.po"


def page_ref(page, home):
    """A page's path below the home page: "" for the home page, "symptoms/back-pain"."""
    return page.url_path.removeprefix(home.url_path).strip("/")


def source_strings(instance):
    """The source's texts in their order, each with where it is used (its context), as
    wagtail-localize extracts them from the English, up to date."""
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    segments = (
        StringSegment.objects.filter(source=source)
        .order_by("order")
        .select_related("string", "context")
    )
    return source, [(segment.string.data, segment.context.path) for segment in segments]


def where_used(context):
    """The field (and block type) a text is from, for the translator: "body (heading)". The
    blocks' ids are left out, so a file does not change when the content is loaded again."""
    field, *rest = [part for part in context.split(".") if not UUID.fullmatch(part)]
    return f"{field} ({'.'.join(rest)})" if rest else field


def read_po(path):
    """msgid -> msgstr of a PO file (empty strings left out), or {} if there is no file."""
    if not Path(path).exists():
        return {}
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(path)) if entry.msgstr}


def export(instance, path):
    """Write (or refresh) the PO file of a source: every text of the English as it is now, with
    the Spanish the file already had for it. Returns how many texts still need Spanish."""
    _, strings = source_strings(instance)
    known = read_po(path)
    po = polib.POFile(wrapwidth=99)
    po.metadata = {
        "Content-Type": "text/plain; charset=utf-8",
        "Language": "es",
        "MIME-Version": "1.0",
    }
    seen = set()
    for text, context in strings:
        if text in seen:
            continue
        seen.add(text)
        po.append(
            polib.POEntry(msgid=text, msgstr=known.get(text, ""), comment=where_used(context))
        )
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return sum(1 for entry in po if not entry.msgstr)


@dataclass
class Outcome:
    translated: object = None  # the Spanish page or snippet, when made or updated
    missing: int = 0  # texts without Spanish (nothing is made while any is missing)
    created: bool = False


def translate(instance, locale, path, publish=True):
    """Make or update the translation of `instance` into `locale` from the PO file at `path`,
    if it gives Spanish for every text. Publishing it is a publish like any other: a clinical
    page published this way is recorded as published without clinical sign-off."""
    spanish = read_po(path)
    source, strings = source_strings(instance)
    missing = {text for text, _ in strings if not spanish.get(text)}
    if not strings or missing:
        return Outcome(missing=len(missing) if strings else 0)
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=utf-8"}
    for text, context in strings:
        po.append(polib.POEntry(msgid=text, msgctxt=context, msgstr=spanish[text]))
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    # Pages and draftable snippets are saved as a draft first: wagtail-localize would otherwise
    # publish after the commit, which the caller's transaction (a loader's, a test's) decides.
    draftable = isinstance(instance, Page | DraftStateMixin)
    with transaction.atomic():
        translation.import_po(po, delete=True)
        translated, created = source.create_or_update_translation(
            locale, publish=not draftable, copy_parent_pages=False, fallback=True
        )
        if publish and draftable:
            translated.get_latest_revision().publish()
    if isinstance(translated, Page):
        translated = translated.specific
    return Outcome(translated=translated, created=created)
