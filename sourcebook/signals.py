"""Publishing or unpublishing the book or one of its chapters deletes the book's stored PDFs (see sourcebook.pdf)."""

from wagtail.signals import page_published, page_unpublished

from sourcebook import pdf
from sourcebook.models import SourcebookChapterPage, SourcebookPage


def invalidate_book_pdf(sender, instance, **kwargs):
    book = instance if isinstance(instance, SourcebookPage) else instance.get_parent()
    pdf.invalidate(book)


def connect():
    for model in (SourcebookPage, SourcebookChapterPage):
        page_published.connect(invalidate_book_pdf, sender=model, dispatch_uid=f"pdf-published-{model.__name__}")
        page_unpublished.connect(invalidate_book_pdf, sender=model, dispatch_uid=f"pdf-unpublished-{model.__name__}")
