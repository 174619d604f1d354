"""A 320 x 640 phone, the smallest screen people still use: no page, and no state of a form or
of the SINS calculator, scrolls sideways; the SINS result table shows every column; and the
home page's emergency advice is on the first screen, without scrolling."""

import pytest

from tests.browser.test_sins_calculator import CALCULATOR, RESULT_QUERY

WIDTH, HEIGHT = 320, 640
FORMS = [
    "/request-a-consultation/",
    "/second-opinions/request/",
    "/refer-a-patient/",
    "/es/solicitar-una-consulta/",
]
OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.fixture(scope="module")
def small(browser, live_site):
    from tests.browser.conftest import Visitor

    context = browser.new_context(
        viewport={"width": WIDTH, "height": HEIGHT}, is_mobile=True, has_touch=True
    )
    context.set_default_timeout(10_000)
    yield Visitor(context, live_site)
    context.close()


def wider_than_the_screen(page):
    """How far the page scrolls sideways, and what sticks out past the right edge."""
    return page.evaluate(
        """() => {
          const width = document.documentElement.clientWidth;
          const out = [...document.querySelectorAll('body *')]
            .filter(el => el.getBoundingClientRect().right > width + 0.5
                          && el.getClientRects().length)
            .slice(0, 3)
            .map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''));
          return {overflow: document.documentElement.scrollWidth - width, out: out};
        }"""
    )


def test_the_sins_result_table_fits_a_320px_screen(small):
    small.visit(CALCULATOR + RESULT_QUERY)
    page = small.page
    table = page.locator(".sins-result table.sins-table")
    assert table.is_visible()
    # Every cell, points included, is inside the table's box and the screen.
    cells = table.evaluate(
        """table => {
          const box = table.parentElement.getBoundingClientRect();
          return [...table.querySelectorAll('th, td')].map(cell => {
            const r = cell.getBoundingClientRect();
            return {text: cell.innerText.trim(), right: r.right, limit: Math.min(box.right,
                    document.documentElement.clientWidth)};
          });
        }"""
    )
    clipped = [c["text"] for c in cells if c["right"] > c["limit"] + 0.5]
    assert clipped == []
    assert page.evaluate(OVERFLOW) <= 0


def test_no_page_or_form_state_scrolls_sideways_at_320px(small, live_site, django_db_blocker):
    from wagtail.models import Page

    with django_db_blocker.unblock():
        paths = [page.url for page in Page.objects.live().filter(depth__gt=1).order_by("path")]
    paths += ["/search/?q=back+pain", "/search/?q=zzqx", "/no-such-page/"]
    paths += [CALCULATOR + RESULT_QUERY]
    wide = {}
    for path in paths:
        small.visit(path)
        result = wider_than_the_screen(small.page)
        if result["overflow"] > 0:
            wide[path] = result
    for path in FORMS:
        small.visit(path)
        small.page.locator("form.request-form button[type=submit]").click()
        small.page.wait_for_load_state("load")
        result = wider_than_the_screen(small.page)
        if result["overflow"] > 0:
            wide[f"{path} with errors"] = result
    assert len(paths) > 30
    assert wide == {}


@pytest.mark.parametrize("home", ["/", "/es/"])
def test_the_emergency_advice_is_on_the_home_pages_first_screen(small, home):
    """The box starts on the first screen with its heading and its call to 911; the signs
    follow (all seven cannot fit on a 640 px screen together with the page's title)."""
    small.visit(home)
    box = small.page.locator(".care-card--emergency").first
    assert box.is_visible()
    heading = box.locator(".care-card__heading")
    call = box.locator('a[href="tel:911"]')
    for part in [heading, call]:
        bottom = part.evaluate("el => el.getBoundingClientRect().bottom")
        assert bottom <= HEIGHT, f"{part} ends at {bottom:.0f}px"
    # Nothing but the page's title comes before it.
    assert (
        small.page.evaluate("() => document.querySelector('main h1').nextElementSibling.className")
        == "urgent-notice"
    )
