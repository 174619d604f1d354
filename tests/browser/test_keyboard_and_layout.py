"""Keyboard only, JavaScript off, reduced motion and print: the ways patients actually use the
site, in a real browser."""

import re

import pytest

FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(),
    text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim(),
    href: el.getAttribute('href'),
    inBreadcrumb: !!el.closest('nav[aria-label="Breadcrumb"]'),
    inMainNav: !!el.closest('nav[aria-label="Main"]'),
    outline: style.outlineStyle !== 'none' && style.outlineColor !== 'rgba(0, 0, 0, 0)'
             && parseFloat(style.outlineWidth) > 0,
    shadow: style.boxShadow !== 'none',
    background: style.backgroundColor,
  };
}"""


def tab_until(page, predicate, limit=60):
    """Press Tab until the focused element matches; return what is focused."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if predicate(focused):
            return focused
    raise AssertionError("never reached by keyboard")


def test_skip_link_is_first_and_moves_focus_to_the_content(desktop):
    desktop.visit("/symptoms/back-pain/")
    desktop.page.keyboard.press("Tab")
    focused = desktop.page.evaluate(FOCUSED)
    assert focused["text"] == "Skip to main content"
    assert desktop.page.is_visible("a.skip-link")
    desktop.page.keyboard.press("Enter")
    assert desktop.page.evaluate("document.activeElement.id") == "main"


def test_every_keyboard_stop_in_the_header_shows_where_focus_is(desktop):
    desktop.visit("/")
    seen = []
    for _ in range(16):
        desktop.page.keyboard.press("Tab")
        focused = desktop.page.evaluate(FOCUSED)
        seen.append(focused["text"])
        assert focused["outline"] or focused["shadow"], f"no visible focus on {focused['text']!r}"
    assert "Request a consultation" in seen and "Symptoms" in seen


def test_request_a_consultation_is_reachable_from_the_home_page_by_keyboard(phone):
    phone.visit("/")
    focused = tab_until(phone.page, lambda f: f["text"] == "Request a consultation")
    assert focused["tag"] == "a"
    with phone.page.expect_navigation():
        phone.page.keyboard.press("Enter")
    assert phone.page.url.endswith(focused["href"])
    assert phone.page.locator("h1").inner_text()


def test_open_and_close_the_menu_by_keyboard_on_a_narrow_screen(phone):
    phone.visit("/treatments/")
    menu, button = phone.page.locator("#site-menu"), phone.page.locator("button.menu-toggle")
    first_link = phone.page.locator('nav[aria-label="Main"] a').first
    assert not menu.is_visible() and not first_link.is_visible()
    assert not phone.page.locator("a.menu-toggle").is_visible()  # the no-JS link gave way

    focused = tab_until(phone.page, lambda f: f["tag"] == "button" and f["text"] == "Menu")
    assert focused["outline"] or focused["shadow"]
    phone.page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert first_link.is_visible()

    focused = tab_until(phone.page, lambda f: f["inMainNav"])
    assert focused["text"] == first_link.inner_text()
    phone.page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert not first_link.is_visible()
    assert phone.page.evaluate("document.activeElement.dataset.menuButton") == ""

    button.focus()
    phone.page.keyboard.press("Space")
    assert button.get_attribute("aria-expanded") == "true"
    phone.page.keyboard.press("Space")
    assert button.get_attribute("aria-expanded") == "false"


def test_follow_a_breadcrumb_by_keyboard(desktop):
    desktop.visit("/symptoms/weakness-or-difficulty-walking/")
    focused = tab_until(desktop.page, lambda f: f["inBreadcrumb"] and f["text"] == "Symptoms")
    with desktop.page.expect_navigation():
        desktop.page.keyboard.press("Enter")
    assert desktop.page.url.endswith("/symptoms/")
    assert desktop.page.locator("h1").inner_text() == "Symptoms"
    assert focused["href"] == "/symptoms/"


def test_search_by_keyboard(desktop):
    desktop.visit("/")
    tab_until(desktop.page, lambda f: f["tag"] == "input")
    desktop.page.keyboard.type("SBRT")
    with desktop.page.expect_navigation():
        desktop.page.keyboard.press("Enter")
    assert "/search/?q=SBRT" in desktop.page.url
    results = desktop.page.locator(".search-result__title a").all_inner_texts()
    assert "Surgery and radiation therapy together" in results
    assert desktop.page.locator(".search-result mark").count() > 0
    # Then straight to the first result by keyboard.
    focused = tab_until(desktop.page, lambda f: f["text"] == results[0])
    with desktop.page.expect_navigation():
        desktop.page.keyboard.press("Enter")
    assert desktop.page.url.endswith(focused["href"])


def test_search_on_a_phone_from_the_menu(phone):
    phone.visit("/")
    phone.page.locator("button.menu-toggle").click()
    search = phone.page.get_by_role("searchbox", name="Search this site")
    search.fill("cord compression")
    with phone.page.expect_navigation():
        search.press("Enter")
    assert "MESCC" in phone.page.locator("main").inner_text()


def test_faq_answers_open_by_keyboard(desktop):
    desktop.visit("/conditions/spine-metastases/")
    question = tab_until(desktop.page, lambda f: f["tag"] == "summary")
    answer = desktop.page.locator("details.faq__item").first
    assert answer.get_attribute("open") is None
    desktop.page.keyboard.press("Enter")
    assert answer.get_attribute("open") == ""
    assert question["outline"] or question["shadow"] or question["background"]


@pytest.fixture(scope="module")
def no_js(browser, live_site):
    from tests.browser.conftest import PHONE, Visitor

    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    yield Visitor(context, live_site)
    context.close()


def test_menu_and_search_work_without_javascript(no_js):
    no_js.visit("/symptoms/")
    menu_link = no_js.page.locator("a.menu-toggle")
    nav_link = no_js.page.locator('nav[aria-label="Main"] a').first
    assert menu_link.is_visible() and not nav_link.is_visible()
    assert not no_js.page.locator("button.menu-toggle").is_visible()
    menu_link.click()
    assert nav_link.is_visible()
    no_js.page.get_by_role("link", name="Close menu").click()
    assert not nav_link.is_visible()

    menu_link.click()
    search = no_js.page.get_by_role("searchbox", name="Search this site")
    search.fill("bladder")
    with no_js.page.expect_navigation():
        search.press("Enter")
    assert "Bladder or bowel control problems" in no_js.page.locator("main").inner_text()
    # The print button needs JavaScript, so it is not offered without it.
    no_js.visit("/conditions/spine-metastases/")
    assert not no_js.page.get_by_role("button", name="Print this page").is_visible()


def test_the_print_button_and_print_stylesheet(desktop):
    desktop.visit("/treatments/decompression-surgery/")
    assert desktop.page.get_by_role("button", name="Print this page").is_visible()
    desktop.page.emulate_media(media="print")
    try:
        assert not desktop.page.locator("#site-menu").is_visible()
        assert not desktop.page.locator(".contents").is_visible()
        assert not desktop.page.get_by_role("button", name="Print this page").is_visible()
        assert desktop.page.locator(".review-info").is_visible()
        assert desktop.page.locator(".care-card").first.is_visible()
        assert "(212) 555-0140" in desktop.page.locator("header").inner_text()
    finally:
        desktop.page.emulate_media(media="screen")


def printed_pages(pdf):
    """How many pages a PDF that Chromium printed has (its page tree's count)."""
    return max(int(count) for count in re.findall(rb"/Count (\d+)", pdf))


def test_the_warning_signs_card_prints_on_one_page(desktop):
    desktop.visit("/patients-and-families/warning-signs/")
    desktop.page.emulate_media(media="print")
    try:
        for paper in ["Letter", "A4"]:
            pdf = desktop.page.pdf(format=paper, print_background=True)
            assert printed_pages(pdf) == 1, paper
        assert not desktop.page.locator(".site-header").is_visible()
        assert not desktop.page.locator(".site-footer").is_visible()
        assert desktop.page.locator(".print-url").is_visible()
        text = desktop.page.locator("main").inner_text()
        assert "Call 911" in text and "(212) 555-0142" in text
    finally:
        desktop.page.emulate_media(media="screen")


def test_a_printed_condition_page_shows_its_address_and_no_navigation(desktop):
    desktop.visit("/conditions/spine-metastases/")
    assert not desktop.page.locator(".print-url").is_visible()
    desktop.page.emulate_media(media="print")
    try:
        assert (
            desktop.page.locator(".print-url")
            .inner_text()
            .endswith("/conditions/spine-metastases/")
        )
        for hidden in ["#site-menu", ".breadcrumbs", ".contents", ".search-form"]:
            assert not desktop.page.locator(hidden).first.is_visible(), hidden
    finally:
        desktop.page.emulate_media(media="screen")


def test_reduced_motion_turns_off_smooth_scrolling(desktop):
    scroll = "getComputedStyle(document.documentElement).scrollBehavior"
    desktop.page.emulate_media(reduced_motion="no-preference")
    desktop.visit("/conditions/spine-metastases/")
    assert desktop.page.evaluate(scroll) == "smooth"
    desktop.page.emulate_media(reduced_motion="reduce")
    assert desktop.page.evaluate(scroll) == "auto"
    desktop.page.emulate_media(reduced_motion="no-preference")


def test_care_cards_say_their_urgency_in_words_not_only_colour(phone):
    phone.visit("/symptoms/")
    tags = phone.page.locator(".card .tag").all_inner_texts()
    assert tags and all(re.search(r"Emergency|Same day|Routine", tag) for tag in tags)
    phone.visit("/symptoms/bladder-or-bowel-problems/")
    label = phone.page.locator(".care-card__label").first.inner_text()
    assert "Emergency: get help now" in label
    # In forced-colours (Windows high contrast) the words remain.
    phone.page.emulate_media(forced_colors="active")
    assert phone.page.locator(".care-card__label").first.is_visible()
    phone.page.emulate_media(forced_colors="none")
