"""The engine tests: everything in this folder runs against a real Elasticsearch node (see fixtures.py)."""

import os

import pytest

from tests.search.engine.fixtures import (  # noqa: F401
    _launched_node,
    engine,
    engine_backends,
    engine_gate,
    engine_indices,
    gated_engine,
    search_node,
)

HERE = os.path.dirname(__file__)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if str(item.path).startswith(HERE):
            item.add_marker(pytest.mark.engine)
