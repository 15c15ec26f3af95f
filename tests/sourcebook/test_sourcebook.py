"""The Sourcebook read on the web: chapters in tree order, numbered, linked to each other and to their sections."""

import pytest

from tests import factories, hrefs, soup_of, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def book(home):
    return factories.create_sourcebook(
        home,
        title="Sourcebook",
        summary="A ready-reckoner on organising national programmes.",
        introduction="<p>How to organise a national programme for WSIS.</p>",
        editors="Gurumurthy Kasinathan and Chat Garcia Ramilo",
        publication_year=2003,
    )


@pytest.fixture
def chapters(book):
    return [
        factories.create_chapter(
            book,
            title="Why gender matters in WSIS",
            body=[
                factories.heading("The digital divide is gendered"),
                factories.paragraph("<p>Women are a minority of internet users in most regions.</p>"),
                factories.heading("What governments can do", level="h3"),
                factories.paragraph("<p>Commit to gender equality in national ICT policy.</p>"),
            ],
        ),
        factories.create_chapter(book, title="Organising a national programme"),
        factories.create_chapter(book, title="Lobbying your delegation"),
    ]


def test_book_page_shows_its_fields_and_contents(client, book, chapters):
    response = client.get("/en/sourcebook/")

    assert response.status_code == 200
    text = text_of(response)
    assert "Sourcebook" in text
    assert "A ready-reckoner on organising national programmes." in text
    assert "How to organise a national programme for WSIS." in text
    assert "Gurumurthy Kasinathan and Chat Garcia Ramilo" in text
    assert "2003" in text
    links = hrefs(response)
    assert [url for url in links if url in {chapter.url for chapter in chapters}][:3] == [c.url for c in chapters]


def test_chapter_page_shows_its_body(client, chapters):
    response = client.get("/en/sourcebook/why-gender-matters-in-wsis/")

    assert response.status_code == 200
    text = text_of(response)
    assert "Why gender matters in WSIS" in text
    assert "Women are a minority of internet users in most regions." in text
    assert "Chapter 1" in text


def test_chapter_numbers_follow_tree_order(client, book, chapters):
    first, second, third = chapters
    assert [chapter.number for chapter in chapters] == [1, 2, 3]

    third.move(first, pos="left")

    renumbered = {chapter.title: chapter.number for chapter in book.get_chapters()}
    assert renumbered == {
        "Lobbying your delegation": 1,
        "Why gender matters in WSIS": 2,
        "Organising a national programme": 3,
    }
    response = client.get(third.url)
    assert soup_of(response).find("title").get_text().startswith("Chapter 1: Lobbying your delegation")
    response = client.get(second.url)
    assert soup_of(response).find("title").get_text().startswith("Chapter 3: Organising a national programme")


def test_unpublished_chapter_leaves_no_gap_in_numbering(client, book, chapters):
    chapters[0].unpublish()

    response = client.get(chapters[2].url)

    assert soup_of(response).find("title").get_text().startswith("Chapter 2: Lobbying your delegation")
    assert chapters[0].url not in hrefs(response)


def pager_links(response):
    soup = soup_of(response)
    previous = soup.find("a", rel="prev")
    following = soup.find("a", rel="next")
    return (previous["href"] if previous else None, following["href"] if following else None)


def test_previous_and_next_links(client, chapters):
    first, second, third = chapters

    assert pager_links(client.get(first.url)) == (None, second.url)
    assert pager_links(client.get(second.url)) == (first.url, third.url)
    assert pager_links(client.get(third.url)) == (second.url, None)


def test_in_chapter_contents_link_to_headings_in_the_page(client, chapters):
    response = client.get(chapters[0].url)

    soup = soup_of(response)
    fragment_links = {anchor["href"][1:]: anchor.get_text(strip=True) for anchor in soup.select('a[href^="#"]')}
    expected = {
        "the-digital-divide-is-gendered": "The digital divide is gendered",
        "what-governments-can-do": "What governments can do",
    }
    for anchor, heading_text in expected.items():
        assert fragment_links.get(anchor) == heading_text
        target = soup.find(id=anchor)
        assert target is not None, f"no element with id={anchor}"
        assert target.name in {"h2", "h3"}
        assert target.get_text(strip=True) == heading_text
    assert soup.find(id="what-governments-can-do").name == "h3"


def test_every_chapter_shows_the_books_contents(client, book, chapters):
    chapter_urls = [chapter.url for chapter in chapters]

    for chapter in chapters:
        response = client.get(chapter.url)
        assert response.status_code == 200
        links = hrefs(response)
        assert set(chapter_urls) <= set(links), f"{chapter.title} does not link every chapter"
        assert book.url in links
        current = soup_of(response).find("a", attrs={"aria-current": "page", "href": chapter.url})
        assert current is not None, f"{chapter.title} is not marked as the current chapter"
