"""The Sourcebook as a PDF: the whole book in the reader's language, made once per published version."""

import re
import sys
from io import BytesIO

import pytest
from pypdf import PdfReader

from sourcebook import pdf
from tests import factories, hrefs, text_of

pytestmark = pytest.mark.django_db

ARABIC_TITLES = ["لماذا يهم النوع الاجتماعي", "تنظيم برنامج وطني"]
CHINESE_TITLES = ["为什么性别很重要", "组织国家方案"]


@pytest.fixture(autouse=True)
def stored_pdfs(settings, tmp_path):
    """Each test starts with no stored PDF; returns the folder where the PDFs are kept."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT / pdf.STORAGE_FOLDER


@pytest.fixture
def renders(monkeypatch):
    """Every book that WeasyPrint lays out during the test, in order."""
    books = []
    render = pdf.render_book_pdf

    def counting_render(book):
        books.append(book)
        return render(book)

    monkeypatch.setattr(pdf, "render_book_pdf", counting_render)
    return books


@pytest.fixture
def book(home):
    return factories.create_sourcebook(
        home,
        title="Sourcebook",
        slug="sourcebook",
        summary="A ready-reckoner on organising national programmes.",
        introduction="<p>How to organise a national programme for WSIS.</p>",
        editors="Gurumurthy Kasinathan and Chat Garcia Ramilo",
        publication_year=2003,
        cover_image=factories.create_image("Cover", size=(300, 400)),
    )


@pytest.fixture
def chapters(book):
    return [
        factories.create_chapter(
            book,
            title="Why gender matters in WSIS",
            summary="The case for a gender lens.",
            body=[
                factories.heading("The digital divide is gendered"),
                factories.paragraph('<p>Women are a minority of <a href="https://itu.int/">internet</a> users.</p>'),
                ("image", {"image": factories.create_image("Chart", size=(400, 200)), "caption": "Users by gender"}),
                ("quote", {"text": "Access is a right.", "attribution": "A delegate"}),
                ("embed", "https://www.youtube.com/watch?v=wsis2003"),
            ],
        ),
        factories.create_chapter(book, title="Organising a national programme"),
        factories.create_chapter(book, title="Lobbying your delegation"),
    ]


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return response, b"".join(response.streaming_content)


def pages_text(content):
    return [page.extract_text() for page in PdfReader(BytesIO(content)).pages]


def font_names(content):
    """The base names of the fonts embedded in the PDF (subset prefixes removed)."""
    names = set()
    for page in PdfReader(BytesIO(content)).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_english_pdf_has_a_cover_contents_with_page_numbers_and_every_chapter(client, book, chapters):
    response, content = download(client, "/en/sourcebook/pdf/")

    assert content.startswith(b"%PDF-")
    assert response["Content-Disposition"] == 'attachment; filename="sourcebook-en.pdf"'
    pages = pages_text(content)
    assert "Sourcebook" in pages[0]
    assert "Gurumurthy Kasinathan and Chat Garcia Ramilo" in pages[0]
    assert "2003" in pages[0]
    contents = pages[1]
    assert "Contents" in contents
    for chapter in chapters:
        entry = re.search(re.escape(chapter.title) + r"[ .]*(\d+)", contents)
        assert entry, f"no contents entry with a page number for {chapter.title!r}"
        page_number = int(entry.group(1))
        assert chapter.title in pages[page_number - 1], "the contents point at the chapter's page"
        assert str(page_number) in pages[page_number - 1].split(), "the page prints its number"
    assert re.search(r"The digital divide is gendered[ .]*\d+", contents), "sections are in the contents"
    text = "\n".join(pages)
    assert "Women are a minority of internet (https://itu.int/) users." in " ".join(text.split())
    assert "Users by gender" in text
    assert "https://www.youtube.com/watch?v=wsis2003" in text


def test_a_draft_chapter_is_not_in_the_pdf(client, book, chapters):
    factories.create_chapter(book, title="A chapter still in draft", publish=False)

    _, content = download(client, "/en/sourcebook/pdf/")

    assert "A chapter still in draft" not in "\n".join(pages_text(content))


def test_the_pdf_is_made_once_then_served_from_storage(client, book, chapters, renders, stored_pdfs):
    client.get(book.url)
    assert renders == [], "showing the book does not make the PDF"

    _, first = download(client, "/en/sourcebook/pdf/")
    _, second = download(client, "/en/sourcebook/pdf/")

    assert len(renders) == 1
    assert first == second
    assert len(list(stored_pdfs.glob("*.pdf"))) == 1


def test_publishing_a_chapter_makes_the_next_download_show_it(client, book, chapters, renders, stored_pdfs):
    download(client, "/en/sourcebook/pdf/")
    chapter = chapters[1]
    chapter.title = "Organising a national programme, revised"
    chapter.save_revision().publish()

    assert list(stored_pdfs.glob("*.pdf")) == [], "publishing deleted the stored PDF"
    _, content = download(client, "/en/sourcebook/pdf/")

    assert len(renders) == 2
    text = "\n".join(pages_text(content))
    assert "Organising a national programme, revised" in text


def test_unpublishing_a_chapter_takes_it_out_of_the_pdf(client, book, chapters, renders):
    download(client, "/en/sourcebook/pdf/")

    chapters[2].unpublish()
    _, content = download(client, "/en/sourcebook/pdf/")

    assert len(renders) == 2
    assert "Lobbying your delegation" not in "\n".join(pages_text(content))


def test_arabic_pdf_is_the_arabic_book_with_arabic_fonts(client, book, chapters):
    factories.publish_translation(book, "ar", title="دليل المصادر", slug="sourcebook")
    for chapter, title in zip(chapters, ARABIC_TITLES, strict=False):
        factories.publish_translation(
            chapter, "ar", title=title, body=[factories.paragraph("<p>النساء أقلية بين مستخدمي الإنترنت.</p>")]
        )

    response, content = download(client, "/ar/sourcebook/pdf/")

    assert response["Content-Disposition"] == 'attachment; filename="sourcebook-ar.pdf"'
    text = "\n".join(pages_text(content))
    assert re.search(r"[\u0600-\u06ff]{3}", text), "the PDF has Arabic text"
    assert "Why gender matters in WSIS" not in text, "the Arabic book has only the Arabic chapters"
    assert "Book-Arabic" in font_names(content), "Arabic letters come from the vendored Arabic font"
    assert PdfReader(BytesIO(content)).trailer["/Root"]["/Lang"] == "ar"


def test_chinese_pdf_uses_the_chinese_font(client, book, chapters):
    factories.publish_translation(book, "zh-hans", title="资料手册", slug="sourcebook")
    for chapter, title in zip(chapters, CHINESE_TITLES, strict=False):
        factories.publish_translation(chapter, "zh-hans", title=title)

    _, content = download(client, "/zh-hans/sourcebook/pdf/")

    text = "\n".join(pages_text(content))
    for title in CHINESE_TITLES:
        assert title in text
    assert "Book-Chinese" in font_names(content)


def test_the_book_and_its_chapters_link_to_the_download(client, book, chapters):
    for url in (book.url, chapters[0].url):
        response = client.get(url)
        assert "/en/sourcebook/pdf/" in hrefs(response)
        assert "Download the Sourcebook (PDF)" in text_of(response)


def test_without_its_fonts_the_download_is_a_503_page_that_logs_why(client, book, chapters, settings, tmp_path, caplog):
    settings.SOURCEBOOK_PDF_FONT_DIR = tmp_path / "no-fonts-here"

    response = client.get("/en/sourcebook/pdf/")

    assert response.status_code == 503
    assert "the PDF of this sourcebook cannot be made right now" in text_of(response)
    assert "no-fonts-here" in caplog.text


def test_without_weasyprint_the_download_is_a_503_page_that_logs_why(client, book, chapters, monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # what `import weasyprint` meets without Pango

    response = client.get("/en/sourcebook/pdf/")

    assert response.status_code == 503
    assert "WeasyPrint could not be loaded" in caplog.text


def test_the_file_name_stays_ascii_for_a_slug_in_arabic_letters(book):
    book.slug = "دليل-المصادر"

    assert pdf.download_name(book) == "sourcebook-en.pdf"
