"""The book's contents and every chapter's contents run the same number of queries for 5 chapters as for 50: when the
fragments cache has them (a warm render) and when a publish has just purged it (a cold one), in the default language
and in a translation whose chapters only it has (numbered after the default language's)."""

import functools

import pytest

from tests import assert_flat_query_count, factories, listing_queries, render_queries

pytestmark = pytest.mark.django_db

MAX_QUERIES = 20
# With the fragments cached (the book's contents, the chapter's title and article, the chrome): the routing, the site
# and the view restrictions; nothing of the book's chapters.
WARM_MAX_QUERIES = 10


@pytest.fixture
def book(home):
    return factories.create_sourcebook(home, title="Sourcebook")


def add_chapters(book, count):
    for _ in range(count):
        factories.create_chapter(
            book,
            revision=False,
            summary="What this chapter covers.",
            body=[factories.heading("Background"), factories.paragraph("<p>Text.</p>"), factories.heading("Steps")],
        )


cold_render_queries = functools.partial(listing_queries, purged=True)


@pytest.mark.parametrize("measure", [listing_queries, cold_render_queries], ids=["warm", "cold"])
def test_book_contents(client, book, measure):
    assert_flat_query_count(*measure(client, book.url, lambda count: add_chapters(book, count)), MAX_QUERIES)


@pytest.mark.parametrize("measure", [listing_queries, cold_render_queries], ids=["warm", "cold"])
def test_chapter_with_the_books_contents(client, book, measure):
    first = factories.create_chapter(book, title="Introduction")
    assert_flat_query_count(*measure(client, first.url, lambda count: add_chapters(book, count)), MAX_QUERIES)


def test_a_translations_own_chapters_are_numbered_without_a_query_each(client, book):
    factories.create_chapter(book, title="Introduction")
    french_book = factories.publish_translation(book, "fr", title="Le manuel", slug="manuel")
    first = factories.create_chapter(french_book, title="Chapitre français", slug="chapitre")
    assert client.get(first.url).status_code == 200
    assert "Chapitre 2" in client.get(first.url).content.decode()  # After the English chapter.

    for url in (french_book.url, first.url):
        queries = cold_render_queries(client, url, lambda count: add_chapters(french_book, count))
        # A cold render in a translation also reads the default language's book and counts the chapters before this
        # one, a number only it has.
        assert_flat_query_count(*queries, MAX_QUERIES + 3)


def test_a_render_with_the_fragments_cached_reads_no_chapter(client, book):
    add_chapters(book, 30)
    chapter = factories.create_chapter(book, title="Introduction")
    client.get(chapter.url)  # The first visit creates the site settings, which purges the cache.

    for url in (book.url, chapter.url):
        queries = render_queries(client, url)
        assert len(queries) <= WARM_MAX_QUERIES, "\n".join(queries)
