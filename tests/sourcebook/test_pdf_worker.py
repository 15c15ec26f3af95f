"""No request lays out the Sourcebook PDF: the database worker makes it once per version and language, requests
meanwhile get a translated 503 page with Retry-After, and then the stored file."""

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from sourcebook import pdf
from sourcebook.tasks import make_book_pdf
from tests import factories, text_of

# The worker takes an exclusive transaction, which SQLite cannot open inside a test's transaction; the rollback is
# serialised so the locales and root page from the migrations are there again for the next test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def database_tasks(settings, tmp_path):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def book(home):
    book = factories.create_sourcebook(home, title="Sourcebook", slug="sourcebook")
    factories.create_chapter(book, title="Why gender matters in WSIS")
    return book


def pdf_tasks():
    return DBTaskResult.objects.filter(task_path=make_book_pdf.module_path)


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def test_requests_wait_with_retry_after_while_one_render_is_queued_then_get_the_stored_file(client, book):
    run_worker()  # what creating the pages queued, the PDF included
    pdf.invalidate(book)  # as on a first start, with nothing stored yet
    pdf_tasks().delete()

    answers = [client.get("/en/sourcebook/pdf/") for _ in range(14)]

    assert {response.status_code for response in answers} == {503}
    assert answers[0]["Retry-After"] == "30"
    assert "The PDF is being prepared" in text_of(answers[0])
    assert pdf_tasks().count() == 1, "fourteen requests, one render"

    run_worker()
    response = client.get("/en/sourcebook/pdf/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert pdf_tasks().count() == 1


def test_the_waiting_page_is_in_the_readers_language(client, book):
    french = book.copy_for_translation(factories.locale("fr"), copy_parents=True)
    french.save_revision().publish()

    response = client.get("/fr/sourcebook/pdf/")

    assert response.status_code == 503
    assert "Le PDF est en préparation" in text_of(response)


def test_a_publish_queues_the_new_version_for_the_worker(client, book):
    run_worker()
    assert client.get("/en/sourcebook/pdf/").status_code == 200, "publishing the book queued its PDF"

    chapter = factories.create_chapter(book, title="Lobbying your delegation")
    chapter.save_revision().publish()
    assert pdf_tasks().filter(status="READY").count() == 1, "the publish asked the worker for the new version"
    run_worker()

    response = client.get("/en/sourcebook/pdf/")
    assert response.status_code == 200
    names = pdf.default_storage.listdir(pdf.STORAGE_FOLDER)[1]
    assert names == [pdf.stored_name(book).split("/")[-1]], "only the current version is kept"


def test_a_render_that_fails_says_the_pdf_is_not_available(client, book, settings, tmp_path):
    settings.SOURCEBOOK_PDF_FONT_DIR = tmp_path / "no-fonts-here"
    run_worker()
    pdf_tasks().delete()
    client.get("/en/sourcebook/pdf/")
    run_worker()

    response = client.get("/en/sourcebook/pdf/")

    assert response.status_code == 503
    assert "the PDF of this sourcebook cannot be made right now" in text_of(response)
    assert pdf_tasks().count() == 1, "a failed render is not retried on every request"
