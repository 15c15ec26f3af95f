"""The book's contents, and each chapter's title and article, are rendered once and reused (the "fragments" cache) until
something they show changes: then the next request shows the change. Each test renders its pages twice first, so the
second render came from the cache, and a stale cache would fail it."""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from tests import factories, hrefs, soup_of, text_of

pytestmark = pytest.mark.django_db

SECRET = "Zanzibarium"


@pytest.fixture
def book(home):
    return factories.create_sourcebook(home, title="Sourcebook", slug="sourcebook")


@pytest.fixture
def chapters(book):
    return [
        factories.create_chapter(book, title="Why gender matters", slug="why"),
        factories.create_chapter(book, title="Organising a programme", slug="organising"),
        factories.create_chapter(book, title="Lobbying your delegation", slug="lobbying"),
    ]


def contents(response):
    """[(number, title)] of the book's contents on a book or chapter page."""
    items = soup_of(response).select("nav.book-contents .chapter-list__link")
    return [
        (
            item.select_one(".chapter-list__number").get_text(strip=True),
            item.select_one(".chapter-list__title").get_text(strip=True),
        )
        for item in items
    ]


def title_of(response):
    return soup_of(response).find("title").get_text().split(" | ")[0]


def pager(response):
    soup = soup_of(response)
    return [link.get("href") if link else None for link in (soup.find("a", rel="prev"), soup.find("a", rel="next"))]


def visit(client, *pages):
    """Each page twice: the second render reads what the first stored."""
    for page in pages:
        for _ in range(2):
            assert client.get(page.url).status_code == 200


def test_the_contents_are_rendered_once_for_the_whole_book(client, book, chapters):
    visit(client, chapters[0])

    # Another chapter reuses the contents the first one stored, and marks itself as the current chapter.
    response = client.get(chapters[2].url)

    assert contents(response) == [
        ("Chapter 1", "Why gender matters"),
        ("Chapter 2", "Organising a programme"),
        ("Chapter 3", "Lobbying your delegation"),
    ]
    current = soup_of(response).select('nav.book-contents a[aria-current="page"]')
    assert [link["href"] for link in current] == [chapters[2].url]


def test_a_published_chapter_is_in_the_contents_and_pager_on_the_next_request(client, book, chapters):
    visit(client, book, *chapters)

    added = factories.create_chapter(book, title="Monitoring and evaluation", slug="monitoring", publish=False)
    added.save_revision().publish()

    assert contents(client.get(book.url))[-1] == ("Chapter 4", "Monitoring and evaluation")
    assert contents(client.get(chapters[0].url))[-1] == ("Chapter 4", "Monitoring and evaluation")
    assert pager(client.get(chapters[2].url)) == [chapters[1].url, added.url]


def test_a_new_title_is_in_every_chapters_contents_on_the_next_request(client, book, chapters):
    visit(client, book, *chapters)

    chapters[1].title = "Organising a national programme"
    chapters[1].save_revision().publish()

    for page in (book, chapters[0], chapters[2]):
        assert ("Chapter 2", "Organising a national programme") in contents(client.get(page.url))
    assert "Organising a national programme" in text_of(client.get(chapters[0].url))  # the pager's next link


def test_an_unpublished_chapter_leaves_the_contents_and_the_rest_are_renumbered(client, book, chapters):
    visit(client, book, *chapters)

    chapters[0].unpublish()

    assert contents(client.get(book.url)) == [
        ("Chapter 1", "Organising a programme"),
        ("Chapter 2", "Lobbying your delegation"),
    ]
    response = client.get(chapters[2].url)
    assert title_of(response) == "Chapter 2: Lobbying your delegation"
    assert chapters[0].url not in hrefs(response)
    assert pager(client.get(chapters[1].url)) == [None, chapters[2].url]


def test_a_reordered_chapter_renumbers_the_contents_titles_and_pager(client, book, chapters):
    visit(client, book, *chapters)

    chapters[2].move(chapters[0], pos="left")

    expected = [
        ("Chapter 1", "Lobbying your delegation"),
        ("Chapter 2", "Why gender matters"),
        ("Chapter 3", "Organising a programme"),
    ]
    assert contents(client.get(book.url)) == expected
    response = client.get(chapters[1].url)
    assert contents(response) == expected
    assert title_of(response) == "Chapter 3: Organising a programme"
    assert pager(response) == [chapters[0].url, None]
    assert title_of(client.get(chapters[2].url)) == "Chapter 1: Lobbying your delegation"


def test_a_chapter_made_private_leaves_the_public_contents_at_once(client, book, chapters):
    visit(client, book, *chapters)

    chapters[1].title = f"{SECRET} chapter"
    chapters[1].save_revision().publish()
    PageViewRestriction.objects.create(page=chapters[1], restriction_type="password", password="letmein")

    for page in (book, chapters[0], chapters[2]):
        response = client.get(page.url)
        assert SECRET not in response.content.decode()
        assert chapters[1].url not in hrefs(response)
    assert pager(client.get(chapters[0].url)) == [None, chapters[2].url]


def test_a_private_chapters_reader_sees_it_in_the_contents_and_nobody_else_does(book, chapters):
    private = factories.create_chapter(book, title=f"{SECRET} chapter", slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="letmein")
    reader, visitor = Client(), Client()
    form = soup_of(reader.get(private.url)).find("form", method="POST")
    assert reader.post(form["action"], {"password": "letmein", "return_url": private.url}).status_code == 302

    for _ in range(2):
        response = reader.get(private.url)
        current = soup_of(response).select('nav.book-contents a[aria-current="page"]')
        assert [link["href"] for link in current] == [private.url]
        assert contents(response)[:3] == contents(visitor.get(chapters[0].url))

        for page in (book, *chapters):
            response = visitor.get(page.url)
            assert SECRET not in response.content.decode()
            assert private.url not in hrefs(response)


def test_a_chapter_published_in_english_renumbers_a_translation_under_another_slug(client, book, chapters):
    factories.publish_translation(book, "fr", title="Le manuel", slug="manuel")
    french = factories.publish_translation(chapters[2], "fr", title="Faire pression", slug="pression")
    visit(client, french)
    assert title_of(client.get(french.url)).startswith("Chapitre 3")

    chapters[0].unpublish()

    response = client.get(french.url)
    assert title_of(response).startswith("Chapitre 2")
    assert ("Chapitre 2", "Faire pression") in contents(response)


def test_a_preview_shows_the_draft_and_leaves_the_visitors_contents_alone(client, book, chapters):
    visit(client, chapters[0])
    chapters[1].title = f"{SECRET} draft title"

    preview = chapters[1].make_preview_request()

    assert f"{SECRET} draft title" in preview.content.decode()
    assert "Chapter 2" in soup_of(preview).find("h1").get_text()
    for page in (book, *chapters):
        assert SECRET not in client.get(page.url).content.decode()


def test_a_preview_of_a_new_chapter_shows_the_books_contents(book, chapters):
    new = factories.create_chapter(book, title="Monitoring and evaluation", slug="monitoring", publish=False)

    preview = new.make_preview_request()

    assert preview.status_code == 200
    assert ("Chapter 3", "Lobbying your delegation") in contents(preview)
    assert "None" not in soup_of(preview).select_one("nav.book-contents").get_text()
