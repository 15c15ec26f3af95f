"""Several editors at once: SQLite waits for the writer instead of answering "database is locked", and a save from
a form loaded before someone else's save is refused, with who saved and when, and the editor's text kept; a create
that fails half-way leaves nothing behind."""

import threading
import time
from contextlib import contextmanager

from django.conf import settings
from django.db import OperationalError, connections, transaction
from django.db.backends.sqlite3.base import DatabaseWrapper
from django.urls import reverse
from wagtail import hooks
from wagtail.models import Page

from tests.editorial.editors.admin_forms import edit_url, form_data, messages_of

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


def test_the_editors_own_autosaves_since_she_opened_the_form_are_not_someone_elses_change(editors, client_for):
    plan = editors.page("latin-america-plan", "es")
    editor = client_for(EDITOR)
    form = form_data(editor.get(edit_url(plan)).content.decode())
    plan.save_revision(user=editor.user)  # what Wagtail's autosave does while she types

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


def test_a_create_that_fails_half_way_leaves_no_half_page_and_the_editor_can_create_it_again(editors, client_for):
    region = editors.page("latin-america", "es")
    editor = client_for(EDITOR)
    url = reverse("wagtailadmin_pages:add", args=("programmes", "programmeplanpage", region.pk))
    data = form_data(editor.get(url).content.decode())
    data.update(title=["Plan digital"], slug=["plan-digital"], start_date=["2026-01-15"])
    editor.raise_request_exception = False

    def fail_after_the_page_is_in_the_tree(request, page):
        raise OperationalError("database is locked")  # what a busy SQLite answered here before

    with hooks.register_temporarily("after_create_page", fail_after_the_page_is_in_the_tree):
        assert editor.post(url, data).status_code == 503  # a database error: "try again shortly" (ops.views)
    assert not Page.objects.filter(slug="plan-digital").exists()

    response = editor.post(url, data)
    assert response.status_code == 302, messages_of(response)
    assert Page.objects.get(slug="plan-digital").get_latest_revision().content["title"] == "Plan digital"
