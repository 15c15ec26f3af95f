"""Publishing or unpublishing the book or one of its chapters, or a view restriction changing, deletes the book's
stored PDFs (see sourcebook.pdf) and, once the change is committed, asks the worker for the new version, so the first
reader rarely has to wait. It also purges every translation of the book from the page cache (and its fragments):
chapter numbers follow the default language's book, so a chapter published in English renumbers the French book, whose
section (a translated slug) the page cache's own purge does not reach when the chapter has no French translation."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from pagecache import store
from pagecache.signals import purges_held
from sourcebook import pdf
from sourcebook.models import SourcebookChapterPage, SourcebookPage
from sourcebook.tasks import queue_book_pdf


def book_changed(sender, instance, **kwargs):
    book = instance if isinstance(instance, SourcebookPage) else instance.get_parent().specific
    _invalidate(book)
    if not purges_held():
        _purge_every_language(book)


def _purge_every_language(book):
    """The sections of the book's pages in every language (`store.section_of` of their paths)."""
    url_parts = (page.get_url_parts() for page in book.get_translations(inclusive=True))
    store.purge_sections({store.section_of(parts[2]) for parts in url_parts if parts and parts[2]})


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
        page_published.connect(book_changed, sender=model, dispatch_uid=f"pdf-published-{model.__name__}")
        page_unpublished.connect(book_changed, sender=model, dispatch_uid=f"pdf-unpublished-{model.__name__}")
    for signal in (post_save, post_delete):
        signal.connect(
            invalidate_books_under_restriction,
            sender=PageViewRestriction,
            dispatch_uid=f"pdf-restriction-{signal is post_save}",
        )
