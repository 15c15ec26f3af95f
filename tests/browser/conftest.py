"""Browser tests: Playwright drives Debian's Chromium (tests/browser/chromium.py) against the demo site on loopback.

The seeded demo site is copied into the test database once for the package (tests/seeded_demo.py), completed in a
transaction that is never committed, and served from that same connection (tests/browser/server.py). One Chromium
for the package, one browser context per width, one tab per context reused by every test.
"""

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client
from wagtail.models import Site

from tests.browser.admin_journeys import CASES, Journey
from tests.browser.catalogue import build_catalogue
from tests.browser.chromium import SCREENSHOTS, WIDTHS, running_chromium
from tests.browser.server import serve_site


@pytest.fixture(scope="package")
def browser():
    """Debian's Chromium, headless, started once; stopped with the package, so no later test runs in its loop."""
    with running_chromium() as chromium:
        yield chromium


@pytest.fixture(scope="package")
def demo_site(browser, demo_snapshot):
    """The seeded demo site (tests/seeded_demo.py), in a transaction rolled back when the package is done."""
    with demo_snapshot.loaded(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="package")
def demo(demo_site, django_db_blocker):
    """The pages to visit on the demo site (catalogue.py), each rendered once. The editors' journeys need neither,
    and `make test-postgres` runs only them.

    Every language is translated, as in the demo: the main menu is measured in each (test_languages.py).
    """
    with django_db_blocker.unblock():
        catalogue = build_catalogue()
        Site.clear_site_root_paths_cache()
        _make_renditions(catalogue)
    return catalogue


def _make_renditions(catalogue):
    """Render every page once here, so the image renditions are made in the package's transaction.

    Made during a test, they would be rolled back with it and made again, at a few seconds a page, by the next.
    """
    client = Client(raise_request_exception=False)  # A page that fails is reported by its own test.
    for paths in catalogue.paths.values():
        for path in paths.values():
            client.get(path)


@pytest.fixture(scope="package")
def site_url(demo_site):
    """The base URL of the site, served on loopback while the package runs."""
    with serve_site() as url:
        yield url


class Tab:
    """One browser tab at one width, reused from test to test, that keeps the console errors of its last page."""

    def __init__(self, page, base_url, width):
        self.page = page
        self.base_url = base_url
        self.width = width
        self.errors = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(f"uncaught exception: {error}"))
        page.on("response", self._response)

    def _console(self, message):
        if message.type == "error":
            location = message.location.get("url") or ""
            self.errors.append(f"console error: {message.text} {location}".strip())

    def _response(self, response):
        if response.status >= 400:
            self.errors.append(f"HTTP {response.status} for {response.url}")

    def url(self, path):
        return self.base_url + path

    def open(self, path):
        """Go to `path` and return the response; the errors collected since then belong to this page."""
        self.errors.clear()
        return self.page.goto(self.url(path), wait_until="load")


@pytest.fixture(scope="package")
def tabs(browser, site_url):
    """{"phone": Tab, "desktop": Tab}: one context per width, each with one tab."""
    opened = {}
    for name, viewport in WIDTHS.items():
        context = browser.new_context(
            viewport=viewport,
            is_mobile=name == "phone",
            has_touch=name == "phone",
            reduced_motion="reduce",
        )
        context.set_default_timeout(20_000)
        opened[name] = Tab(context.new_page(), site_url, name)
    yield opened
    for tab in opened.values():
        tab.page.context.close()


@pytest.fixture
def desktop(tabs):
    return tabs["desktop"]


@pytest.fixture
def phone(tabs):
    return tabs["phone"]


@pytest.fixture(scope="session")
def screenshots():
    """The folder the screenshots go to (build/screenshots), for people to review. The PostgreSQL run, which `make
    test` runs beside the SQLite one, takes the admin journeys' in a folder of its own (build/screenshots-postgres):
    two runs writing the same file at once could leave a mix of both."""
    folder = SCREENSHOTS if settings.TEST_DATABASE == "sqlite" else SCREENSHOTS.with_name("screenshots-postgres")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(params=CASES)
def journey(request, demo_site, django_user_model, browser, site_url):
    """An editors' journey (tests/browser/admin_journeys.py): setup_editors on the demo, the editor and a
    coordinator, and an English page nobody has translated yet; French plan and Spanish chapter by default."""
    played = Journey(request.param, browser, site_url, django_user_model)
    yield played
    played.close()
