"""The Sourcebook PDF is laid out by the background worker, once per published version and language."""

import datetime
import logging

from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from sourcebook import pdf

logger = logging.getLogger(__name__)

# After a failed render, the book's PDF is not asked for again for this long (requests say it is not available).
FAILURE_MEMORY = datetime.timedelta(minutes=10)


@task()
def make_book_pdf(book_id):
    """Store the PDF of the book's current version (nothing to do if it is stored already)."""
    book = Page.objects.live().filter(pk=book_id).specific().first()
    if book is None:
        return None
    try:
        return pdf.make_book_pdf(book)
    except pdf.PdfUnavailable as error:
        logger.error("The PDF of sourcebook %s (%s) can't be made: %s", book.pk, book.locale.language_code, error)
        raise


def queue_book_pdf(book_id, retry_failed=False):
    """Ask the worker for the book's PDF unless it is queued, being made or (unless retry_failed) just failed;
    returns that task's status. With the database backend many requests (and publishes) make one task, not one each.
    """
    if isinstance(make_book_pdf.get_backend(), DatabaseBackend):
        latest = (
            DBTaskResult.objects.filter(task_path=make_book_pdf.module_path, args_kwargs__args__0=book_id)
            .order_by("-enqueued_at")
            .only("status", "finished_at")
            .first()
        )
        if latest is not None and latest.status in (TaskResultStatus.READY, TaskResultStatus.RUNNING):
            return latest.status
        failed = latest is not None and latest.status == TaskResultStatus.FAILED and not retry_failed
        if failed and latest.finished_at and timezone.now() - latest.finished_at < FAILURE_MEMORY:
            return latest.status
    return make_book_pdf.enqueue(book_id).status
