"""The book's contents and every chapter's contents run the same number of queries for 5 chapters as for 50."""

import pytest

from tests import assert_flat_query_count, factories, listing_queries

pytestmark = pytest.mark.django_db

MAX_QUERIES = 20


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


def test_book_contents(client, book):
    assert_flat_query_count(*listing_queries(client, book.url, lambda count: add_chapters(book, count)), MAX_QUERIES)


def test_chapter_with_the_books_contents(client, book):
    first = factories.create_chapter(book, title="Introduction")
    assert_flat_query_count(*listing_queries(client, first.url, lambda count: add_chapters(book, count)), MAX_QUERIES)
