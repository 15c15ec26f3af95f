"""The done-when of the database search on the seeded demo (without the engine, on SQLite and on PostgreSQL):
a query typed without accents finds what the accented one finds, and Chinese queries find Chinese pages."""

import pytest
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

pytestmark = pytest.mark.django_db


def found(query, language):
    pages = Page.objects.live().filter(locale=Locale.objects.get(language_code=language))
    return {page.pk for page in get_search_backend().search(query, pages)}


@pytest.mark.parametrize(("language", "plain", "accented"), [("fr", "egalite", "égalité"), ("es", "genero", "género")])
def test_a_query_without_accents_finds_what_the_accented_one_finds(seed_output, language, plain, accented):
    expected = found(accented, language)
    assert len(expected) >= 3
    assert found(plain, language) == expected


def test_chinese_queries_find_the_chinese_pages(seed_output):
    pages = found("性别", "zh-hans")
    assert pages
    assert set(Page.objects.filter(pk__in=pages).values_list("locale__language_code", flat=True)) == {"zh-hans"}
    assert found("性别平等", "zh-hans")
    assert found("性别", "fr") == set()
