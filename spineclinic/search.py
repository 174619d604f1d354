"""Site search: cleaning what people type, synonyms, and highlighted result summaries.

The database search backend has no synonyms, so they are added here, in one place, by query
expansion: each synonym found in a query is replaced by "any of its group", so a search for
"MESCC" also finds pages that say "spinal cord compression", and the other way round.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from html import unescape

from django.utils.html import escape
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail.search.query import And, Or, Phrase, PlainText

MAX_QUERY_LENGTH = 100
MAX_WORDS = 12

# Words patients and clinicians use for the same thing. Each group is searched as one concept.
SYNONYMS = [
    [
        "mescc",
        "cord compression",
        "spinal cord compression",
        "metastatic epidural spinal cord compression",
        "escc",
        "epidural spinal cord compression",
    ],
    [
        "sbrt",
        "stereotactic radiotherapy",
        "stereotactic body radiotherapy",
        "stereotactic radiation",
        "stereotactic body radiation therapy",
        "srs",
        "radiosurgery",
    ],
    ["kyphoplasty", "vertebroplasty", "cement", "bone cement", "cement augmentation"],
    ["mets", "metastases", "metastasis", "metastatic", "secondaries", "secondary cancer"],
    ["radiotherapy", "radiation", "radiation therapy"],
    ["tumor", "tumour", "tumors", "tumours", "lesion", "lesions"],
    ["stabilization", "stabilisation", "fixation", "screws and rods", "fusion"],
    ["sins", "spinal instability", "instability", "unstable spine"],
    ["numbness", "numb", "tingling", "pins and needles"],
    ["weakness", "weak legs", "weak", "can't walk", "cannot walk", "difficulty walking"],
    ["incontinence", "bladder", "bowel", "bowels"],
    ["oncologist", "cancer doctor", "oncology"],
    ["neurosurgeon", "spine surgeon", "spinal surgeon"],
    ["second opinion", "another opinion", "second view"],
    ["mri", "mri scan", "magnetic resonance"],
    ["referral", "refer", "referring"],
    ["appointment", "consultation", "consult"],
]

# The same for Spanish pages (/es/search/). Each wording is also found typed without its
# accents ("metastasis", "medula"), as people often type on a phone.
SYNONYMS_ES = [
    [
        "compresión medular",
        "compresión de la médula",
        "compresión de la médula espinal",
        "mescc",
        "escc",
        "compresión epidural",
    ],
    ["metástasis", "metastásico", "metastásica", "metastásicos", "cáncer que se ha extendido"],
    ["médula", "médula espinal"],
    ["columna", "columna vertebral", "vértebra", "vértebras", "espalda"],
    ["cifoplastia", "vertebroplastia", "cemento", "cemento óseo"],
    ["radioterapia", "radiación", "rayos", "sbrt", "radiocirugía"],
    ["cirugía", "operación", "operar", "cirujano"],
    ["descompresión", "descomprimir"],
    ["estabilización", "fijación", "tornillos", "fusión"],
    ["inestabilidad", "columna inestable", "sins"],
    ["adormecimiento", "entumecimiento", "hormigueo", "adormecido", "dormido"],
    ["debilidad", "débil", "no puedo caminar", "dificultad para caminar"],
    ["vejiga", "orina", "orinar", "intestino", "incontinencia"],
    ["dolor", "dolores", "duele"],
    ["síntomas", "síntoma", "señales", "señal"],
    ["cáncer", "tumor", "tumores", "lesión", "lesiones"],
    ["oncólogo", "oncóloga", "oncología", "médico del cáncer"],
    ["neurocirujano", "neurocirujana", "cirujano de columna"],
    ["segunda opinión", "otra opinión"],
    ["resonancia", "resonancia magnética", "rm", "mri"],
    ["remisión", "remitir", "referir", "referencia"],
    ["cita", "consulta", "turno"],
    ["emergencia", "urgencia", "urgencias", "sala de emergencias"],
]
SYNONYMS_BY_LANGUAGE = {"en": SYNONYMS, "es": SYNONYMS_ES}

# Words that say nothing about what someone is looking for; dropped unless nothing else is left.
STOP_WORDS = {
    "a", "about", "am", "an", "and", "are", "can", "do", "does", "for", "from", "get", "have",
    "how", "i", "if", "in", "is", "it", "me", "my", "of", "on", "or", "should", "that", "the",
    "there", "to", "what", "when", "where", "which", "who", "why", "will", "with", "you",
    "your",
}  # fmt: skip

STOP_WORDS_ES = {
    "a", "al", "como", "con", "cual", "cuando", "de", "del", "donde", "el", "en", "es", "esta",
    "este", "hay", "la", "las", "lo", "los", "me", "mi", "mis", "para", "pero", "por", "puede",
    "que", "se", "si", "sin", "su", "sus", "tengo", "un", "una", "y", "yo",
}  # fmt: skip
STOP_WORDS_BY_LANGUAGE = {"en": STOP_WORDS, "es": STOP_WORDS_ES}

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)


def unaccented(text):
    """The text without its accents ("médula" -> "medula"); ñ stays ñ."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(
        char
        for index, char in enumerate(decomposed)
        if not (unicodedata.combining(char) and decomposed[index - 1 : index] != "n")
    )
    return unicodedata.normalize("NFC", kept)


def _words(text):
    return _WORD.findall(text.lower())


def _phrase(words):
    return " ".join(words)


def _synonym_index(groups):
    """Each wording (and, for accented ones, the same typed without accents) -> its group."""
    index = {}
    for group in groups:
        for term in group:
            index[tuple(_words(term))] = group
            index[tuple(_words(unaccented(term)))] = group
    return index


SYNONYM_INDEXES = {
    language: _synonym_index(groups) for language, groups in SYNONYMS_BY_LANGUAGE.items()
}
SYNONYM_INDEX = SYNONYM_INDEXES["en"]
LONGEST_SYNONYM = max(len(key) for index in SYNONYM_INDEXES.values() for key in index)


def clean_query(raw):
    """What someone typed, made safe to search: printable words only, limited in length.
    Returns '' when nothing searchable is left."""
    text = (raw or "")[: MAX_QUERY_LENGTH * 4]
    words = _words(text)[:MAX_WORDS]
    return _phrase(words)[:MAX_QUERY_LENGTH].strip()


@dataclass
class ExpandedQuery:
    """A cleaned query as the concepts it is made of, each with its alternative wordings."""

    text: str
    concepts: list = field(default_factory=list)  # [[wording, ...], ...]

    @property
    def terms(self):
        """Every wording of every concept, for highlighting."""
        return sorted({w for concept in self.concepts for w in concept}, key=len, reverse=True)

    @property
    def expanded(self):
        return any(len(concept) > 1 for concept in self.concepts)

    def synonyms_used(self):
        """(what was typed, [the other wordings searched]) for each expanded concept."""
        return [(concept[0], concept[1:]) for concept in self.concepts if len(concept) > 1]

    def _concept_query(self, concept):
        parts = [Phrase(w) if " " in w else PlainText(w) for w in concept]
        return parts[0] if len(parts) == 1 else Or(parts)

    def search_query(self, operator="and"):
        """A Wagtail search query: all concepts (or any, with operator='or')."""
        parts = [self._concept_query(concept) for concept in self.concepts]
        if len(parts) == 1:
            return parts[0]
        return And(parts) if operator == "and" else Or(parts)


def _variants(word):
    """Simple singular and plural forms, for backends without stemming (SQLite FTS5)."""
    if len(word) < 4 or not word.isalpha() or word.endswith(("ss", "us", "is")):
        return [word]
    if word.endswith("s"):
        return [word, word[:-1]]
    return [word, word + "s"]


def expand(query, language="en"):
    """Split a cleaned query into concepts, expanding synonyms (longest phrase first), with the
    synonyms and stop words of the page language searched (English for any other)."""
    language = language if language in SYNONYM_INDEXES else "en"
    synonyms, stop_words = SYNONYM_INDEXES[language], STOP_WORDS_BY_LANGUAGE[language]
    words = _words(query)
    concepts = []
    i = 0
    while i < len(words):
        for length in range(min(LONGEST_SYNONYM, len(words) - i), 0, -1):
            key = tuple(words[i : i + length])
            group = synonyms.get(key) or synonyms.get(tuple(_words(unaccented(_phrase(key)))))
            if group:
                typed = _phrase(key)
                concepts.append([typed] + [w for w in group if w != typed])
                i += length
                break
        else:
            word = words[i]
            if word not in stop_words:
                concepts.append(_variants(word))
            i += 1
    if not concepts and words:
        # Only stop words: search for them after all rather than for nothing.
        concepts = [[w] for w in words]
    return ExpandedQuery(text=query, concepts=concepts)


def _highlight_pattern(terms):
    return _compiled_pattern(tuple(terms))


@lru_cache(maxsize=256)
def _compiled_pattern(terms):
    if not terms:
        return None
    alternatives = "|".join(
        r"\s+".join(re.escape(escape(part)) for part in term.split()) for term in terms
    )
    return re.compile(rf"(?<![\w])({alternatives})(?:e?s)?(?![\w])", re.IGNORECASE)


def highlight(text, terms):
    """Escaped text with every search term wrapped in <mark>."""
    escaped = escape(html_to_text(str(text or "")))
    pattern = _highlight_pattern(terms)
    if pattern is None:
        return escaped
    return pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped)


def page_text(page):
    """The words of a page's searchable fields, in order, as plain text."""
    parts = []
    names = _field_names(page)
    for search_field in page.get_search_fields():
        if not isinstance(search_field, index.SearchField):
            continue
        name = search_field.field_name
        if name in {"title", "summary"}:
            continue
        value = getattr(page, name, None)
        if value is None or callable(value):
            continue
        model_field = page._meta.get_field(name) if name in names else None
        if isinstance(model_field, StreamField):
            parts.extend(_stream_text(value))
        elif isinstance(value, str):
            parts.append(value)
    return " ".join(html_to_text(" ".join(parts)).split())


def html_to_text(html):
    """Rich text as plain words: tags become spaces (so paragraphs do not run together) and
    entities become characters."""
    return " ".join(unescape(re.sub(r"<[^>]*>", " ", html or "")).split())


def _block_text(block, raw):
    """The words a reader sees in a block's stored (JSON) value: not its choices, links or
    images. Read from the stored value rather than the converted one, so that finding the
    words of a page never loads the pages, images or snippets its blocks point to."""
    if isinstance(block, blocks.StructBlock):
        if not isinstance(raw, dict):
            return []
        return [
            t
            for name, child in block.child_blocks.items()
            for t in _block_text(child, raw.get(name))
        ]
    if isinstance(block, blocks.ListBlock):
        return [t for item in raw or [] for t in _block_text(block.child_block, _list_item(item))]
    if isinstance(block, blocks.StreamBlock):
        return _raw_stream_text(block, raw)
    if isinstance(block, blocks.RichTextBlock):
        return [html_to_text(raw)] if isinstance(raw, str) and raw else []
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return [raw] if isinstance(raw, str) and raw else []
    return []


def _list_item(item):
    """A list item's value, from either of the formats a ListBlock stores."""
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return item["value"]
    return item


def _raw_stream_text(stream_block, raw):
    texts = []
    for child in raw or []:
        if not isinstance(child, dict):
            continue
        block = stream_block.child_blocks.get(child.get("type"))
        if block is not None:
            texts.extend(_block_text(block, child.get("value")))
    return texts


def _stream_text(stream):
    if not stream:
        return []
    return _raw_stream_text(stream.stream_block, stream.raw_data)


def _field_names(page):
    return {f.name for f in page._meta.get_fields()}


def excerpt(page, terms, length=220):
    """The sentence of a page that first mentions a search term, trimmed, or ''."""
    pattern = _highlight_pattern(terms)
    if pattern is None:
        return ""
    text = page_text(page)
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if pattern.search(escape(sentence)):
            if len(sentence) > length:
                sentence = sentence[: length - 1].rsplit(" ", 1)[0] + "…"
            return sentence
    return ""


@dataclass
class ResultSummary:
    page: object
    summary: str  # escaped, highlighted HTML
    extract: str  # escaped, highlighted HTML, or ''


def summarise(page, terms):
    """A result's summary with the search terms highlighted, plus the matching sentence from
    the page when the summary itself does not mention them."""
    summary_text = (
        getattr(page, "summary", "") or page.search_description or getattr(page, "hero_text", "")
    )
    summary = highlight(summary_text, terms)
    extract = ""
    if "<mark>" not in summary:
        sentence = excerpt(page, terms)
        if sentence:
            extract = highlight(sentence, terms)
    return ResultSummary(page=page, summary=summary, extract=extract)
