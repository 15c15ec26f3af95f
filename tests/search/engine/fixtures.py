"""Fixtures for tests that need the real engine: a node on loopback and the settings that point at it.

The node is launched first (autouse, session-wide) so it boots while the test database migrates. In CI (CI=true)
these tests must run: a node that cannot start fails them with the reason. Elsewhere they are skipped unless
SEARCH_ENGINE_TESTS=1, because the first run downloads Elasticsearch from Maven Central and each run spends
~20 s starting it.
"""

import os
import uuid

import pytest
from django.core.management import call_command
from django.test import override_settings

from search_node import ENGINE_DESCRIPTION, SearchNode

ENABLE_HINT = (
    "engine tests skipped: set SEARCH_ENGINE_TESTS=1 (or CI=true) to run them against a real Elasticsearch node "
    "(needs a JDK 21+ and Maven; see tools/search-node/NOTES.md)"
)


def engine_tests_enabled():
    return any(
        os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"} for name in ("CI", "SEARCH_ENGINE_TESTS")
    )


@pytest.fixture(scope="session", autouse=True)
def _launched_node():
    """Launches the node without waiting (None when engine tests are off, or the error if it cannot launch)."""
    if not engine_tests_enabled():
        yield None
        return
    node = SearchNode(keep_data=True)
    try:
        node.start(wait=False)
    except Exception as error:  # noqa: BLE001 - reported by search_node, in the tests that need it
        node.close()
        yield error
        return
    yield node
    node.close()


def _ready(node):
    """The launched node once it answers; skips (engine tests off) or fails (cannot start) otherwise."""
    if node is None:
        pytest.skip(ENABLE_HINT)
    failure = node if isinstance(node, Exception) else None
    if failure is None:
        try:
            return node.wait_until_ready()
        except Exception as error:  # noqa: BLE001
            failure = error
    pytest.fail(f"could not start {ENGINE_DESCRIPTION}: {failure}", pytrace=False)


@pytest.fixture(scope="session")
def engine_backends(_launched_node):
    """WAGTAILSEARCH_BACKENDS as production sets it with ELASTICSEARCH_URL, on the test node (own index prefix)."""
    if _launched_node is None or isinstance(_launched_node, Exception):
        _ready(_launched_node)
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
    """Every index built once (from the empty test database), so pages indexed on save land in real mappings.

    Waits for the node only now: it has been booting while the test database was created."""
    _ready(_launched_node)
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_backends), django_db_blocker.unblock():
        call_command("update_index", backend_name="default", verbosity=0)
    return engine_backends


@pytest.fixture(scope="session")
def search_node(engine_indices, _launched_node):
    """The running node, its indices built (session-wide; a test that stops it must start it again)."""
    return _launched_node


class Engine:
    """The engine as the tests use it: the backend, the node, and index housekeeping."""

    def __init__(self, node, backends):
        self.node = node
        self.backends = backends
        self.prefix = backends["default"]["INDEX_PREFIX"]

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

    def clear(self):
        """Delete every document: the database rolls back after each test, the engine does not."""
        if not self.node.is_running():
            self.node.start()
        self.refresh()
        hits = self.es.search(index=f"{self.prefix}*", size=10_000, _source=False, query={"match_all": {}})
        actions = [{"delete": {"_index": hit["_index"], "_id": hit["_id"]}} for hit in hits["hits"]["hits"]]
        if actions:
            self.es.bulk(operations=actions, refresh=True)


@pytest.fixture
def engine(search_node, engine_indices, settings, db):
    """The engine as the default search backend (and the database backend as "database"), emptied afterwards."""
    settings.WAGTAILSEARCH_BACKENDS = engine_indices
    helper = Engine(search_node, engine_indices)
    yield helper
    helper.clear()
