"""The search page in Debian's Chromium: the search box's suggestions work from the keyboard (ARIA combobox), and
the page passes axe-core with results, filters and an empty state.

The site is served on loopback from the test's own database connection (tests/browser/server.py), so the test
content is never committed.
"""

from urllib.parse import urlsplit

import pytest

from tests.browser.axe import axe_violations, describe
from tests.browser.chromium import running_chromium
from tests.browser.server import serve_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


class Tab:
    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        self.errors = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def open(self, path):
        """Go to `path`; the errors collected since then belong to this page."""
        self.errors.clear()
        return self.page.goto(self.base_url + path)


@pytest.fixture(scope="module")
def browser():
    """One Chromium for the module, started before the site's transaction opens (see running_chromium)."""
    with running_chromium() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def _site_built(browser, _site_built):
    return _site_built


@pytest.fixture(scope="module")
def module_tab(browser, _site_built):
    """One tab for the module's tests, on the site served from the connection that holds it; every test starts by
    opening a page, and none depends on a cookie."""
    with serve_site() as base_url:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.set_default_timeout(20_000)
        yield Tab(context.new_page(), base_url)
        context.close()


@pytest.fixture
def tab(module_tab, site):
    return module_tab


def test_suggestions_are_a_keyboard_combobox(tab):
    tab.open("/fr/search/")
    page = tab.page
    box = page.locator("#search-page-query")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    listbox_id = box.get_attribute("aria-controls")

    box.press_sequentially("plaid", delay=30)
    page.locator(f"#{listbox_id} [role=option]").first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert "Formation au plaidoyer" in page.locator(f"#{listbox_id}").inner_text()
    assert page.locator(".search-combobox [role=status]").inner_text()

    box.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert active and page.locator(f"#{active}").get_attribute("aria-selected") == "true"
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert not box.get_attribute("aria-activedescendant")

    box.press("ArrowDown")
    chosen = page.locator(f"#{box.get_attribute('aria-activedescendant')} .search-combobox__title").inner_text()
    with page.expect_navigation():
        box.press("Enter")
    assert chosen in page.locator("h1").first.inner_text()
    assert not tab.errors


def test_enter_without_a_highlighted_suggestion_submits_the_search(tab):
    tab.open("/fr/search/")
    page = tab.page
    box = page.locator("#search-page-query")
    box.fill("formation plaidoyer")
    with page.expect_navigation():
        box.press("Enter")

    assert urlsplit(page.url).query == "q=formation+plaidoyer"
    assert page.locator("ol.search-results .search-result__title").first.inner_text() == "Formation au plaidoyer"


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
    tab.open(path)

    violations = axe_violations(tab.page)
    assert not violations, describe(violations)
    assert not tab.errors
