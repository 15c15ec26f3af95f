"""One seeded demo site, with its translations, shared by every test in tests/demo.

Seeding is slow (the English site, then 112 page translations through wagtail-localize), so it runs once per run
(tests/seeded_demo.py): the package's test database is a copy of that site, put back as it was at the end, and
each test runs in a transaction rolled back after it.
"""

import pytest
from wagtail.models import Locale, Page, Site

TRANSLATED_LANGUAGES = ("fr", "es", "ar", "ru", "zh-hans", "pt")


@pytest.fixture(scope="package")
def seed_output(demo_snapshot):
    """The output of ``manage.py seed_demo`` run once, with translations (the default); the site it built."""
    with demo_snapshot.loaded():
        yield demo_snapshot.output


@pytest.fixture
def english_home(seed_output):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def english_pages(english_home):
    """Every English demo page, the home page included, in tree order."""
    return list(Page.objects.descendant_of(english_home, inclusive=True).order_by("path").specific())


def translation_of(page, language_code):
    """The translation of ``page`` in a language, or None."""
    return page.specific.get_translation_or_none(Locale.objects.get(language_code=language_code))


def english_page(pages, model, slug):
    """The English page of a type with a slug."""
    return next(page for page in pages if isinstance(page, model) and page.slug == slug)
