"""Publishing or unpublishing the book or one of its chapters, or a view restriction changing, deletes the book's
stored PDFs (see sourcebook.pdf) and, once the change is committed, asks the worker for the new version, so the first
reader rarely has to wait."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from sourcebook import pdf
from sourcebook.models import SourcebookChapterPage, SourcebookPage
from sourcebook.tasks import queue_book_pdf


def invalidate_book_pdf(sender, instance, **kwargs):
    book = instance if isinstance(instance, SourcebookPage) else instance.get_parent().specific
    _invalidate(book)


def _invalidate(book):
    pdf.invalidate(book)
    if book.live:
        transaction.on_commit(lambda: queue_book_pdf(book.pk, retry_failed=True))


def invalidate_books_under_restriction(sender, instance, **kwargs):
    """A restriction added, changed or lifted changes which chapters the public PDF may hold: drop what is stored.

    The restricted page may be a chapter, a book or any ancestor of a book, so every book above or below it goes.
    """
    restricted = instance.page
    above = SourcebookPage.objects.ancestor_of(restricted, inclusive=True)
    below = SourcebookPage.objects.descendant_of(restricted)
    for book in [*above, *below]:
        _invalidate(book)


def connect():
    for model in (SourcebookPage, SourcebookChapterPage):
        page_published.connect(invalidate_book_pdf, sender=model, dispatch_uid=f"pdf-published-{model.__name__}")
        page_unpublished.connect(invalidate_book_pdf, sender=model, dispatch_uid=f"pdf-unpublished-{model.__name__}")
    for signal in (post_save, post_delete):
        signal.connect(
            invalidate_books_under_restriction,
            sender=PageViewRestriction,
            dispatch_uid=f"pdf-restriction-{signal is post_save}",
        )
