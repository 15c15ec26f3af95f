"""The search page in Debian's Chromium: the search box's suggestions work from the keyboard (ARIA combobox), and
the page passes axe-core with results, filters and an empty state.

No server runs: the browser's requests to http://testserver/ are answered by Django's test client inside the test's
transaction (static files from the staticfiles finders), so the test content needs no commit.
"""

import mimetypes
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.contrib.staticfiles import finders

from tests.browser.axe import axe_violations, describe
from tests.browser.chromium import CHROMIUM, LAUNCH_ARGS, check_requirements

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

BASE = "http://testserver"


@pytest.fixture
def tab(client, site):
    check_requirements()
    from playwright.sync_api import sync_playwright

    def answer(route, request):
        parts = urlsplit(request.url)
        if parts.path.startswith("/static/"):
            found = finders.find(parts.path.removeprefix("/static/"))
            if not found:
                return route.fulfill(status=404, body="")
            content_type = mimetypes.guess_type(found)[0] or "application/octet-stream"
            return route.fulfill(status=200, body=Path(found).read_bytes(), headers={"Content-Type": content_type})
        response = client.get(parts.path + (f"?{parts.query}" if parts.query else ""))
        headers = {"Content-Type": response.get("Content-Type", "text/html")}
        if response.get("Location"):
            headers["Location"] = response["Location"]
        return route.fulfill(status=response.status_code, body=response.content, headers=headers)

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's sync API runs an event loop in this thread
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS, headless=True)
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            context.set_default_timeout(20_000)
            context.route(f"{BASE}/**", answer)
            page = context.new_page()
            errors = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.errors = errors
            yield page
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def test_suggestions_are_a_keyboard_combobox(tab):
    tab.goto(f"{BASE}/fr/search/")
    box = tab.locator("#search-page-query")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    listbox_id = box.get_attribute("aria-controls")

    box.press_sequentially("plaid", delay=30)
    option = tab.locator(f"#{listbox_id} [role=option]").first
    option.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert "Formation au plaidoyer" in tab.locator(f"#{listbox_id}").inner_text()
    assert tab.locator(".search-combobox [role=status]").inner_text()

    box.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert active and tab.locator(f"#{active}").get_attribute("aria-selected") == "true"
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert not box.get_attribute("aria-activedescendant")

    box.press("ArrowDown")
    chosen = tab.locator(f"#{box.get_attribute('aria-activedescendant')} .search-combobox__title").inner_text()
    with tab.expect_navigation():
        box.press("Enter")
    assert tab.locator("h1").first.inner_text() == chosen
    assert not tab.errors


def test_enter_without_a_highlighted_suggestion_submits_the_search(tab):
    tab.goto(f"{BASE}/fr/search/")
    box = tab.locator("#search-page-query")
    box.fill("formation plaidoyer")
    with tab.expect_navigation():
        box.press("Enter")

    assert urlsplit(tab.url).query == "q=formation+plaidoyer"
    assert tab.locator("ol.search-results .search-result__title").first.inner_text() == "Formation au plaidoyer"


@pytest.mark.parametrize(
    "path",
    [
        "/en/search/",
        "/en/search/?q=advocacy",
        "/en/search/?q=advocacy&type=material&lang=all&sort=date",
        "/en/search/?q=advocasy",
        "/en/search/?q=advocacy&page=abc",
    ],
)
def test_search_page_passes_axe(tab, path):
    tab.goto(f"{BASE}{path}")

    violations = axe_violations(tab)
    assert not violations, describe(violations)
    assert not tab.errors
