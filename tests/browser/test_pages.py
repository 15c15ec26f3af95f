"""Every page type in English, French and Arabic at phone and desktop widths: it loads, fits, reads and passes axe."""

from urllib.parse import unquote, urlsplit

import pytest

from tests.browser.axe import axe_violations, describe
from tests.browser.catalogue import LANGUAGES, PAGE_TYPES
from tests.browser.chromium import REVIEW_SCREENSHOT, WIDTHS
from tests.browser.layout import layout_problems

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

CASES = [(page_type, language, width) for width in WIDTHS for language in LANGUAGES for page_type in PAGE_TYPES]

# Lazy images load now, so the screenshot shows them and a broken one is reported.
_LOAD_IMAGES = """async () => {
    const images = [...document.images];
    for (const image of images) image.loading = "eager";
    await Promise.all(images.map((image) => image.complete ? null : new Promise((done) => {
        image.addEventListener("load", done);
        image.addEventListener("error", done);
    })));
    await document.fonts.ready;
}"""


@pytest.mark.parametrize(("page_type", "language", "width"), CASES, ids=["-".join(case) for case in CASES])
def test_page(tabs, demo, screenshots, page_type, language, width):
    tab = tabs[width]
    page = tab.page
    path = demo.path(language, page_type)

    response = tab.open(path)
    page.evaluate(_LOAD_IMAGES)
    page.screenshot(path=screenshots / f"{page_type}-{language}-{width}.jpg", full_page=True, **REVIEW_SCREENSHOT)

    problems = []
    if response.status != 200:
        problems.append(f"HTTP {response.status}")
    if unquote(urlsplit(page.url).path) != unquote(urlsplit(tab.url(path)).path):
        problems.append(f"redirected to {page.url}")
    problems += tab.errors
    html = page.locator("html")
    if html.get_attribute("lang") != language:
        problems.append(f"<html lang> is {html.get_attribute('lang')!r}")
    direction = "rtl" if language == "ar" else "ltr"
    if html.get_attribute("dir") != direction:
        problems.append(f"<html dir> is {html.get_attribute('dir')!r}, not {direction}")
    headings = page.locator("h1")
    if headings.count() != 1 or not headings.first.is_visible():
        problems.append(f"{headings.count()} <h1>, expected one, visible")
    problems += layout_problems(page, width, direction)
    violations = axe_violations(page)
    if violations:
        problems.append("axe-core found serious or critical violations:\n" + describe(violations))

    assert not problems, f"{page.url} ({width}):\n" + "\n".join(problems)
