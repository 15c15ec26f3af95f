"""The pages the browser visits: one page of each type in each language, read from the seeded demo site.

The demo translates the whole site into French but only a showcase into Arabic. A page type the showcase leaves
out is aliased into Arabic (English content, Arabic interface and direction), as Wagtail does for a page that is
not translated yet, so that every page type is seen laid out right to left.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import quote

from django.conf import settings
from wagtail.models import Locale

from core.models import FormPage, StandardPage
from home.models import HomePage
from programmes.models import (
    EventCalendarPage,
    EventPage,
    ProgrammeIndexPage,
    ProgrammePlanPage,
    RegionPage,
    TrainingMaterialIndexPage,
    TrainingMaterialPage,
)
from sourcebook.models import SourcebookChapterPage, SourcebookPage

LANGUAGES = ("en", "fr", "ar")
# Languages whose pages' transfer sizes are measured (test_transfer.py): each script's fonts.
TRANSFER_LANGUAGES = ("en", "fr", "ar", "zh-hans")
# Languages whose pages are read for English left untranslated (test_languages.py): one per script.
READ_LANGUAGES = ("fr", "ar", "zh-hans")
# Languages whose main menu is measured (test_languages.py): all of them, since the menu's labels are theirs.
MENU_LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
# The languages the catalogue lists pages of.
CATALOGUE_LANGUAGES = tuple(dict.fromkeys((*LANGUAGES, *READ_LANGUAGES)))
PAGE_MODELS = {
    "home": HomePage,
    "standard-page": StandardPage,
    "form-page": FormPage,
    "sourcebook": SourcebookPage,
    "chapter": SourcebookChapterPage,
    "programmes": ProgrammeIndexPage,
    "region": RegionPage,
    "plan": ProgrammePlanPage,
    "event": EventPage,
    "calendar": EventCalendarPage,
    "training-library": TrainingMaterialIndexPage,
    "training-material": TrainingMaterialPage,
}
ROUTED_PAGES = ("country-list", "country-page", "search-results")
PAGE_TYPES = (*PAGE_MODELS, *ROUTED_PAGES)


@dataclass
class Catalogue:
    """Paths by language and page type, and what the tests need to know about the pages behind them."""

    paths: dict = field(default_factory=dict)  # {language: {page type: path}}
    titles: dict = field(default_factory=dict)  # {language: {page type: title}} for the Wagtail pages
    aliased: dict = field(default_factory=dict)  # {language: [page types shown through an alias]}
    search_words: dict = field(default_factory=dict)  # {language: a word with results}

    def path(self, language, page_type):
        return self.paths[language][page_type]


def build_catalogue():
    """Find (or alias) a page of each type in each language; call inside the transaction that holds the demo."""
    catalogue = Catalogue()
    english = {page_type: _english_page(model) for page_type, model in PAGE_MODELS.items()}
    for language in CATALOGUE_LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        paths, titles, aliased = {}, {}, []
        for page_type, source in english.items():
            page = source.get_translation_or_none(locale) if language != "en" else source
            if page is None or not page.live:
                page = source.copy_for_translation(locale, copy_parents=True, alias=True)
                aliased.append(page_type)
            page = page.specific
            paths[page_type] = page.get_url()
            titles[page_type] = page.title
        programmes = paths["programmes"]
        paths["country-list"] = f"{programmes}countries/"
        plan_country = english["plan"].country.code
        paths["country-page"] = f"{programmes}countries/{plan_country}/"
        word = _longest_word(titles["plan"])
        paths["search-results"] = f"/{language}/search/?q={quote(word)}"
        catalogue.paths[language] = paths
        catalogue.titles[language] = titles
        catalogue.aliased[language] = aliased
        catalogue.search_words[language] = word
    return catalogue


def _english_page(model):
    """The first live English page of a type, preferring one the demo translates into Arabic."""
    pages = list(model.objects.live().filter(locale__language_code="en").order_by("path"))
    assert pages, f"The demo site has no live English {model.__name__}"
    arabic = Locale.objects.get(language_code="ar")
    translated = [page for page in pages if page.get_translation_or_none(arabic) is not None]
    return (translated or pages)[0]


def _longest_word(title):
    return max(re.findall(r"\w+", title), key=len)
