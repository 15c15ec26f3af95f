"""Fixtures for tests that need the real engine: a node on loopback and the settings that point at it.

The node is the run's (tests/engine_node.py), launched first (autouse, session-wide) so it boots while the test
database migrates.
"""

import contextlib
import uuid

import pytest
from django.core.management import call_command
from django.test import override_settings

from tests.engine_node import ready
from tests.search.engine.gate import LOOPBACK, Gate


@pytest.fixture(scope="session", autouse=True)
def _launched_node(launched_node):
    """The run's node (tests/engine_node.py), launched by the folder's first test so it boots while the test database
    migrates."""
    return launched_node


@pytest.fixture(scope="session")
def engine_backends(_launched_node):
    """WAGTAILSEARCH_BACKENDS as production sets it with ELASTICSEARCH_URL, on the test node (own index prefix)."""
    if _launched_node is None or isinstance(_launched_node, Exception):
        ready(_launched_node)
    return {
        "default": {
            "BACKEND": "search.backends",
            "URLS": [_launched_node.url],
            "INDEX_PREFIX": f"test_{uuid.uuid4().hex[:8]}_",
            "TIMEOUT": 2,
            "ATOMIC_REBUILD": True,
            "OPTIONS": {"max_retries": 1},
        },
        "database": {"BACKEND": "search.database.DatabaseSearchBackend", "AUTO_UPDATE": True},
    }


@pytest.fixture(scope="session")
def engine_indices(engine_backends, django_db_setup, django_db_blocker, _launched_node):
    """Every index built once, so pages indexed on save land in real mappings, and empty: the migrated database's
    root and welcome pages are deleted or replaced by the tests' sites, which the engine would not see.

    Waits for the node only now: it has been booting while the test database was created."""
    ready(_launched_node)
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_backends), django_db_blocker.unblock():
        call_command("update_index", backend_name="default", verbosity=0)
        Engine(_launched_node, engine_backends).clear()
    return engine_backends


@pytest.fixture(scope="session")
def search_node(engine_indices, _launched_node):
    """The running node, its indices built (session-wide; a test that stops it must start it again)."""
    return _launched_node


@pytest.fixture(scope="session")
def engine_gate(search_node):
    """The gate in front of the node (gate.py), open."""
    gate = Gate((LOOPBACK, search_node.http_port)).open()
    yield gate
    gate.close()


class KeptDocuments:
    """The documents of a test module's own pages (built once for the module, in a transaction rolled back at its end),
    indexed once and kept in the engine between the module's tests, while they are as indexed.

    Between tests, Engine.clear deletes every other document; if one of these was changed or deleted (a test edited
    one of the pages, or rebuilt the indices), it deletes them all too, and the next test indexes them again."""

    def __init__(self):
        self.pages = None  # {model: [pk]}
        self.versions = {}  # {(index, id): (sequence number, primary term)} of their documents once indexed
        self.backends = None

    def index(self, engine, pages):
        """Make sure the engine holds `pages`' documents, as indexed now (one bulk request per model and language)."""
        if self.pages == pages and self.versions:
            return
        if self.versions:  # another module's: not deleted at its end
            self.release()
        for model, pks in pages.items():
            engine.backend.add_bulk(model, list(model.objects.filter(pk__in=pks)))
        engine.refresh()
        self.pages, self.backends, self.versions = pages, engine.backends, engine.documents()

    def release(self):
        """Delete them from the engine (the end of their module)."""
        if self.versions:
            self.versions = {}
            with override_settings(WAGTAILSEARCH_BACKENDS=self.backends):
                Engine(None, self.backends).clear()
        self.pages = self.backends = None


@pytest.fixture(scope="session")
def kept_documents():
    return KeptDocuments()


@pytest.fixture(scope="module", autouse=True)
def _release_kept_documents(kept_documents):
    yield
    kept_documents.release()


class Engine:
    """The engine as the tests use it: the backend, the node, and index housekeeping."""

    def __init__(self, node, backends, gate=None, kept=None):
        self.node = node
        self.backends = backends
        self.prefix = backends["default"]["INDEX_PREFIX"]
        self.gate = gate
        self.kept = kept

    def keep(self, pages):
        """Index the module's own `pages` ({model: [pk]}) unless the engine holds them already (KeptDocuments)."""
        self.kept.index(self, pages)

    @contextlib.contextmanager
    def outage(self):
        """The engine unreachable within the block, as if its node were stopped (the `gated_engine` fixture)."""
        assert self.gate is not None, "an outage needs the gated_engine fixture"
        with self.gate.closed():
            yield

    @property
    def backend(self):
        from wagtail.search.backends import get_search_backend

        return get_search_backend("default")

    @property
    def es(self):
        return self.backend.admin_client

    def refresh(self):
        """Make everything indexed so far searchable (Elasticsearch refreshes every second on its own)."""
        self.es.indices.refresh(index=f"{self.prefix}*")

    def indices(self):
        """{index name: [aliases]} for this run's indices."""
        found = self.es.indices.get_alias(index=f"{self.prefix}*")
        return {name: sorted(info.get("aliases", {})) for name, info in found.items()}

    def documents(self):
        """{(index, id): (sequence number, primary term)} of every document, as searchable now."""
        hits = self.es.search(
            index=f"{self.prefix}*", size=10_000, _source=False, seq_no_primary_term=True, query={"match_all": {}}
        )["hits"]["hits"]
        return {(hit["_index"], hit["_id"]): (hit["_seq_no"], hit["_primary_term"]) for hit in hits}

    def clear(self):
        """Delete every document but the module's kept ones: the database rolls back after each test, the engine
        does not."""
        if self.node is not None and not self.node.is_running():
            self.node.start()
        if self.gate is not None:
            self.gate.open()
        self.refresh()
        found = self.documents()
        kept = self.kept.versions if self.kept is not None else {}
        if any(found.get(key) != version for key, version in kept.items()):  # changed or gone: all go
            kept.clear()
        actions = [{"delete": {"_index": index, "_id": id_}} for index, id_ in found if (index, id_) not in kept]
        if actions:
            self.es.bulk(operations=actions, refresh=True)


@pytest.fixture
def engine(search_node, engine_indices, kept_documents, settings, db):
    """The engine as the default search backend (and the database backend as "database"), emptied afterwards (but
    for the module's kept documents)."""
    settings.WAGTAILSEARCH_BACKENDS = engine_indices
    helper = Engine(search_node, engine_indices, kept=kept_documents)
    yield helper
    helper.clear()


@pytest.fixture
def gated_engine(engine, engine_gate, settings):
    """The engine reached through the gate, so that `with engine.outage():` makes it unreachable."""
    default = {**engine.backends["default"], "URLS": [engine_gate.url]}
    settings.WAGTAILSEARCH_BACKENDS = {**engine.backends, "default": default}
    return Engine(engine.node, settings.WAGTAILSEARCH_BACKENDS, engine_gate, engine.kept)
