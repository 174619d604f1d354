"""The request forms in a real browser: a family member completes a consultation request with
the keyboard alone; errors are summarised and reachable; an urgent request shows what to do
now first; axe-core finds nothing on any form, with or without errors."""

import pytest
from django.test import override_settings

from tests.browser.conftest import axe_violations

FORMS = {
    "consultation": "/request-a-consultation/",
    "second opinion": "/second-opinions/request/",
    "referral": "/refer-a-patient/",
}


@pytest.fixture(autouse=True, scope="module")
def generous_limits():
    # These tests post several times from one address, faster than a person would.
    with override_settings(REQUEST_FORM_RATE="1000/m", REQUEST_FORM_MIN_SECONDS=0):
        yield


def active(page):
    return page.evaluate(
        "() => { const e = document.activeElement;"
        " return e ? (e.id || e.name || e.tagName) : ''; }"
    )


def tab_to(page, element_id, limit=150):
    """Press Tab until the element has focus: proof it can be reached by keyboard."""
    for _ in range(limit):
        if active(page) == element_id:
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"could not reach #{element_id} with the Tab key")


def type_into(page, element_id, text):
    tab_to(page, element_id)
    page.keyboard.type(text)


def tick(page, element_id):
    tab_to(page, element_id)
    page.keyboard.press("Space")


@pytest.mark.parametrize("name", sorted(FORMS))
def test_forms_pass_axe_with_and_without_errors(desktop, phone, name):
    problems = []
    for visitor in (phone, desktop):
        response = visitor.visit(FORMS[name])
        assert response.status == 200
        problems += [f"{name} empty: {v}" for v in axe_violations(visitor.page)]
        visitor.page.click(".request-form button[type=submit]")
        visitor.page.wait_for_selector(".error-summary")
        problems += [f"{name} with errors: {v}" for v in axe_violations(visitor.page)]
        assert visitor.foreign_requests() == []
    assert problems == [], "\n".join(problems)


def test_error_summary_takes_focus_and_links_to_fields(desktop):
    page = desktop.page
    desktop.visit(FORMS["consultation"])
    page.click(".request-form button[type=submit]")
    page.wait_for_selector(".error-summary")
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    assert page.title().startswith("Error: ")
    first_link = page.locator(".error-summary a").first
    target = first_link.get_attribute("href")
    page.keyboard.press("Tab")  # from the summary to its first link
    assert page.evaluate("document.activeElement.getAttribute('href')") == target
    page.keyboard.press("Enter")
    page.wait_for_function(f"location.hash === '{target}'")


def test_family_member_completes_a_consultation_with_the_keyboard_only(desktop):
    page = desktop.page
    desktop.visit("/")
    # From the home page, keyboard only, to the form.
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Request a consultation":
            break
    else:
        raise AssertionError("'Request a consultation' not reachable by keyboard")
    page.keyboard.press("Enter")
    page.wait_for_url("**/request-a-consultation/")

    tab_to(page, "id_relationship_0")
    page.keyboard.press("ArrowDown")  # A family member
    assert page.is_checked("#id_relationship_1")
    type_into(page, "id_submitter_name", "Ana Lopez")
    type_into(page, "id_submitter_phone", "917 555 0177")
    type_into(page, "id_submitter_email", "ana@canary-lopez.net")
    type_into(page, "id_patient_name", "Maria Lopez")
    type_into(page, "id_patient_dob_0", "3")
    type_into(page, "id_patient_dob_1", "27")
    type_into(page, "id_patient_dob_2", "1961")
    tab_to(page, "id_contact_method_0")
    page.keyboard.press("Space")  # Phone
    tick(page, "id_contact_times_0")
    tab_to(page, "id_diagnosis_0")
    page.keyboard.press("Space")  # Breast cancer
    tick(page, "id_spine_regions_1")
    tick(page, "id_prior_treatments_0")
    type_into(page, "id_message", "She would like an appointment soon.")
    tick(page, "id_consent_to_contact")
    tab_to(page, "BUTTON")
    page.keyboard.press("Enter")
    page.wait_for_url("**/received/")
    main = page.inner_text("main")
    assert "We have received your request" in main
    assert "Your reference is" in main
    assert "We will contact you within one business day." in main
    assert page.locator("main [role=alert]").count() == 0
    assert axe_violations(page) == []


def fill_minimum(page):
    """The questions everyone must answer, as a family member in a hurry would."""
    page.check("#id_relationship_1")
    page.fill("#id_submitter_name", "Ana Lopez")
    page.fill("#id_submitter_phone", "917 555 0177")
    page.fill("#id_patient_name", "Maria Lopez")
    page.fill("#id_patient_dob_0", "3")
    page.fill("#id_patient_dob_1", "27")
    page.fill("#id_patient_dob_2", "1961")
    page.check("#id_contact_method_0")
    page.check("#id_diagnosis_0")
    page.check("#id_spine_regions_4")
    page.check("#id_prior_treatments_3")
    page.check("#id_consent_to_contact")


def test_urgent_request_shows_what_to_do_now_first(desktop):
    page = desktop.page
    desktop.visit(FORMS["consultation"])
    fill_minimum(page)
    page.check("input[name=symptoms][value=bladder_bowel]")
    page.check("#id_change_bladder_bowel_0")
    page.click(".request-form button[type=submit]")
    page.wait_for_url("**/received/")
    first = page.locator("main [role=alert]").first
    assert first.is_visible()
    text = page.inner_text("main")
    assert text.lower().index("call 911") < text.index("We have received your request")
    assert axe_violations(page) == []


@pytest.mark.parametrize(
    ("message", "first_words"),
    [
        (
            "since this morning i cant control my bladder and my legs are weak",
            "Call 911 or go to the nearest emergency department now",
        ),
        ("her upper back pain is getting worse every day", "Call our urgent line today"),
        ("we would like to talk about whether surgery could help", "We will contact you"),
    ],
    ids=["emergency", "same day", "routine"],
)
def test_a_family_members_own_words_decide_what_they_are_told_first(desktop, message, first_words):
    page = desktop.page
    desktop.visit(FORMS["consultation"])
    fill_minimum(page)
    page.fill("#id_message", message)
    page.click(".request-form button[type=submit]")
    page.wait_for_url("**/received/")
    heading = page.locator("main h1").first.inner_text()
    text = page.inner_text("main")
    reference = page.locator(".confirmation-panel__reference").inner_text()
    if "911" in first_words or "urgent line" in first_words:
        # What to do now comes first, before the reference.
        assert first_words in heading
        assert text.index(first_words) < text.index(reference)
    else:
        # Nothing alarming: the reference, then when the practice will be in touch.
        assert "We have received your request" in heading
        assert text.index(reference) < text.index("We will contact you within one business day")
        assert page.locator("main [role=alert]").count() == 0
    assert axe_violations(page) == []


def test_how_a_symptom_is_changing_is_asked_only_once_it_is_ticked(desktop):
    page = desktop.page
    desktop.visit(FORMS["consultation"])
    question = page.locator("#id_change_numbness_0")
    assert not question.is_visible()
    page.check("input[name=symptoms][value=numbness]")
    assert question.is_visible()
    question.check()
    page.uncheck("input[name=symptoms][value=numbness]")
    assert not question.is_visible() and not question.is_checked()


def test_i_am_the_patient_hides_the_questions_about_you(desktop):
    page = desktop.page
    desktop.visit(FORMS["consultation"])
    about_you = ["#id_submitter_name", "#id_submitter_phone", "#id_submitter_email"]
    page.check("#id_relationship_1")  # A family member: asked who they are
    assert all(page.locator(field).is_visible() for field in about_you)
    page.check("#id_relationship_0")  # I am the patient: nothing to ask about "you"
    assert not any(page.locator(field).is_visible() for field in about_you)
    page.check("#id_relationship_2")
    assert all(page.locator(field).is_visible() for field in about_you)
