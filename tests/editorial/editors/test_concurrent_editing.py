"""Several editors at once: SQLite waits for the writer instead of answering "database is locked", and a save from
a form loaded before someone else's save is refused, with who saved and when, and the editor's text kept."""

import threading
import time
from contextlib import contextmanager

from django.conf import settings
from django.db import connections, transaction
from django.db.backends.sqlite3.base import DatabaseWrapper
from wagtail.models import Page

from tests.editorial.editors.admin_forms import edit_url, form_data

EDITOR = "Latin America — Spanish"


def test_a_stale_save_is_refused_with_who_changed_the_page_and_the_editor_keeps_their_text(editors, client_for):
    plan = editors.page("latin-america-plan", "es")
    first = client_for(EDITOR)
    first.user.first_name, first.user.last_name = "Lucía", "Pérez"
    first.user.save()
    second = client_for(EDITOR)
    first_form = form_data(first.get(edit_url(plan)).content.decode())
    second_form = form_data(second.get(edit_url(plan)).content.decode())

    first.post(edit_url(plan), {**first_form, "title": ["Plan de Lucía"]})
    response = second.post(edit_url(plan), {**second_form, "title": ["Plan de Marta"]})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Lucía Pérez changed this page" in html
    assert 'value="Plan de Marta"' in html
    assert Page.objects.get(pk=plan.pk).get_latest_revision_as_object().title == "Plan de Lucía"


def test_a_save_from_an_up_to_date_form_is_accepted(editors, client_for):
    plan = editors.page("latin-america-plan", "es")
    editor = client_for(EDITOR)
    form = form_data(editor.get(edit_url(plan)).content.decode())

    response = editor.post(edit_url(plan), {**form, "title": ["Plan nuevo"]})

    assert response.status_code == 302
    assert Page.objects.get(pk=plan.pk).get_latest_revision_as_object().title == "Plan nuevo"


@contextmanager
def sqlite_connection(path, alias):
    """A connection of this thread to a database file with the site's SQLite options, as a gunicorn worker has."""
    connections[alias] = DatabaseWrapper(
        {
            **connections["default"].settings_dict,
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(path),
            "OPTIONS": settings.SQLITE_OPTIONS,
            "CONN_MAX_AGE": 0,
        },
        alias=alias,
    )
    try:
        yield connections[alias]
    finally:
        connections[alias].close()
        del connections[alias]


def test_sqlite_waits_for_a_concurrent_writer_instead_of_answering_database_is_locked(tmp_path, django_db_blocker):
    """Two workers read then write the same file; with deferred transactions the second would fail at once."""
    with django_db_blocker.unblock():
        _two_workers(tmp_path)


def _two_workers(tmp_path):
    path = tmp_path / "concurrent.sqlite3"
    outcome = {}

    def read_then_write():
        try:
            with (
                sqlite_connection(path, "second-worker") as other,
                transaction.atomic(using=other.alias),
                other.cursor() as cursor,
            ):
                outcome["seen"] = cursor.execute("SELECT count(*) FROM edits").fetchone()[0]
                cursor.execute("INSERT INTO edits VALUES ('second')")
        except Exception as error:  # reported by the assertion below
            outcome["error"] = error

    with sqlite_connection(path, "first-worker") as writer:
        with writer.cursor() as cursor:
            cursor.execute("CREATE TABLE edits (who TEXT)")
            assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        with transaction.atomic(using=writer.alias), writer.cursor() as cursor:
            cursor.execute("INSERT INTO edits VALUES ('first')")
            thread = threading.Thread(target=read_then_write)
            thread.start()
            time.sleep(0.5)  # the second worker has begun its transaction by now
        thread.join(timeout=30)

        assert "error" not in outcome, outcome
        assert outcome["seen"] == 1  # it waited for the first write, then read it
        with writer.cursor() as cursor:
            assert [row[0] for row in cursor.execute("SELECT who FROM edits ORDER BY rowid")] == ["first", "second"]
