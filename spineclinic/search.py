"""Site search: cleaning what people type, synonyms, and highlighted result summaries.

The database search backend has no synonyms, so they are added here, in one place, by query
expansion: each synonym found in a query is replaced by "any of its group", so a search for
"MESCC" also finds pages that say "spinal cord compression", and the other way round.
"""

import difflib
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from html import unescape

from django.conf import settings
from django.db import DatabaseError, connections, transaction
from django.utils.html import escape
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail.search.query import And, Or, Phrase, PlainText

logger = logging.getLogger(__name__)

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
    [
        "mets",
        "metastases",
        "metastasis",
        "metastatic",
        "secondaries",
        "secondary cancer",
        # What patients and families call it.
        "spine cancer",
        "spinal cancer",
        "cancer in the spine",
        "cancer in my spine",
        "bone mets",
    ],
    ["radiotherapy", "radiation", "radiation therapy"],
    ["tumor", "tumour", "tumors", "tumours", "lesion", "lesions"],
    ["stabilization", "stabilisation", "fixation", "screws and rods", "fusion"],
    ["sins", "spinal instability", "instability", "unstable spine"],
    ["numbness", "numb", "tingling", "pins and needles", "numb legs", "numb feet"],
    [
        "weakness",
        "weak legs",
        "weak",
        "can't walk",
        "cant walk",
        "cannot walk",
        "difficulty walking",
        "paralysis",
        "paralyzed",
        "paralysed",
        "legs giving way",
    ],
    [
        "incontinence",
        "bladder",
        "bowel",
        "bowels",
        "pee",
        "peeing",
        "wetting myself",
        "wet myself",
        "poop",
    ],
    ["radiating pain", "sciatica", "shooting pain", "pain down my leg", "pain down my legs"],
    ["oncologist", "cancer doctor", "oncology"],
    ["neurosurgeon", "spine surgeon", "spinal surgeon"],
    ["second opinion", "another opinion", "second view"],
    ["mri", "mri scan", "magnetic resonance"],
    ["referral", "refer", "referring"],
    ["appointment", "consultation", "consult"],
    ["request a consultation", "make an appointment", "book an appointment"],
    ["first visit", "first appointment", "first consultation"],
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
    [
        "metástasis",
        "metastásico",
        "metastásica",
        "metastásicos",
        "cáncer que se ha extendido",
        "cáncer de columna",
        "cáncer en la columna",
    ],
    ["médula", "médula espinal"],
    ["columna", "columna vertebral", "vértebra", "vértebras", "espalda"],
    ["cifoplastia", "vertebroplastia", "cemento", "cemento óseo"],
    ["radioterapia", "radiación", "rayos", "sbrt", "radiocirugía"],
    ["cirugía", "operación", "operar", "cirujano"],
    ["descompresión", "descomprimir"],
    ["estabilización", "fijación", "tornillos", "fusión"],
    ["inestabilidad", "columna inestable", "sins"],
    [
        "adormecimiento",
        "entumecimiento",
        "hormigueo",
        "adormecido",
        "dormido",
        "piernas dormidas",
    ],
    [
        "debilidad",
        "débil",
        "no puedo caminar",
        "dificultad para caminar",
        "parálisis",
        "paralizado",
        "paralizada",
    ],
    ["vejiga", "orina", "orinar", "intestino", "incontinencia", "pis", "hacer pis"],
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
    # A phone's curly apostrophe ("can’t walk") is the same word as the straight one.
    text = (raw or "")[: MAX_QUERY_LENGTH * 4].replace("\u2019", "'")
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
        """(what was typed, [the other wordings searched]) for each concept searched in other
        words; a plural or singular form added for the search is not another wording."""
        used = []
        for concept in self.concepts:
            others = [w for w in concept[1:] if w not in _variants(concept[0])]
            if others:
                used.append((concept[0], others))
        return used

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


# -- misspellings: "did you mean" -------------------------------------------------------------

# Words shorter than this are left as typed: too little to tell a typo from another word.
MIN_CORRECTED_LENGTH = 4
# How alike a typed word and a word of the site must be to offer one for the other: pg_trgm's
# trigram similarity ("kyfoplasty" and "kyphoplasty" score 0.53, "metastisis" and
# "metastasis" 0.62), or, where PostgreSQL is not used, difflib's ratio (0.86 and 0.9).
TRIGRAM_SIMILARITY = 0.4
DIFFLIB_RATIO = 0.8
# The vocabulary comes from the first pages in tree order (the sections and main pages before
# the depths of a large library), which bounds the work of building it.
VOCABULARY_PAGES = 1000
VOCABULARY_KEY = "search:vocabulary:{generation}:{root}"
_vocabularies = {}  # this worker's copies, by cache key


def page_words(page):
    """The words a visitor reads on a page: its title, summary and searchable text."""
    summary = getattr(page, "summary", "") or page.search_description or ""
    return _words(" ".join([page.title, html_to_text(summary), page_text(page)]))


def build_vocabulary(pages, language="en"):
    """Every real word of these pages and of the language's synonyms, accented words also
    without their accents: what a typed word is corrected to."""
    words = set()
    for page in pages:
        words.update(page_words(page))
    for group in SYNONYMS_BY_LANGUAGE.get(language, SYNONYMS):
        for term in group:
            words.update(_words(term))
    words.update([unaccented(word) for word in words])
    return frozenset(word for word in words if word.isalpha())


def site_vocabulary(root, language):
    """The vocabulary of the live, public pages under `root`, built once per content
    generation: a publish anywhere makes the next search build it afresh."""
    from django.core.cache import caches
    from wagtail.models import Page

    from .cache import current_generation

    cache = caches[settings.PAGE_CACHE_ALIAS]
    try:
        key = VOCABULARY_KEY.format(generation=current_generation(cache), root=root.pk)
        words = _vocabularies.get(key) or cache.get(key)
    except Exception:
        logger.warning("Could not read the search vocabulary from the cache.")
        key, words = None, None
    if words is None:
        pages = (
            Page.objects.live()
            .public()
            .descendant_of(root, inclusive=True)
            .order_by("path")[:VOCABULARY_PAGES]
            .specific()
        )
        words = build_vocabulary(pages, language)
        if key is not None:
            try:
                cache.set(key, words, timeout=24 * 3600)
            except Exception:
                logger.warning("Could not store the search vocabulary in the cache.")
    if key is not None and key not in _vocabularies:
        _vocabularies.clear()  # an older generation's copy is no use any more
        _vocabularies[key] = words
    return words


def _closest_by_trigrams(typed, candidates, using):
    """{typed word: the most similar candidate} by pg_trgm's trigram similarity."""
    sql = (
        "SELECT DISTINCT ON (typed) typed, word "
        "FROM unnest(%s::text[]) AS typed, unnest(%s::text[]) AS word "
        "WHERE similarity(typed, word) >= %s "
        "ORDER BY typed, similarity(typed, word) DESC, word"
    )
    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        cursor.execute(sql, [list(typed), list(candidates), TRIGRAM_SIMILARITY])
        return dict(cursor.fetchall())


def _closest_by_difflib(typed, candidates):
    """The same without PostgreSQL: difflib's closest match, in Python."""
    candidates = sorted(candidates)
    closest = {}
    for word in typed:
        found = difflib.get_close_matches(word, candidates, n=1, cutoff=DIFFLIB_RATIO)
        if found:
            closest[word] = found[0]
    return closest


def closest_words(typed, vocabulary, using="default"):
    """{typed word: the word of the vocabulary most like it}, for those close enough. Only
    words of about the same length are compared."""
    lengths = {len(word) for word in typed}
    candidates = {word for word in vocabulary if any(abs(len(word) - n) <= 2 for n in lengths)}
    if not candidates:
        return {}
    if connections[using].vendor == "postgresql":
        try:
            return _closest_by_trigrams(typed, candidates, using)
        except DatabaseError:
            # pg_trgm missing (migration spineclinic 0006 not run): the same, in Python.
            logger.warning("Trigram similarity is not available; using difflib.")
    return _closest_by_difflib(typed, candidates)


def correct(query, vocabulary, language="en", using="default"):
    """The query with each word that is on no page replaced by the closest word that is, or
    None when no word needs (or has) a correction."""
    stop_words = STOP_WORDS_BY_LANGUAGE.get(language, STOP_WORDS)
    words = _words(query)
    unknown = {
        word
        for word in words
        if len(word) >= MIN_CORRECTED_LENGTH
        and word.isalpha()
        and word not in stop_words
        and word not in vocabulary
        and unaccented(word) not in vocabulary
    }
    if not unknown:
        return None
    closest = closest_words(sorted(unknown), vocabulary, using)
    if not closest:
        return None
    return _phrase(closest.get(word, word) for word in words)


# -- who a page is for: patients' pages before clinicians' --------------------------------------

# Words only a clinician would search with: for them, clinicians' pages are not put last.
CLINICIAN_TERMS = {
    "bilsky", "calculator", "clinician", "clinicians", "colleague", "escc", "grading",
    "mescc", "physician", "physicians", "refer", "referral", "referring", "sins", "score",
    "scoring",
    "calculadora", "clínico", "clínicos", "clinico", "clinicos", "médicos", "remisión",
    "remision", "remitir", "referir", "puntaje", "puntuación", "puntuacion",
}  # fmt: skip
SECTIONS_KEY = "search:clinician-sections:{generation}"


def _clinician_page_types():
    from consultations.models import ReferralRequestPage
    from consultations.models.tools import ClinicianToolPage

    return ClinicianToolPage, ReferralRequestPage


def is_clinician_query(query):
    """Whether the query uses a word of clinicians' jargon ("SINS score", "refer")."""
    return any(word in CLINICIAN_TERMS for word in _words(query))


def clinician_sections():
    """The paths of the sections that hold clinicians' tools ("For clinicians"), built once per
    content generation: every page in them is written for clinicians."""
    from django.core.cache import caches
    from wagtail.models import Page

    from .cache import current_generation

    cache = caches[settings.PAGE_CACHE_ALIAS]
    try:
        key = SECTIONS_KEY.format(generation=current_generation(cache))
        paths = cache.get(key)
    except Exception:
        key, paths = None, None
    if paths is None:
        tool_type = _clinician_page_types()[0]
        tool_paths = Page.objects.live().type(tool_type).values_list("path", flat=True)
        # A tool placed straight under a home page makes no section of the whole site.
        sections = {path[: -Page.steplen] for path in tool_paths}
        paths = tuple(sorted(p for p in sections if len(p) > 2 * Page.steplen))
        if key is not None:
            try:
                cache.set(key, paths, timeout=24 * 3600)
            except Exception:
                logger.warning("Could not store the clinicians' sections in the cache.")
    return paths


def is_clinician_page(page, sections):
    """Whether a page (with its content type and path loaded) is written for clinicians: a
    referral form, a clinician's tool, or a page of a section of those tools."""
    return issubclass(page.specific_class or type(page), _clinician_page_types()) or (
        page.path.startswith(sections) if sections else False
    )
