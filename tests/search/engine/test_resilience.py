"""The engine stops or hangs mid-suite: searches fail fast to the database backend, publishing carries on, and
update_index brings the engine up to date once it is back."""

import contextlib
import logging
import os
import signal
import subprocess
import time

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.backends import ENGINE_ERRORS
from tests import factories
from tests.search.engine.content import body, library, material

# What the database answers meanwhile, and publishing in its transactions while the engine fails, differ by
# database: the PostgreSQL run keeps these (tests/postgres_fixtures.py).
pytestmark = pytest.mark.database_side


def titles(results):
    return sorted(page.title for page in results)


def french_pages(fr_library):
    return Page.objects.live().filter(locale=fr_library.locale)


@contextlib.contextmanager
def frozen(node):
    """The node stopped in its tracks (SIGSTOP), as a hung or overloaded server: connections open, no answer."""
    os.killpg(node.process.pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.killpg(node.process.pid, signal.SIGCONT)


def _listening(node):
    """Who holds the node's port, and what the backend was told: for the failure message."""
    sockets = subprocess.run(["ss", "-ltnp", f"sport = :{node.http_port}"], capture_output=True, text=True).stdout
    return f"node pid {node.process.pid} at {node.url}; listening there: {sockets.strip()}"


def test_a_hung_engine_times_out_and_the_database_answers(engine, home):
    fr = library(home, "fr")
    material(fr, "Égalité de genre et TIC")

    with frozen(engine.node):
        began = time.monotonic()
        try:
            list(engine.backend.search("egalite genre", french_pages(fr)))
        except ENGINE_ERRORS:
            pass
        else:
            pytest.fail(f"the search answered while the node was stopped: {_listening(engine.node)}")
        waited = time.monotonic() - began
        fallback = get_search_backend("database").search("egalite genre", french_pages(fr))

        assert 1.5 < waited < 6  # TIMEOUT is 2 s, and a timeout is not retried
        assert titles(fallback) == ["Égalité de genre et TIC"]


def test_publishing_works_while_the_engine_is_down_and_update_index_catches_up(gated_engine, home, caplog):
    engine = gated_engine
    fr = library(home, "fr")
    material(fr, "Atelier de plaidoyer")
    engine.refresh()
    assert titles(engine.backend.search("atelier", french_pages(fr))) == ["Atelier de plaidoyer"]

    with engine.outage():
        with caplog.at_level(logging.WARNING, logger="search.backends"):
            draft = material(fr, "Formation des formatrices", publish=False)
            draft.body = body("Animer un atelier de formation.")
            draft.save_revision().publish()  # an editor publishing: no exception reaches them

        assert "Search engine unreachable" in caplog.text
        with pytest.raises(ENGINE_ERRORS):
            list(engine.backend.search("atelier", french_pages(fr)))
        assert titles(get_search_backend("database").search("atelier", french_pages(fr))) == [
            "Atelier de plaidoyer",
            "Formation des formatrices",
        ]

    engine.refresh()
    assert titles(engine.backend.search("atelier", french_pages(fr))) == ["Atelier de plaidoyer"]  # missed it
    call_command("update_index", backend_name="default", verbosity=0)
    assert titles(engine.backend.search("atelier", french_pages(fr))) == [
        "Atelier de plaidoyer",
        "Formation des formatrices",
    ]


def test_the_search_page_finds_french_advocacy_training_with_and_without_the_engine(engine, home):
    """The issue's definition of done through the search service: first on the engine, then from the database
    (with the "less complete" notice) while the engine hangs."""
    from search.forms import SearchParams
    from search.service import run_search

    advocacy = factories.create_priority(2, "Advocacy", name_fr="Plaidoyer")
    fr = library(home, "fr")
    material(fr, "Formation au plaidoyer", summary="Une formation pour les militantes.", priorities=[advocacy])
    material(fr, "Guide du plaidoyer", summary="Les étapes d'une campagne.", priorities=[advocacy])
    material(fr, "Former des formatrices", summary="Animer une formation.")
    engine.refresh()
    query = {"q": "formation plaidoyer", "priority": [advocacy.slug]}

    on_engine = run_search(SearchParams(query), fr.locale)
    with frozen(engine.node):
        from_database = run_search(SearchParams(query), fr.locale)

    assert not on_engine.degraded
    assert [hit.title for hit in on_engine.hits][:1] == ["Formation au plaidoyer"]
    assert from_database.degraded
    assert [hit.title for hit in from_database.hits][:1] == ["Formation au plaidoyer"]
