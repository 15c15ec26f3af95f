"""The Sourcebook as one PDF: laid out by WeasyPrint from the live chapters, stored once per book version and language.

A stored PDF is named after a digest of what it was made from (the book's and each live chapter's last publish
time, in reading order), so a publish, an unpublish or a move makes a new name and the old file is never served
again; the signal handlers in `sourcebook.signals` delete the old files as soon as a page is (un)published and hand
the new version to the background worker (`sourcebook.tasks`). Files go through Django's storage API, so the PDFs
live wherever media files do (a folder, object storage). Requests only serve stored files: `sourcebook.downloads`.
"""

import hashlib
import logging
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urljoin
from urllib.request import url2pathname

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify

logger = logging.getLogger(__name__)

# Part of every stored PDF's name: bump it when the PDF templates change, so no PDF in the old layout is served.
LAYOUT_VERSION = 1
STORAGE_FOLDER = "sourcebook-pdf"

# (family, file, weight, style): OFL fonts vendored in site/static/fonts (see its README) so that Arabic and
# Chinese render on any machine, whatever fonts the system has.
FONT_FACES = [
    (family, f"{prefix}-{weight}-{style}.woff", weight, style)
    for family, prefix, styles in (
        ("Book Latin", "noto-serif-latin", ("normal", "italic")),
        ("Book Cyrillic", "noto-serif-cyrillic", ("normal", "italic")),
        ("Book Arabic", "noto-naskh-arabic-arabic", ("normal",)),
        ("Book Chinese", "noto-sans-sc-chinese-simplified", ("normal",)),
    )
    for weight in (400, 700)
    for style in styles
]


class PdfUnavailable(Exception):
    """The PDF can't be made on this machine: WeasyPrint or a font it needs doesn't load."""


def font_dir():
    """Where the PDF's fonts are; the SOURCEBOOK_PDF_FONT_DIR setting overrides the vendored folder."""
    return Path(getattr(settings, "SOURCEBOOK_PDF_FONT_DIR", settings.BASE_DIR / "site" / "static" / "fonts"))


def download_name(book):
    """`<slug>-<language>.pdf` in ASCII, so every browser keeps the name (an Arabic slug becomes `sourcebook`)."""
    slug = slugify(book.slug) or "sourcebook"
    return f"{slug}-{book.locale.language_code}.pdf"


def stored_name(book):
    """The storage name of the PDF of `book` as it is published now."""
    return f"{STORAGE_FOLDER}/{book.pk}-{book.locale.language_code}-{version_digest(book)}.pdf"


def open_stored_pdf(name):
    """The stored PDF as a file object, or None while it has not been made."""
    try:
        return default_storage.open(name, "rb")
    except FileNotFoundError:
        return None


def make_book_pdf(book):
    """Render `book` and store it unless its current version is stored already; returns the storage name."""
    name = stored_name(book)
    if default_storage.exists(name):
        return name
    content = render_book_pdf(book)
    default_storage.save(name, ContentFile(content))
    _delete_other_versions(book, keep=name)
    return name


def invalidate(book):
    """Delete every stored PDF of `book` (one page per locale, so one language of the book)."""
    _delete_other_versions(book, keep=None)


def _delete_other_versions(book, keep):
    prefix = f"{book.pk}-{book.locale.language_code}-"
    try:
        _folders, files = default_storage.listdir(STORAGE_FOLDER)
    except FileNotFoundError:
        return
    for filename in files:
        name = f"{STORAGE_FOLDER}/{filename}"
        if filename.startswith(prefix) and filename.endswith(".pdf") and name != keep:
            default_storage.delete(name)


def render_book_pdf(book):
    """The PDF bytes of `book` and its live chapters, laid out in the book's language."""
    font_faces = _font_faces()
    weasyprint = _load_weasyprint()
    from weasyprint.text.fonts import FontConfiguration

    language = book.locale.language_code
    base_url = _base_url(book)
    with translation.override(language):
        context = {
            "book": book,
            "chapters": book.get_numbered_chapters(with_body=True),
            "language_code": language,
            "bidi": translation.get_language_bidi(),
            "font_faces": font_faces,
        }
        html = render_to_string("sourcebook/pdf/book.html", context)
        css = render_to_string("sourcebook/pdf/book.css", context)
    fetcher = _make_fetcher(weasyprint, base_url)
    font_config = FontConfiguration()
    try:
        stylesheet = weasyprint.CSS(string=css, base_url=base_url, url_fetcher=fetcher, font_config=font_config)
        document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher)
        return document.write_pdf(stylesheets=[stylesheet], font_config=font_config)
    except OSError as error:
        raise PdfUnavailable(f"WeasyPrint failed to lay out the book: {error}") from error


def _load_weasyprint():
    try:
        import weasyprint
    except (ImportError, OSError) as error:
        # OSError: WeasyPrint is installed but a system library it opens (Pango, HarfBuzz, Fontconfig) is not.
        raise PdfUnavailable(f"WeasyPrint could not be loaded: {error}") from error
    return weasyprint


def _font_faces():
    """[(family, file URI, weight, style)] for the stylesheet; a missing file means tofu, so it stops the PDF."""
    folder = font_dir()
    faces = []
    for family, filename, weight, style in FONT_FACES:
        path = folder / filename
        if not path.is_file():
            raise PdfUnavailable(f"font file {path} is missing")
        faces.append((family, path.resolve().as_uri(), weight, style))
    return faces


def _base_url(book):
    """The site's root URL: relative links in the chapters become links to the site in the PDF."""
    _, root_url, _ = book.get_url_parts()
    return (root_url or settings.WAGTAILADMIN_BASE_URL).rstrip("/") + "/"


def _make_fetcher(weasyprint, base_url):
    """A URL fetcher that reads media files from storage and the fonts from disk, and goes on no network."""
    media_prefix = urljoin(base_url, settings.MEDIA_URL)
    fonts = font_dir().resolve()

    class BookResourceFetcher(weasyprint.URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith(media_prefix):
                name = unquote(url[len(media_prefix) :].split("?")[0])
                with default_storage.open(name) as file:
                    body = file.read()
                content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
                return weasyprint.urls.URLFetcherResponse(url, body, {"Content-Type": content_type})
            if url.startswith("file:"):
                path = Path(url2pathname(url.removeprefix("file:").split("?")[0])).resolve()
                if path.parent == fonts:
                    return weasyprint.urls.URLFetcherResponse(url, path.read_bytes())
            raise ValueError(f"the sourcebook PDF loads nothing from {url}")

    return BookResourceFetcher()


def version_digest(book):
    """Changes whenever the book or one of its live chapters is published, unpublished or moved."""
    chapters = book.get_chapters().values_list("pk", "last_published_at")
    parts = [LAYOUT_VERSION, book.locale.language_code, book.last_published_at, *chapters]
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:20]
