"""The engine tests: everything in this folder runs against a real Elasticsearch node (see fixtures.py)."""

import os

import pytest

from tests.search.engine.content import _module_home, home  # noqa: F401
from tests.search.engine.fixtures import (  # noqa: F401
    _launched_node,
    _release_kept_documents,
    engine,
    engine_backends,
    engine_gate,
    engine_indices,
    gated_engine,
    kept_documents,
    search_node,
)

HERE = os.path.dirname(__file__)


# First, so that the PostgreSQL run's selection (tests/postgres_fixtures.py) sees the mark.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    for item in items:
        if str(item.path).startswith(HERE):
            item.add_marker(pytest.mark.engine)
