"""Spanish is a first-class language: every string of the site's own has its Spanish, with the
same placeholders, and the red-flag table speaks Spanish on a Spanish request."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils.translation import override

from spineclinic import redflags

PO = Path(settings.BASE_DIR) / "spineclinic" / "locale" / "es" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\{ *\w+ *\}\}")


def catalog():
    """(msgid, msgstr, flags) for each entry of the Spanish catalogue, header left out."""
    entries = []
    for block in PO.read_text(encoding="utf-8").split("\n\n"):
        match = re.search(r'^msgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)', block + "\n", re.M)
        if not match:
            continue
        msgid, msgstr = (
            "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', group)) for group in match.groups()
        )
        if msgid:
            flags = " ".join(line for line in block.splitlines() if line.startswith("#,"))
            entries.append((msgid, msgstr, flags))
    return entries


def test_the_catalogue_is_complete_and_checked():
    entries = catalog()
    assert len(entries) > 50
    untranslated = [msgid for msgid, msgstr, _ in entries if not msgstr]
    assert not untranslated, f"{len(untranslated)} strings have no Spanish: {untranslated[:5]}"
    fuzzy = [msgid for msgid, _, flags in entries if "fuzzy" in flags]
    assert not fuzzy, f"{len(fuzzy)} Spanish strings are marked fuzzy (unchecked): {fuzzy[:5]}"


def test_translations_keep_every_placeholder():
    wrong = [
        (msgid, msgstr)
        for msgid, msgstr, _ in catalog()
        if sorted(PLACEHOLDER.findall(msgid)) != sorted(PLACEHOLDER.findall(msgstr))
    ]
    assert not wrong


@pytest.mark.parametrize("flag", redflags.FLAGS, ids=lambda flag: flag.key)
def test_each_red_flag_reads_in_spanish(flag):
    english = str(flag.noticed)
    with override("es"):
        spanish = str(flag.noticed)
    assert spanish and spanish != english


def test_the_levels_read_in_spanish():
    with override("es"):
        assert str(redflags.Level.EMERGENCY.label) == "Emergencia: busque ayuda ahora"
        assert str(redflags.Level.SAME_DAY.label) == "El mismo día: llámenos hoy"
