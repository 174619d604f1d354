"""axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page type, the search page with
and without results, and the 404 page, on a phone and a desktop; while loading each page: no
request to another host, no console error (CSP included), and no sideways scrolling."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import WCAG_TAGS

EXTRA_PATHS = {
    "emergency symptom": "/symptoms/weakness-or-difficulty-walking/",
    "guide with the practice's figures": "/patients-and-families/how-soon-will-we-see-you/",
    "insurance and costs": "/patients-and-families/insurance-and-costs/",
    "search with results": "/search/?q=back+pain",
    "search without results": "/search/?q=zzqx",
    "search, empty": "/search/",
    "not found": "/no-such-page/",
}

axe = Axe()


def audit(visitor, paths):
    """axe violations, foreign requests, console errors and overflow, page by page."""
    problems = []
    for name, path in paths.items():
        response = visitor.visit(path)
        expected = 404 if name == "not found" else 200
        if response.status != expected:
            problems.append(f"{name} {path}: HTTP {response.status}")
            continue
        results = axe.run(
            visitor.page,
            options={
                "runOnly": {"type": "tag", "values": WCAG_TAGS},
                "resultTypes": ["violations"],
            },
        )
        for violation in results.response["violations"]:
            targets = [", ".join(node["target"]) for node in violation["nodes"]][:3]
            problems.append(f"{name} {path}: {violation['id']} ({violation['impact']}) {targets}")
        problems += [f"{name} {path}: request to {url}" for url in visitor.foreign_requests()]
        problems += [
            f"{name} {path}: console error {error}"
            for error in visitor.errors
            if not (expected == 404 and "404" in error)  # the 404 page's own status
        ]
        overflow = visitor.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            problems.append(f"{name} {path}: scrolls sideways by {overflow}px")
    return problems


@pytest.fixture(scope="module")
def paths(site_paths):
    return {**site_paths, **EXTRA_PATHS}


def test_every_page_type_passes_axe_on_a_320px_phone(phone, paths):
    assert len(paths) >= 15, sorted(paths)
    problems = audit(phone, paths)
    assert problems == [], "\n".join(problems)


def test_every_page_type_passes_axe_on_a_desktop(desktop, paths):
    problems = audit(desktop, paths)
    assert problems == [], "\n".join(problems)


def test_no_sideways_scrolling_at_200_percent_zoom(browser, live_site, paths):
    """200% zoom on a 1280 x 800 screen is a 640 x 400 CSS pixel viewport."""
    from tests.browser.conftest import Visitor

    context = browser.new_context(viewport={"width": 640, "height": 400}, device_scale_factor=2)
    visitor = Visitor(context, live_site)
    try:
        wide = []
        for name, path in paths.items():
            visitor.visit(path)
            overflow = visitor.page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            if overflow > 0:
                wide.append(f"{name} {path}: {overflow}px")
        assert wide == []
    finally:
        context.close()


def test_the_audit_catches_a_real_violation(phone):
    """The axe run above is not vacuous: an unlabelled field on a page is reported."""
    phone.visit("/")
    phone.page.evaluate(
        "document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=text>')"
    )
    results = axe.run(phone.page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert "label" in [v["id"] for v in results.response["violations"]]
