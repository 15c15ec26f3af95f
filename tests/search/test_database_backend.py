"""The database backend, the fallback while the engine is down, on SQLite and on PostgreSQL (TEST_DATABASE=postgres).

Both fold accents and find Chinese; PostgreSQL also stems each language with its own configuration.
"""

import pytest
from django.db import connection
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.fallback import matching_ids
from search.forms import SearchParams
from search.service import run_search
from tests import factories
from tests.search.engine.content import library, material

pytestmark = pytest.mark.django_db


def titles(results):
    return sorted(page.title for page in results)


def search(query, language=None, autocomplete=False):
    pages = Page.objects.live()
    if language:
        pages = pages.filter(locale=factories.locale(language))
    backend = get_search_backend()
    return titles((backend.autocomplete if autocomplete else backend.search)(query, pages))


@pytest.fixture
def pages(home):
    fr, es, zh = library(home, "fr"), library(home, "es"), library(home, "zh-hans")
    material(fr, "Égalité des genres", summary="Une formation sur l’égalité.")
    material(fr, "Les ateliers de plaidoyer")
    material(es, "Igualdad de género en las TIC")
    material(es, "Politicas de genero")
    material(zh, "性别平等与信息通信技术", summary="面向妇女的能力建设与培训")
    material(zh, "区域方案", summary="拉丁美洲的国家方案")
    material(library(home, "en"), "Gender equality")


@pytest.mark.parametrize(
    ("language", "plain", "accented", "expected"),
    [
        ("fr", "egalite", "égalité", ["Égalité des genres"]),
        ("es", "genero", "género", ["Igualdad de género en las TIC", "Politicas de genero"]),
    ],
)
def test_accents_do_not_matter(pages, language, plain, accented, expected):
    assert search(plain, language) == expected
    assert search(accented, language) == expected
    assert search(plain) == expected  # every language at once


def test_chinese_is_found_by_any_run_of_characters(pages):
    assert search("性别平等", "zh-hans") == ["性别平等与信息通信技术"]
    assert search("信息通信", "zh-hans") == ["性别平等与信息通信技术"]
    assert search("能力建设", "zh-hans") == ["性别平等与信息通信技术"]  # in the summary
    assert search("方案") == ["区域方案"]  # in the title and the summary, unscoped
    assert search("平等性别", "zh-hans") == []  # the same characters in another order
    assert search("性别 拉丁美洲", "zh-hans") == []  # both words must be there
    assert search("区域 拉丁美洲", "zh-hans") == ["区域方案"]


def test_autocomplete_folds_accents_and_finds_chinese(pages):
    assert search("egal", "fr", autocomplete=True) == ["Égalité des genres"]
    assert search("信息", "zh-hans", autocomplete=True) == ["性别平等与信息通信技术"]


def test_each_language_is_stemmed_on_postgresql_only(pages):
    """PostgreSQL's French configuration finds 'ateliers' for 'atelier'; SQLite's FTS5 has no stemmer."""
    stemmed = connection.vendor == "postgresql"
    assert search("atelier", "fr") == (["Les ateliers de plaidoyer"] if stemmed else [])
    assert search("ateliers", "fr") == ["Les ateliers de plaidoyer"]
    assert search("equalities", "en") == (["Gender equality"] if stemmed else [])


def test_matching_ids_take_one_query(pages, django_assert_max_num_queries):
    zh = Page.objects.live().filter(locale=factories.locale("zh-hans"))
    with django_assert_max_num_queries(3):  # the locale of the filter, the ids; content types once per process
        ids = matching_ids(get_search_backend(), "性别", zh)
    assert [Page.objects.get(pk=pk).title for pk in ids] == ["性别平等与信息通信技术"]


def test_matching_ids_rank_a_title_match_first_and_honour_the_queryset(pages):
    """The ranked statement starts from the FTS index (SQLite) but keeps only pages of the queryset, best first."""
    fr = Page.objects.live().filter(locale=factories.locale("fr"))
    ids = matching_ids(get_search_backend(), "égalité", fr)
    assert [Page.objects.get(pk=pk).title for pk in ids] == ["Égalité des genres"]
    es = Page.objects.live().filter(locale=factories.locale("es"))
    assert matching_ids(get_search_backend(), "égalité", es) == []
    both = matching_ids(get_search_backend(), "genero", es)
    assert len(both) == 2 and matching_ids(get_search_backend(), "genero", es, limit=1) == both[:1]


def test_autocomplete_returns_pages_best_first_within_the_slice(pages):
    backend = get_search_backend()
    es = Page.objects.live().filter(locale=factories.locale("es"))
    found = list(backend.autocomplete("gen", es, operator="and", order_by_relevance=True)[:8])
    assert sorted(page.title for page in found) == ["Igualdad de género en las TIC", "Politicas de genero"]
    assert [page.title for page in backend.autocomplete("gen", es, order_by_relevance=True)[1:2]] == [found[1].title]


def test_a_misspelt_word_of_the_text_finds_its_page_by_trigram_similarity_on_postgresql(pages):
    """'formaton' is in no title (so no correction is offered from titles): PostgreSQL finds the page whose text says
    'formation' by pg_trgm's word similarity and says the results are approximate; SQLite cannot."""
    outcome = run_search(SearchParams({"q": "formaton"}), factories.locale("fr"))
    if connection.vendor == "postgresql":
        assert [hit.title for hit in outcome.hits] == ["Égalité des genres"]
        assert outcome.approximate
    else:
        assert outcome.hits == []
    assert not run_search(SearchParams({"q": "zzyzx"}), factories.locale("fr")).hits  # nothing alike: nothing
