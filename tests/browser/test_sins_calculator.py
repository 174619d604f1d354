"""The SINS calculator in a real browser: the live total as options are chosen, announced
politely; the level filling in the location; the result and "Refer this patient" flow; the page
without JavaScript; and axe-core (WCAG 2.0/2.1/2.2 A and AA) on the calculator and the ESCC
reference, with and without a result. Uses the live site from conftest.py (read only)."""

import re

import pytest

from consultations import scores
from tests.browser.conftest import axe_violations

CALCULATOR = "/for-clinicians/sins-calculator/"
ESCC = "/for-clinicians/escc-grading/"
# 1 + 3 + 2 + 0 + 2 + 1 = 9: indeterminate, surgical consultation warranted.
ANSWERS = {
    "location": "semi_rigid",
    "pain": "mechanical",
    "lesion": "lytic",
    "alignment": "normal",
    "collapse": "under_50",
    "posterolateral": "unilateral",
}
RESULT_QUERY = "?" + "&".join(f"{name}={code}" for name, code in ANSWERS.items())


def live_text(page):
    return page.locator("[data-sins-live-text]").inner_text()


def choose(page, name, code):
    page.locator(f"input[name='{name}'][value='{code}']").check()


def test_the_total_updates_live_and_is_announced_politely(desktop):
    desktop.visit(CALCULATOR)
    page = desktop.page
    region = page.locator("[aria-live='polite']")
    assert region.count() == 1 and region.is_visible()
    assert live_text(page) == "Points so far: 0. 0 of 6 answered; answer all 6 for the category."
    running = 0
    for answered, (name, code) in enumerate(ANSWERS.items(), start=1):
        choose(page, name, code)
        running += scores.sins_score(**ANSWERS).points[name]
        if answered < len(ANSWERS):
            assert live_text(page) == (
                f"Points so far: {running}. {answered} of 6 answered; answer all 6 for the "
                "category."
            )
    assert live_text(page) == (
        "SINS 9 out of 18: indeterminate (possibly impending) instability. Surgical "
        "consultation is warranted."
    )
    current = page.locator("tr.is-current")
    assert current.count() == 1 and current.get_attribute("data-sins-category") == "indeterminate"
    # Changing an answer changes the total at once, across the threshold and back.
    choose(page, "pain", "none")
    assert live_text(page).startswith("SINS 6 out of 18: stable. Below the threshold")
    choose(page, "alignment", "subluxation")
    assert live_text(page).startswith("SINS 10 out of 18: indeterminate")
    assert desktop.errors == []


def test_choosing_a_level_checks_the_matching_location(desktop):
    desktop.visit(CALCULATOR)
    page = desktop.page
    for level, location in [
        ("T11", "junctional"),
        ("C4", "mobile"),
        ("T7", "semi_rigid"),
        ("S3", "rigid"),
        ("occiput", "junctional"),
    ]:
        page.select_option("select[name='level']", level)
        assert page.locator(f"input[name='location'][value='{location}']").is_checked(), level
    assert live_text(page).startswith("Points so far: 3. 1 of 6 answered")


def test_score_then_refer_this_patient_fills_in_the_referral_form(desktop):
    desktop.visit(CALCULATOR)
    page = desktop.page
    page.select_option("select[name='level']", "T12")
    for name, code in ANSWERS.items():
        if name != "location":
            choose(page, name, code)
    page.get_by_role("button", name="Calculate the score").click()
    page.wait_for_url(re.compile(r"level=T12.*#sins-result$"))
    result = page.locator("#sins-result")
    # T12 is junctional (3 points, not the semi-rigid 1): 11, still indeterminate.
    assert "Result: SINS 11 out of 18, indeterminate" in result.inner_text()
    assert live_text(page).startswith("SINS 11 out of 18")
    stale = page.locator("[data-sins-stale]")
    assert stale.is_hidden()
    choose(page, "pain", "none")
    assert stale.is_visible()
    choose(page, "pain", "mechanical")
    assert stale.is_hidden()
    page.get_by_role("link", name="Refer this patient").click()
    page.wait_for_url(re.compile(r"/refer-a-patient/\?sins_location=junctional"))
    expected = dict(ANSWERS, location="junctional")
    for name, code in expected.items():
        assert page.locator(f"select[name='sins_{name}']").input_value() == code, name
    assert page.locator("input[name='levels_involved']").input_value() == "T12"
    assert desktop.errors == []


def test_without_javascript_the_form_still_scores(browser, live_site):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_site + CALCULATOR)
        assert page.locator("[data-sins-live]").is_hidden()
        for name, code in ANSWERS.items():
            choose(page, name, code)
        page.get_by_role("button", name="Calculate the score").click()
        page.wait_for_url(re.compile(r"#sins-result$"))
        assert "Result: SINS 9 out of 18" in page.locator("#sins-result").inner_text()
    finally:
        context.close()


@pytest.mark.parametrize(
    "path",
    [CALCULATOR, CALCULATOR + RESULT_QUERY, CALCULATOR + "?pain=severe", ESCC],
    ids=["blank", "result", "errors", "escc"],
)
def test_axe_finds_no_violations(desktop, phone, path):
    for visitor in (desktop, phone):
        response = visitor.visit(path)
        assert response.status == 200
        if path == CALCULATOR:
            choose(visitor.page, "pain", "mechanical")  # the live region showing a total
        assert axe_violations(visitor.page) == [], (visitor.page.viewport_size, path)
        assert visitor.errors == []
        assert visitor.foreign_requests() == []
        overflow = visitor.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, (visitor.page.viewport_size, path)
