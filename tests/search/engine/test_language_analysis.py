"""Each page is analysed in its own language on the real engine: stemming, stop words, accents, scripts."""

import pytest
from wagtail.models import Page

from search.backends import search_backend_for
from search.fallback import matching_ids
from tests import factories
from tests.search.engine.content import library, material


def titles(results):
    return [page.title for page in results]


def search(engine, query, language=None, **filters):
    """Titles of live pages matching `query`, best first, in one language (or all of them)."""
    pages = Page.objects.live()
    if language is not None:
        pages = pages.filter(locale=factories.locale(language))
    return titles(engine.backend.search(query, pages.filter(**filters)))


@pytest.mark.parametrize(
    ("language", "indexed", "query"),
    [
        ("en", "Workshops for gender advocates", "workshop"),
        ("en", "A workshop on ICT policy", "workshops"),
        ("fr", "Des ateliers pour les militantes", "atelier"),
        ("fr", "Un atelier sur les politiques TIC", "ateliers"),
        ("fr", "L'atelier national", "atelier"),
        ("es", "Talleres para defensoras", "taller"),
        ("es", "Un taller sobre políticas", "talleres"),
        ("pt", "Oficinas para defensoras", "oficina"),
    ],
)
def test_inflections_match_across_forms(engine, home, language, indexed, query):
    material(library(home, language), indexed)
    engine.refresh()

    assert search(engine, query, language) == [indexed]


@pytest.mark.parametrize(
    ("language", "indexed", "query"),
    [
        ("es", "Igualdad de género en las TIC", "genero"),
        ("es", "Igualdad de genero en las TIC", "género"),
        ("fr", "Égalité des sexes", "egalite"),
        ("pt", "Formação em políticas", "formacao"),
        ("en", "Naïve rôle of café owners", "cafe"),
    ],
)
def test_accents_are_folded(engine, home, language, indexed, query):
    material(library(home, language), indexed)
    engine.refresh()

    assert search(engine, query, language) == [indexed]


@pytest.mark.parametrize(
    ("language", "indexed", "query"),
    [
        ("ar", "ورشات عمل حول المساواة بين الجنسين", "ورشة"),  # workshops / workshop, with normalisation
        ("ar", "إستراتيجية المناصرة", "استراتيجية"),  # hamza-on-alef is normalised to a bare alef
        ("ru", "Семинары по гендерному равенству", "семинар"),
        ("zh-hans", "性别平等培训材料", "培训"),  # bigrams: a two-character word inside a sentence
        ("zh-hans", "性别平等培训材料", "性别平等"),
    ],
)
def test_other_scripts(engine, home, language, indexed, query):
    material(library(home, language), indexed)
    engine.refresh()

    assert search(engine, query, language) == [indexed]


def test_chinese_bigrams_do_not_match_single_shared_characters(engine, home):
    material(library(home, "zh-hans"), "性别平等培训材料")
    engine.refresh()

    assert search(engine, "平安", "zh-hans") == []  # shares 平 but not a bigram


def test_stop_words_do_not_match_on_their_own(engine, home):
    material(library(home, "fr"), "Le guide des formatrices")
    material(library(home, "en"), "The guide for trainers")
    engine.refresh()

    assert search(engine, "les", "fr") == []
    assert search(engine, "the", "en") == []


def test_search_is_scoped_to_one_language_or_all(engine, home):
    material(library(home, "en"), "Advocacy workshop")
    material(library(home, "fr"), "Atelier de plaidoyer (workshop)")
    material(library(home, "es"), "Taller de incidencia (workshop)")
    engine.refresh()

    assert search(engine, "workshop", "fr") == ["Atelier de plaidoyer (workshop)"]
    assert sorted(search(engine, "workshop")) == [
        "Advocacy workshop",
        "Atelier de plaidoyer (workshop)",
        "Taller de incidencia (workshop)",
    ]
    pinned = search_backend_for("es").search("workshop", Page.objects.live())
    assert titles(pinned) == ["Taller de incidencia (workshop)"]


def test_each_language_index_analyses_the_query_in_its_language(engine, home):
    """In "all languages", French elision applies to the French pages only: "l'atelier" is "atelier" there."""
    material(library(home, "fr"), "Un atelier")
    material(library(home, "en"), "Atelier (a French word for workshop)")
    engine.refresh()

    assert search(engine, "l'atelier") == ["Un atelier"]
    assert sorted(search(engine, "atelier")) == ["Atelier (a French word for workshop)", "Un atelier"]


def test_title_outranks_summary_outranks_body(engine, home):
    fr = library(home, "fr")
    material(fr, "Guide pratique", text="Ce guide aborde aussi la cybersécurité pour les militantes.")
    material(fr, "Cybersécurité pour les militantes", summary="Un guide pratique.")
    material(fr, "Fiche pratique", summary="La cybersécurité au quotidien.")
    engine.refresh()

    assert search(engine, "cybersécurité", "fr") == [
        "Cybersécurité pour les militantes",
        "Fiche pratique",
        "Guide pratique",
    ]


def test_taxonomy_names_are_indexed_in_the_page_language(engine, home):
    advocacy = factories.create_priority(2, "Advocacy", name_fr="Plaidoyer", name_es="Incidencia")
    fr, es = library(home, "fr"), library(home, "es")
    material(fr, "Fiche 1", priorities=[advocacy])
    material(es, "Ficha 1", priorities=[advocacy])
    engine.refresh()

    assert search(engine, "plaidoyer", "fr") == ["Fiche 1"]
    assert search(engine, "advocacy", "fr") == []
    assert search(engine, "incidencia", "es") == ["Ficha 1"]


def test_a_french_advocate_finds_the_training_on_advocacy_first(engine, home):
    """The issue's definition of done, on the engine: 'formation plaidoyer', in French, then by priority."""
    advocacy = factories.create_priority(2, "Advocacy", name_fr="Plaidoyer")
    capacity = factories.create_priority(3, "Capacity building", name_fr="Renforcement des capacités")
    training = factories.create_material_type("Training")
    training.name_fr = "Formation"
    training.save()
    fr, en = library(home, "fr"), library(home, "en")
    material(en, "Advocacy training", summary="Training on advocacy.", priorities=[advocacy])
    material(
        fr,
        "Formation au plaidoyer",
        summary="Une formation pour préparer une campagne de plaidoyer pour l'égalité des genres.",
        text="Les participantes apprennent à formuler leurs messages.",
        material_type=training,
        priorities=[advocacy],
    )
    material(fr, "Guide du plaidoyer", summary="Les étapes d'une campagne.", priorities=[advocacy])
    material(fr, "Former des formatrices", summary="Animer une formation.", priorities=[capacity])
    material(fr, "Fiche sur les médias", text="Plaidoyer et formation aux médias.", priorities=[capacity])
    engine.refresh()

    ranked = search(engine, "formation plaidoyer", "fr")
    assert ranked[0] == "Formation au plaidoyer"
    assert "Advocacy training" not in ranked

    from programmes.models import TrainingMaterialPage

    by_priority = engine.backend.search(
        "formation plaidoyer",
        TrainingMaterialPage.objects.live().filter(locale=fr.locale, priorities__slug=advocacy.slug),
    )
    assert titles(by_priority) == ["Formation au plaidoyer", "Guide du plaidoyer"]


def test_autocomplete_folds_accents_and_completes_words(engine, home):
    material(library(home, "es"), "Género y tecnología")
    engine.refresh()
    pages = Page.objects.live().filter(locale=factories.locale("es"))

    assert titles(engine.backend.autocomplete("gene", pages)) == ["Género y tecnología"]
    assert titles(engine.backend.autocomplete("Gén", pages)) == ["Género y tecnología"]
    assert titles(engine.backend.autocomplete("tecnol", pages)) == ["Género y tecnología"]


def test_matching_ids_are_ranked_and_cost_no_database_query(engine, home, django_assert_num_queries):
    fr = library(home, "fr")
    first = material(fr, "Formation au plaidoyer", summary="Formation.")
    second = material(fr, "Guide", text="Une formation.")
    material(fr, "Autre chose")
    engine.refresh()
    pages = Page.objects.live().filter(locale_id=fr.locale_id)

    with django_assert_num_queries(1):  # the Locale of the filter (to pick the French index); none for the hits
        ids = matching_ids(engine.backend, "formations", pages)

    assert ids == [first.pk, second.pk]
