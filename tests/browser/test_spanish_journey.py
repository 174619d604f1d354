"""A Spanish-speaking family member, on a phone, from the Spanish home page to an urgent
request, its confirmation and its email: everything they read is in Spanish, except names."""

import re

import pytest
from django.core import mail
from django.test import override_settings

from tests.browser.conftest import axe_violations, orm_beside_playwright

# Words that are English and never Spanish: one of them in what a Spanish reader sees means an
# English sentence slipped through.
ENGLISH = re.compile(
    r"\b(the|and|your|you|with|please|call|we|our|this|for|of|what|when|if|is|are|request|"
    r"send|back|home|search|menu|emergency|symptoms|help)\b",
    re.IGNORECASE,
)
# Names that stay as they are in both languages.
NAMES = ["Spine Metastasis Surgery, New York", "Lenox Hill Hospital", "Ana López", "María López"]

# The text of every text node whose language (the nearest lang attribute) is Spanish: a link
# marked lang="en" (the switch to English) or an option in its own language is left out.
SPANISH_TEXT = """() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, template, [hidden]')) continue;
    const lang = (parent.closest('[lang]') || document.documentElement).getAttribute('lang');
    const text = node.textContent.trim();
    if (lang && lang.startsWith('es') && text) parts.push(text);
  }
  return parts.join(' | ');
}"""


def english_in(text):
    for name in NAMES:
        text = text.replace(name, "")
    return sorted({match.group(0) for match in ENGLISH.finditer(text)})


def shows_only_spanish(page):
    assert page.evaluate("document.documentElement.lang") == "es"
    found = english_in(page.evaluate(SPANISH_TEXT))
    assert found == [], f"{page.url}: English words {found}"
    assert axe_violations(page) == []


@pytest.fixture(autouse=True, scope="module")
def generous_limits():
    with override_settings(REQUEST_FORM_RATE="1000/m", REQUEST_FORM_MIN_SECONDS=0):
        yield


def test_a_spanish_family_asks_for_help_in_spanish_from_start_to_end(phone, django_db_blocker):
    page = phone.page
    phone.visit("/es/")
    shows_only_spanish(page)

    page.locator(".site-header a", has_text="Solicitar una consulta").click()
    page.wait_for_url("**/es/solicitar-una-consulta/")
    shows_only_spanish(page)

    # Sent empty: every message in Spanish.
    page.click(".request-form button[type=submit]")
    page.wait_for_selector(".error-summary")
    assert "Seleccione quién está llenando este formulario." in page.inner_text(".error-summary")
    shows_only_spanish(page)

    page.check("#id_relationship_1")  # Un familiar
    page.fill("#id_submitter_name", "Ana López")
    page.fill("#id_submitter_phone", "917 555 0177")
    page.fill("#id_submitter_email", "ana@lopez-familia.net")
    page.fill("#id_patient_name", "María López")
    page.fill("#id_patient_dob_0", "3")
    page.fill("#id_patient_dob_1", "27")
    page.fill("#id_patient_dob_2", "1961")
    page.check("#id_contact_method_0")
    page.check("#id_diagnosis_0")
    page.check("#id_spine_regions_1")
    page.check("#id_prior_treatments_0")
    # Spanish is already chosen; she asks for an interpreter for her mother's visits.
    assert page.locator("#id_preferred_language").input_value() == "es"
    page.check("#id_interpreter_needed")
    page.check("input[name=symptoms][value=bladder_bowel]")
    page.check("#id_change_bladder_bowel_0")
    page.check("#id_consent_to_contact")
    page.click(".request-form button[type=submit]")
    page.wait_for_url("**/es/solicitar-una-consulta/received/")

    # What to do now comes first, in Spanish.
    alert = page.locator("main [role=alert]").first
    assert "Llame al 911" in alert.inner_text()
    text = page.inner_text("main")
    reference = page.locator(".confirmation-panel__reference").inner_text()
    assert text.index("Llame al 911") < text.index(reference)
    assert "Pidió un intérprete" in text
    shows_only_spanish(page)

    # The email, sent by the worker, is in Spanish too.
    from tests.consultations.conftest import run_worker

    mail.outbox.clear()
    with django_db_blocker.unblock(), orm_beside_playwright():
        run_worker()
    (email,) = [m for m in mail.outbox if m.to == ["ana@lopez-familia.net"]]
    assert reference in email.subject
    assert "911" in email.subject
    found = english_in(f"{email.subject}\n{email.body}")
    assert found == [], f"English words in the email: {found}"
