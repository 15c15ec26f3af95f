"""The seeded demo site, indexed on the real node (and in the database backend), shared by the relevance suite.

The package's test database is a copy of the run's seeded demo (tests/seeded_demo.py, as in tests/demo), indexed on
the node by `update_index`, the command a deployment runs; the engine's documents are deleted at the end, since the
engine does not roll back.
"""

import pytest
from django.core.management import call_command
from django.test import override_settings

from tests.search.engine.fixtures import Engine


@pytest.fixture(scope="package")
def seeded_site(demo_snapshot):
    """The seeded demo as the package's test database, with the database search backend's index the seed made."""
    with demo_snapshot.loaded():
        yield


@pytest.fixture(scope="package")
def seeded_engine(seeded_site, search_node, engine_indices, django_db_blocker):
    """The engine helper, with the demo site (and its translations and synonym groups) indexed and searchable."""
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_indices), django_db_blocker.unblock():
        helper = Engine(search_node, engine_indices)
        call_command("update_index", backend_name="default", verbosity=0)
        helper.refresh()
        try:
            yield helper
        finally:
            helper.clear()
