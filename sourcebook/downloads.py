"""The PDF download: the stored file when it exists, else a 503 page (with Retry-After) while the worker makes it.

No request lays out a PDF itself (that takes up to half a minute); it asks the worker once, and every request for
the same version meanwhile finds that request already queued instead of queueing another.
"""

from django.http import FileResponse
from django.template.response import TemplateResponse
from django_tasks import TaskResultStatus

from sourcebook import pdf
from sourcebook.tasks import queue_book_pdf

RETRY_AFTER_SECONDS = 30


def book_pdf_response(request, book):
    """The download of `book` as a PDF, or a 503 page that says it is being made or why it can't be had."""
    name = pdf.stored_name(book)
    stored = pdf.open_stored_pdf(name)
    if stored is None:
        state = queue_book_pdf(book.pk)
        stored = pdf.open_stored_pdf(name)  # a backend without a worker has made it already
    if stored is not None:
        response = FileResponse(stored, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{pdf.download_name(book)}"'
        return response
    if state == TaskResultStatus.FAILED:
        return TemplateResponse(request, "sourcebook/pdf/unavailable.html", {"page": book}, status=503)
    response = TemplateResponse(request, "sourcebook/pdf/rendering.html", {"page": book}, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
