"""Publishing or unpublishing the book or one of its chapters deletes the book's stored PDFs (see sourcebook.pdf)
and, once the change is committed, asks the worker for the new version, so the first reader rarely has to wait."""

from django.db import transaction
from wagtail.signals import page_published, page_unpublished

from sourcebook import pdf
from sourcebook.models import SourcebookChapterPage, SourcebookPage
from sourcebook.tasks import queue_book_pdf


def invalidate_book_pdf(sender, instance, **kwargs):
    book = instance if isinstance(instance, SourcebookPage) else instance.get_parent().specific
    pdf.invalidate(book)
    if book.live:
        transaction.on_commit(lambda: queue_book_pdf(book.pk, retry_failed=True))


def connect():
    for model in (SourcebookPage, SourcebookChapterPage):
        page_published.connect(invalidate_book_pdf, sender=model, dispatch_uid=f"pdf-published-{model.__name__}")
        page_unpublished.connect(invalidate_book_pdf, sender=model, dispatch_uid=f"pdf-unpublished-{model.__name__}")
