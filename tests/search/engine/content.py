"""Content for the engine tests: a training library per language, built as editors and translators do.

The home page and its library in every content language are built once per test module (`home` below), in a
transaction rolled back when the module is done (tests/module_data.py); each test runs in a savepoint of it, adds
its own materials, and gets the module's pages read again. The engine does not roll back: the module's pages are
indexed once and kept there (fixtures.KeptDocuments); every other document is deleted after each test
(fixtures.Engine.clear).
"""

import pytest
from wagtail.models import Page

from home.models import HomePage
from programmes.models import TrainingMaterialIndexPage
from search.indexing import content_languages
from tests import factories
from tests.module_data import built_once


def body(*paragraphs):
    return [factories.paragraph(f"<p>{text}</p>") for text in paragraphs]


def library(home, language_code="en"):
    """The training library under `home`, translated into `language_code` (with its parents) if it is not English."""
    english = TrainingMaterialIndexPage.objects.child_of(home).first() or factories.create_training_index(home)
    if language_code == "en":
        return english
    locale = factories.locale(language_code)
    existing = english.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    copy = english.copy_for_translation(locale, copy_parents=True)
    copy.save_revision().publish()
    return Page.objects.get(pk=copy.pk).specific


def material(library_page, title, summary="", text="", **fields):
    """A published training material in the library's language."""
    return factories.create_material(
        library_page,
        title=title,
        summary=summary,
        body=body(text) if text else [],
        locale=library_page.locale,
        **fields,
    )


def create_home():
    return factories.create_site_home(summary="The home of the WSIS Gender Caucus.")


@pytest.fixture(scope="module")
def _module_home(django_db_setup, django_db_blocker):
    """The home page and its library in every content language, built once for the module: (home's pk, {model:
    [pk]} of every page built). Indexed by the test settings' database backend as they are published."""
    with built_once(django_db_blocker):
        home = create_home()
        for language_code in content_languages():
            library(home, language_code)
        pages = {}
        for page in Page.objects.filter(depth__gt=1).specific():
            pages.setdefault(type(page), []).append(page.pk)
        yield home.pk, pages


@pytest.fixture
def home(_module_home, request, db):
    """The module's English home page (its libraries built in every language); on the engine when the test uses it."""
    home_pk, pages = _module_home
    if "engine" in request.fixturenames:
        request.getfixturevalue("engine").keep(pages)
    return HomePage.objects.get(pk=home_pk)
