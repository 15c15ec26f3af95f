"""The Sourcebook's download link gives a PDF of the whole book in the page's language, with every chapter title."""

from io import BytesIO
from urllib.parse import urljoin

import pytest
from pypdf import PdfReader

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def words(text):
    return " ".join(text.split())


@pytest.mark.parametrize("language", ["en", "fr"])
def test_sourcebook_pdf_link_downloads_the_book_with_its_chapter_titles(desktop, demo, language):
    page = desktop.page
    desktop.open(demo.path(language, "sourcebook"))
    titles = [words(title) for title in page.locator(".book-contents .chapter-list__title").all_inner_texts()]
    link = page.locator("a.book-download__link")
    assert titles and link.get_attribute("type") == "application/pdf"

    response = page.request.get(urljoin(page.url, link.get_attribute("href")), timeout=240_000)

    assert response.status == 200, response.text()[:500]
    assert response.headers["content-type"] == "application/pdf"
    body = response.body()
    assert body.startswith(b"%PDF")
    text = words(" ".join(pdf_page.extract_text() for pdf_page in PdfReader(BytesIO(body)).pages))
    missing = [title for title in titles if title not in text]
    assert not missing, f"chapter titles missing from the PDF: {missing}"
