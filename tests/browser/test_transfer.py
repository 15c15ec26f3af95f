"""What a first visit downloads: every page type's transfer size per language, on a cold cache, and the home page's
budget (English 80 KB, Arabic 120 KB, Chinese 300 KB). Figures go to build/transfer-sizes.json and the README.

The site is served here as production serves it: static files collected by `collectstatic` with the production
storage (hashed names, gzip and Brotli copies) and answered by whitenoise, pages compressed by the site's own
middleware (core/compression.py). Chromium asks for Brotli on loopback as over HTTPS, so the static files come as
production visitors get them.

The collection is the run's one (tests/collected_static.py), which the production stack's tests serve too: made once
per run by whichever needs it first. The pages are visited in one browser tab whose cache, cookies and storage are
emptied before each visit, which measures the same bytes as a fresh browser context per page (checked page by page)
at a third of the CPU.
"""

import json
import re
from urllib.parse import urlsplit

import pytest
from django.test import override_settings
from wagtail.models import Locale

from config.settings.base import STORAGES as PRODUCTION_STORAGES
from tests.browser.catalogue import PAGE_MODELS, TRANSFER_LANGUAGES
from tests.browser.chromium import ROOT, WIDTHS
from tests.browser.server import serve_site
from tests.collected_static import collected_static

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

FONT_STYLESHEETS = {"ar": "arabic.css", "zh-hans": "chinese.css"}
HOME_BUDGET_KB = {"en": 80, "fr": 80, "ar": 120, "zh-hans": 300}
FIGURES = ROOT / "build" / "transfer-sizes.json"


def _live_paths(language):
    """{page type: path} of the first live page of each type in a language (the showcase languages have a few)."""
    locale = Locale.objects.get(language_code=language)
    paths = {}
    for page_type, model in PAGE_MODELS.items():
        page = model.objects.live().filter(locale=locale).order_by("path").first()
        if page is not None:
            paths[page_type] = page.get_url()
    return paths


# The characters a page shows, by weight: what the font slices would have to cover without a system font.
_CHARACTERS = """() => {
    const bold = new Set(), regular = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const node = walker.currentNode;
        const style = getComputedStyle(node.parentElement);
        if (style.display === "none" || style.visibility === "hidden") continue;
        const target = parseInt(style.fontWeight, 10) >= 600 ? bold : regular;
        for (const character of node.textContent) target.add(character.codePointAt(0));
    }
    return {400: [...regular], 700: [...bold]};
}"""


def _code_points(ranges):
    """The code points of a CSS unicode-range value ("U+0600-06FF,U+200C")."""
    points = set()
    for part in ranges.split(","):
        first, _, last = part.strip().removeprefix("U+").partition("-")
        points.update(range(int(first, 16), int(last or first, 16) + 1))
    return points


def _slices(stylesheet):
    """[(weight, code points, file size)] of the @font-face rules in fonts/web/arabic.css or chinese.css."""
    css = (ROOT / "site" / "static" / "fonts" / "web" / stylesheet).read_text()
    slices = []
    for rule in re.findall(r"@font-face \{(.*?)\}", css, re.S):
        name = re.search(r'url\("([^"]+)"\)', rule).group(1)
        weight = int(re.search(r"font-weight: (\d+)", rule).group(1))
        ranges = re.search(r"unicode-range: ([^;]+);", rule).group(1)
        size = (ROOT / "site" / "static" / "fonts" / "web" / name).stat().st_size
        slices.append((weight, _code_points(ranges), size))
    return slices


def _without_system_fonts(characters, slices):
    """Bytes of the slices a browser would fetch for these characters if no system font had the script."""
    return sum(size for weight, points, size in slices if points & set(characters[str(weight)]))


_TEXT_TYPES = ("document", "stylesheet", "script")


class _FirstVisits:
    """One tab that visits each page as a first-time visitor: nothing cached, no cookies, no stored data."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport=WIDTHS["desktop"])
        self.page = self.context.new_page()
        self.devtools = self.context.new_cdp_session(self.page)
        self.devtools.send("Network.enable")

    def forget(self, url):
        self.context.clear_cookies()
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
        self.devtools.send("Storage.clearDataForOrigin", {"origin": origin, "storageTypes": "all"})
        self.devtools.send("Network.clearBrowserCache")

    def close(self):
        self.context.close()


def _settle(page, started, ended, quiet_ms=100, step_ms=20, limit_ms=10_000):
    """Return once every request the page started has ended (`ended()` counts them) and none has started for quiet_ms.

    Playwright's "networkidle" waits 500 ms after the last request, and this module makes 48 visits: 24 s of a core
    left idle. Counting the requests settles a page in about a fifth of that, with the same requests measured (their
    sizes differ from run to run by a page's own few bytes of varying content, as they did before).
    """
    quiet = waited = 0
    seen = len(started)
    while quiet < quiet_ms and waited < limit_ms:
        page.wait_for_timeout(step_ms)
        waited += step_ms
        if len(started) != seen or ended() < len(started):
            seen, quiet = len(started), 0
        else:
            quiet += step_ms


def _transfer(visits, url, slices=None):
    """Bytes received (headers and bodies) loading `url` on a cold cache, and per resource type."""
    page = visits.page
    visits.forget(url)
    started, finished, failed = [], [], []
    # Functions of our own: Playwright cannot take a built-in method (list.append) off again.
    listeners = {
        "request": lambda request: started.append(request),
        "requestfinished": lambda request: finished.append(request),
        "requestfailed": lambda request: failed.append(request),
    }
    for event, listener in listeners.items():
        page.on(event, listener)
    response = page.goto(url, wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")
    _settle(page, started, lambda: len(finished) + len(failed))
    worst_case = _without_system_fonts(page.evaluate(_CHARACTERS), slices) if slices else 0
    for event, listener in listeners.items():
        page.remove_listener(event, listener)
    by_type, uncompressed = {}, []
    for request in finished:
        sizes = request.sizes()
        size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
        by_type[request.resource_type] = by_type.get(request.resource_type, 0) + size
        if request.resource_type in _TEXT_TYPES and "content-encoding" not in request.response().headers:
            uncompressed.append(request.url)
    return response.status, sum(by_type.values()), by_type, worst_case, uncompressed


@pytest.fixture(scope="module")
def production_url(demo):
    """The site with its static files collected and served as in production (whitenoise, compressed copies)."""
    production = override_settings(
        STORAGES=PRODUCTION_STORAGES,
        STATIC_ROOT=collected_static(),
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
    )
    with production, serve_site(static_by_django=False) as url:
        yield url


@pytest.fixture(scope="module")
def figures(browser, demo, production_url):
    """{language: {page type: {"total": bytes, "font": bytes, …}}}, measured once for the module."""
    measured = {}
    visits = _FirstVisits(browser)
    for language in TRANSFER_LANGUAGES:
        measured[language] = {}
        slices = _slices(FONT_STYLESHEETS[language]) if language in FONT_STYLESHEETS else None
        for page_type, path in _live_paths(language).items():
            status, total, by_type, worst_case, uncompressed = _transfer(visits, production_url + path, slices)
            assert status == 200, f"{path} answered {status}"
            measured[language][page_type] = {"total": total, **by_type, "fonts_without_system_font": worst_case}
            measured[language][page_type]["uncompressed"] = uncompressed
    visits.close()
    FIGURES.parent.mkdir(parents=True, exist_ok=True)
    FIGURES.write_text(json.dumps(measured, indent=1, sort_keys=True))
    return measured


@pytest.mark.parametrize("language", TRANSFER_LANGUAGES)
def test_the_home_page_fits_its_budget_on_a_cold_cache(figures, language):
    home = _sizes(figures[language]["home"])
    table = ", ".join(f"{kind} {size / 1024:.0f} KB" for kind, size in sorted(home.items()))
    print(f"{language} home page: {table}")
    assert home["total"] <= HOME_BUDGET_KB[language] * 1024, f"{language} home page: {table}"


def test_no_page_downloads_a_font_its_language_does_not_need(figures):
    """Latin and Cyrillic pages use system fonts; Arabic and Chinese ones only slices, never a whole face."""
    for language, pages in figures.items():
        for page_type, sizes in pages.items():
            sizes = _sizes(sizes)
            del sizes["fonts_without_system_font"]
            limit = 0 if language in ("en", "fr") else 200 * 1024
            assert sizes.get("font", 0) <= limit, (
                f"{language} {page_type}: {sizes.get('font', 0) / 1024:.0f} KB of fonts"
            )


def test_pages_scripts_and_stylesheets_arrive_compressed(figures):
    for language, pages in figures.items():
        for page_type, sizes in pages.items():
            assert not sizes["uncompressed"], f"{language} {page_type}: sent uncompressed: {sizes['uncompressed']}"


def _sizes(figures):
    return {kind: value for kind, value in figures.items() if kind != "uncompressed"}
