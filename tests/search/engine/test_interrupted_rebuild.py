"""An update_index the engine walks out of cleans up its half-built indices and says what happened in one line;
searches keep answering from the live indices throughout."""

import io

import elastic_transport
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from search.engine_index import LanguageIndexes
from search.management.commands import update_index
from tests.search.engine.content import library, material


def aliases(engine):
    return sorted(alias for names in engine.indices().values() for alias in names)


def unaliased(engine):
    return sorted(name for name, names in engine.indices().items() if not names)


def titles(engine, fr):
    engine.refresh()
    return sorted(page.title for page in engine.backend.search("atelier", Page.objects.filter(locale=fr.locale)))


def test_an_interrupted_update_index_removes_its_half_built_indices_and_says_so_in_one_line(engine, home, monkeypatch):
    fr = library(home, "fr")
    material(fr, "Atelier de plaidoyer")
    before = aliases(engine)
    original = LanguageIndexes.add_items
    calls = []

    def engine_walks_out(self, model, items):
        if calls:
            raise elastic_transport.ConnectionError("connection refused: the engine went away")
        calls.append(model)
        return original(self, model, items)

    monkeypatch.setattr(LanguageIndexes, "add_items", engine_walks_out)
    with pytest.raises(CommandError) as stopped:
        call_command("update_index", backend_name="default", verbosity=0)

    message = str(stopped.value)
    assert "\n" not in message
    assert message.startswith("update_index stopped: the search engine failed (ConnectionError")
    assert "half-built indices were removed" in message
    assert unaliased(engine) == []
    assert aliases(engine) == before
    assert titles(engine, fr) == ["Atelier de plaidoyer"]


def test_the_next_run_removes_what_a_killed_run_left_behind(engine, home, monkeypatch):
    alias = next(alias for alias in aliases(engine) if alias.endswith("_page_fr"))
    engine.es.indices.create(index=f"{alias}_k1ll3d0")
    monkeypatch.setattr(update_index, "LEFTOVER_AGE_SECONDS", -60)  # as if it were an hour old
    out = io.StringIO()

    call_command("update_index", backend_name="default", stdout=out)

    assert "removed 1 half-built indices left by an interrupted run" in out.getvalue()
    assert unaliased(engine) == []
