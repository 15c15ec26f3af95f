"""The seeded demo site, indexed on the real node (and in the database backend), shared by the relevance suite.

Seeded once for the package inside a transaction that is rolled back at the end (as tests/demo does); the engine's
documents are deleted then, since the engine does not roll back.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from wagtail.models import Site

from tests.search.engine.fixtures import Engine


@pytest.fixture(scope="package")
def seeded_engine(search_node, engine_indices, django_db_blocker):
    """The engine helper, with the demo site (and its translations and synonym groups) indexed and searchable."""
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_indices), django_db_blocker.unblock():
        helper = Engine(search_node, engine_indices)
        with transaction.atomic():
            call_command("seed_demo", stdout=StringIO())
            Site.clear_site_root_paths_cache()
            helper.refresh()
            try:
                yield helper
            finally:
                transaction.set_rollback(True)
                helper.clear()
