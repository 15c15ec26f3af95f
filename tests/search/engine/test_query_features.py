"""The search service on the real engine: misspellings, every script's input forms, possessives, quoted phrases."""

import unicodedata

from search.forms import SearchParams
from search.models import SynonymGroup
from search.service import run_search
from search.suggestions import autocomplete
from tests import factories
from tests.search.engine.content import library, material


def found(query, language="en", **params):
    outcome = run_search(SearchParams({"q": query, **params}), factories.locale(language))
    assert not outcome.degraded
    return outcome, [hit.title for hit in outcome.hits]


def test_a_misspelled_title_word_is_corrected_and_said_so(engine, home):
    material(library(home), "Advocacy toolkit", text="Steps for a national campaign.")
    engine.refresh()

    outcome, titles = found("advocasy")

    assert titles == ["Advocacy toolkit"] and outcome.correction == "advocacy"


def test_a_misspelled_body_word_matches_by_similar_spelling(engine, home):
    material(library(home), "Working with parliaments", text="Lobbying members of parliament on ICT budgets.")
    material(library(home), "Unrelated", text="Logistics of a regional meeting.")
    engine.refresh()

    outcome, titles = found("lobying")

    assert titles == ["Working with parliaments"] and outcome.approximate
    assert found("lobying", exact="1")[1] == []


def test_short_words_are_never_fuzzy(engine, home):
    material(library(home), "ICT budgets", text="Tax and levy.")
    engine.refresh()

    assert found("tux")[1] == []


def test_decomposed_accents_find_what_composed_ones_find(engine, home):
    material(library(home, "fr"), "Égalité des genres", text="Un guide sur l'égalité.")
    engine.refresh()

    composed = found("égalité", "fr")[1]
    assert composed == ["Égalité des genres"]
    assert found(unicodedata.normalize("NFD", "égalité"), "fr")[1] == composed


def test_arabic_with_diacritics_finds_what_it_finds_without(engine, home):
    material(library(home, "ar"), "النوع الاجتماعي والتكنولوجيا", text="دليل المناصرة")
    engine.refresh()

    plain = found("النوع الاجتماعي", "ar")[1]
    assert plain == ["النوع الاجتماعي والتكنولوجيا"]
    assert found("النَّوْعِ الاجْتِمَاعِيِّ", "ar")[1] == plain


def test_a_possessive_behaves_like_the_word(engine, home):
    material(library(home), "Women in ICT policy", text="Networks of women leaders.")
    engine.refresh()

    outcome, titles = found("women's")

    assert titles == found("women")[1] == ["Women in ICT policy"]
    assert not outcome.any_words
    assert "<mark>s" not in str(outcome.hits[0].snippet).lower()


def test_a_quoted_phrase_matches_only_the_phrase(engine, home):
    material(library(home), "Gender equality in ICT", text="Equality between genders.")
    material(library(home), "Equality of access", text="Gender budgets and access to equality.")
    engine.refresh()

    assert sorted(found("gender equality")[1]) == ["Equality of access", "Gender equality in ICT"]
    assert found('"gender equality"')[1] == ["Gender equality in ICT"]


def suggested(query, language="en"):
    return [suggestion.title for suggestion in autocomplete(query, factories.locale(language))[0]]


def test_autocomplete_normalises_each_script_and_needs_every_word(engine, home):
    material(library(home, "fr"), "Guide de l'égalité")
    material(library(home, "ar"), "أمر المناصرة")
    material(library(home, "zh-hans"), "性别平等培训")
    material(library(home), "Latin America plans")
    material(library(home), "Unpublished drafts")
    engine.refresh()

    assert suggested("éga", "fr") == ["Guide de l'égalité"]
    assert suggested("امر", "ar") == suggested("أمر", "ar") == ["أمر المناصرة"]
    assert suggested("性", "zh-hans") == ["性别平等培训"]
    assert suggested("Unpublished lat") == []
    assert suggested("latin am") == ["Latin America plans"]


def test_editors_synonyms_apply_on_the_engine_without_a_reindex(engine, home):
    material(library(home), "Advocacy toolkit", text="Preparing a national advocacy plan.")
    material(library(home, "es"), "Programa de Malaui", text="Un programa nacional.")
    engine.refresh()
    assert found("campaigning", exact="1")[1] == []

    SynonymGroup.objects.create(words="advocacy, lobbyists, campaigning")
    SynonymGroup.objects.create(language="es", words="Malawi, Malaui")

    outcome, titles = found("campaigning")
    assert titles == found("lobbyists")[1] == ["Advocacy toolkit"]
    assert "<mark>" in str(outcome.hits[0].snippet)
    assert found("Malawi", "es")[1] == ["Programa de Malaui"]
    assert found('"national advocacy" lobbyists')[1] == ["Advocacy toolkit"]
