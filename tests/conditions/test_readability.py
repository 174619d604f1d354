"""Every page written for patients reads at US grade 8 or lower (Flesch-Kincaid grade of the
page's main text, as rendered), the level health-literacy guidance asks for."""

import re
from html import unescape

import pytest
import textstat

pytestmark = pytest.mark.django_db

MAX_GRADE = 8
# Pages written for clinicians, not patients: the clinicians' tools and the referral form.
NOT_FOR_PATIENTS = ("/for-clinicians/", "/refer-a-patient/")
# Each block-level element is a sentence of its own: a list item or heading without a full
# stop must not run into the next one and count as one long sentence.
BLOCK_END = re.compile(r"</(p|li|h[1-6]|dt|dd|summary|td|th|caption|figcaption)>", re.I)
# The contents list, forms, the review note, and what is printed but not shown on screen.
DROPPED = re.compile(
    r"<(nav|form|script|style|aside|svg)\b.*?</\1>|<p class=\"print-only[^>]*>.*?</p>", re.I | re.S
)


def main_text(html):
    """The words a patient reads in the page's main content, one sentence per block."""
    main = html.split('<main id="main"', 1)[1].split(">", 1)[1].split("</main>", 1)[0]
    main = DROPPED.sub(" ", main)
    main = BLOCK_END.sub(lambda m: f". </{m.group(1)}>", main)
    text = unescape(re.sub(r"<[^>]+>", " ", main))
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"([.!?:])\s*\.", r"\1", text)  # "Heading?." -> "Heading?"
    return re.sub(r"(\s\.)+", ".", text).strip()


def grade(text):
    textstat.set_lang("en_US")
    return textstat.flesch_kincaid_grade(text)


def test_the_grade_is_measured_on_the_words_a_patient_reads():
    """A page of long, technical sentences fails; plain short ones pass."""
    hard = (
        '<main id="main"><p>Metastatic epidural spinal cord compression necessitates '
        "multidisciplinary evaluation incorporating neurological, oncological, mechanical and "
        "systemic considerations prior to determination of operative candidacy.</p></main>"
    )
    plain = (
        '<main id="main"><h2>What is it?</h2><ul><li>Pain in your back</li>'
        "<li>Weak legs</li></ul><p>Call us if it gets worse. We can help.</p></main>"
    )
    assert grade(main_text(hard)) > MAX_GRADE
    assert grade(main_text(plain)) <= MAX_GRADE
    assert main_text(plain) == (
        "What is it? Pain in your back. Weak legs. Call us if it gets worse. We can help."
    )


def test_every_patient_page_reads_at_grade_8_or_lower(client, site_content):
    grades = {}
    for page in site_content.get_descendants(inclusive=True).live().specific():
        url = page.url
        if url.startswith(NOT_FOR_PATIENTS):
            continue
        response = client.get(url)
        assert response.status_code == 200, url
        grades[url] = grade(main_text(response.content.decode()))
    # Every page of the first content but the clinicians' own (44 today).
    assert len(grades) >= 44
    too_hard = {url: value for url, value in grades.items() if value > MAX_GRADE}
    assert too_hard == {}, sorted(grades.items(), key=lambda item: -item[1])[:10]
