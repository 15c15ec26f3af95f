"""What a reader of another language sees: no English left on the main page types (screenshots kept for review),
and a main menu on one row on a 1,366 px wide laptop screen in every language.
"""

import re

import pytest
from wagtail.models import Page

from tests.browser.catalogue import MENU_LANGUAGES, READ_LANGUAGES
from tests.browser.chromium import REVIEW_SCREENSHOT

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

READ_PAGE_TYPES = ("home", "chapter", "plan", "search-results")
LAPTOP = {"width": 1366, "height": 768}
# Names that stay as they are in every language, and the language switcher's own names of the languages.
PROPER_NOUNS = (
    "WSIS Gender Caucus",
    "WSIS",
    "ICT",
    "ITU",
    "UNIFEM",
    "Mastodon",
    "Malawi",
    "Nairobi",
    "Kenya",
    "English",
    "Français",
    "Español",
    "Português",
    "PDF",
)
# Words a language writes as English does (French cognates on the demo's pages; the unit Chinese writes "KB").
SAME_AS_ENGLISH = {
    "fr": {"national", "guide", "date", "dates", "contact", "documents", "minutes", "programme", "programmes", "page"},
    "ar": set(),
    "zh-hans": {"kb"},
}
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_ADDRESS = re.compile(r"\S+@\S+|https?://\S+")

# The text a reader sees (or hears: visually hidden text is kept) and the images' alt texts.
_VISIBLE_TEXT = """() => {
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const node = walker.currentNode;
        const text = node.textContent.replace(/\\s+/g, " ").trim();
        if (!text) continue;
        const element = node.parentElement;
        if (element.closest("script, style, template")) continue;
        if (!element.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
        texts.push(text);
    }
    for (const image of document.images) {
        if (image.alt && image.checkVisibility()) texts.push(image.alt);
    }
    return texts;
}"""


def _visible_texts(tab, path):
    response = tab.open(path)
    assert response.status == 200, f"{path} answered {response.status}"
    return tab.page.evaluate(_VISIBLE_TEXT)


def _latin_words(text):
    for noun in sorted(PROPER_NOUNS, key=len, reverse=True):
        text = re.sub(rf"(?<![A-Za-z]){re.escape(noun)}(?![A-Za-z])", " ", text)
    return _LATIN_WORD.findall(_ADDRESS.sub(" ", text))


def english_left(texts, english_texts, language):
    """The texts that read as English: shown as they are on the English page (a label left untranslated), or, on
    an Arabic or Chinese page, any word in Latin letters; proper nouns and the language's cognates aside."""
    english = set(english_texts)
    left = []
    for text in texts:
        words = [word for word in _latin_words(text) if word.lower() not in SAME_AS_ENGLISH[language]]
        if words and (text in english or language in ("ar", "zh-hans")):
            left.append(text)
    return left


@pytest.mark.parametrize("page_type", READ_PAGE_TYPES)
@pytest.mark.parametrize("language", READ_LANGUAGES)
def test_no_english_on_the_page_outside_proper_nouns(desktop, demo, screenshots, language, page_type):
    # The catalogue aliases English pages into Arabic and Chinese for the other tests (English content by design);
    # the demo has none, and this test's transaction, rolled back after it, takes them offline.
    Page.objects.filter(alias_of__isnull=False, locale__language_code=language).update(live=False)
    english_texts = _visible_texts(desktop, demo.path("en", page_type))
    path = demo.path(language, page_type)
    texts = _visible_texts(desktop, path)
    desktop.page.screenshot(path=screenshots / f"read-{page_type}-{language}.jpg", full_page=True, **REVIEW_SCREENSHOT)

    left = english_left(texts, english_texts, language)

    assert page_type not in demo.aliased[language], f"the demo has no {page_type} in {language}"
    assert not left, f"{path} shows English: " + " | ".join(left[:30])


@pytest.fixture(scope="module")
def laptop(browser, site_url):
    """A tab on a laptop's screen, for every language: the menu's layout depends on no cookie or earlier page."""
    context = browser.new_context(viewport=LAPTOP)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("language", MENU_LANGUAGES)
def test_the_main_menu_is_one_row_on_a_laptop_screen(laptop, site_url, demo, language):
    page = laptop
    response = page.goto(f"{site_url}/{language}/", wait_until="load")
    assert response.status == 200
    page.evaluate("document.fonts.ready.then(() => true)")
    links = page.locator(".main-menu__link")
    boxes = [links.nth(index).bounding_box() for index in range(links.count())]
    labels = links.all_inner_texts()

    assert len(boxes) >= 2, f"/{language}/ has {len(boxes)} menu links"
    tops = {round(box["y"]) for box in boxes}
    heights = {round(box["height"]) for box in boxes}
    assert len(tops) == 1 and len(heights) == 1, f"/{language}/ menu wraps at 1366 px: {labels} at {tops}, {heights}"
