"""The engine tests: everything in this folder runs against a real Elasticsearch node (see fixtures.py)."""

import os

import pytest

from tests.search.engine.fixtures import _launched_node, engine, engine_backends, engine_indices, search_node  # noqa: F401

HERE = os.path.dirname(__file__)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if str(item.path).startswith(HERE):
            item.add_marker(pytest.mark.engine)
