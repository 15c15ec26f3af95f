"""The database backend, which answers while the engine is down: accents, taxonomy language, filters.

These need no engine: the test settings' default backend is the database one (search.database.DatabaseSearchBackend).
"""

import pytest
from django.db import connection
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from programmes.models import TrainingMaterialPage
from search.fallback import matching_ids
from tests import factories
from tests.search.engine.content import library, material

pytestmark = pytest.mark.database_side


def titles(results):
    return sorted(page.title for page in results)


def search(query, language, queryset=None):
    pages = (queryset if queryset is not None else Page.objects.live()).filter(locale=factories.locale(language))
    return titles(get_search_backend().search(query, pages))


def test_full_text_search_folds_accents(home):
    """SQLite FTS5's unicode61 tokenizer and PostgreSQL's unaccent remove diacritics: 'genero' finds 'género'."""
    material(library(home, "es"), "Igualdad de género")
    material(library(home, "es"), "Politicas de genero")

    assert search("genero", "es") == ["Igualdad de género", "Politicas de genero"]
    assert search("género", "es") == ["Igualdad de género", "Politicas de genero"]


def test_database_backend_stems_on_postgresql_only(home):
    """A known limit of the SQLite fallback: exact words only, so 'atelier' misses 'ateliers' (the engine and
    PostgreSQL's French configuration find it)."""
    material(library(home, "fr"), "Des ateliers")

    assert search("ateliers", "fr") == ["Des ateliers"]
    assert search("atelier", "fr") == (["Des ateliers"] if connection.vendor == "postgresql" else [])


def test_taxonomy_names_are_indexed_in_the_page_language(home):
    advocacy = factories.create_priority(2, "Advocacy", name_fr="Plaidoyer")
    material(library(home, "fr"), "Fiche 1", priorities=[advocacy])
    material(library(home, "en"), "Sheet 1", priorities=[advocacy])

    assert search("plaidoyer", "fr") == ["Fiche 1"]
    assert search("advocacy", "fr") == []
    assert search("advocacy", "en") == ["Sheet 1"]


def test_priority_filters_work_on_the_database_backend(home):
    advocacy = factories.create_priority(2, "Advocacy")
    material(library(home, "en"), "Advocacy guide", priorities=[advocacy])
    material(library(home, "en"), "Media guide")

    materials = TrainingMaterialPage.objects.live().filter(priorities__slug="advocacy")
    assert search("guide", "en", materials) == ["Advocacy guide"]


def test_matching_ids_on_the_database_backend_keep_its_ranking_in_one_query(home, django_assert_max_num_queries):
    fr = library(home, "fr")
    matches = {
        material(fr, "Formation au plaidoyer", summary="Formation.").pk,
        material(fr, "Guide", text="Une formation.").pk,
    }
    for title in ("Autre chose", "Fiche pratique", "Atelier"):
        material(fr, title)
    pages = Page.objects.live().filter(locale_id=fr.locale_id)
    backend = get_search_backend()

    with django_assert_max_num_queries(2):  # the ids; and the page content types, once per process
        ids = matching_ids(backend, "formation", pages)

    assert set(ids) == matches
    assert ids == [page.pk for page in backend.search("formation", pages)]
