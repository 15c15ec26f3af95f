"""Shared fixtures: a site with an English home page and the programmes section (admin_client is pytest-django's)."""

import gc

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.test.utils import setup_databases, teardown_databases
from django.utils import translation
from pytest_django.fixtures import _get_databases_for_setup
from pytest_django.plugin import blocking_manager_key
from wagtail.models import Site

from tests import factories
from tests.first_started import FirstStartedSite, migrated_from_first_start, shared_folder

# TEST_DATABASE=postgres: the session runs on a throwaway PostgreSQL cluster. tests/scheduling.py: how `make test`
# shares the tests between its parallel workers. tests/seeded_demo.py: the seeded demo, built once per run.
# tests/engine_node.py: the search node of the engine tests and the production stack.
pytest_plugins = ["tests.postgres_fixtures", "tests.scheduling", "tests.seeded_demo", "tests.engine_node"]


# The collector's default thresholds suit a short script, not a process holding Django, Wagtail and a test database's
# worth of models: it walked the same long-lived objects again and again. What is loaded by now (Django, Wagtail, the
# site's modules) is frozen out of its reach, and young objects are collected less often: tests/programmes and
# tests/sourcebook in one process took 78.9 s of CPU instead of 84.1 s (three runs of each, alternated; -6%), for about
# 80 MB more memory a worker. Only the test processes: the site's own processes keep Python's defaults.
def pytest_configure(config):
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


@pytest.fixture(scope="session")
def django_db_setup(
    request, django_test_environment, django_db_blocker, django_db_modify_db_settings, tmp_path_factory
):
    """pytest-django's (4.14, without --reuse-db and --no-migrations, which the suite does not use), except that the
    test database starts as a copy of the run's first-started site (tests/first_started.py)."""
    first_started = FirstStartedSite(shared_folder(request.config, tmp_path_factory))
    aliases, serialized_aliases = _get_databases_for_setup(request.session.items)
    verbosity = request.config.option.verbose
    with django_db_blocker.unblock(), migrated_from_first_start(first_started):
        databases = setup_databases(
            verbosity=verbosity, interactive=False, aliases=aliases, serialized_aliases=serialized_aliases
        )
    yield
    with django_db_blocker.unblock():
        teardown_databases(databases, verbosity=verbosity)


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test ends by emptying the database (Django reloads what migrations made, locales, the root
    page, content types, only when the next transactional test starts). The parallel runs hand a worker whole
    folders and modules in any order, so a plain test may come next: put that data back as soon as the test is over.
    """
    yield
    marker = item.get_closest_marker("django_db")
    if not (marker and marker.kwargs.get("transaction") and marker.kwargs.get("serialized_rollback")):
        return
    if nextitem is None:  # the run is over: the test databases (and a PostgreSQL cluster) are gone already
        return
    with item.config.stash[blocking_manager_key].unblock():
        for connection in connections.all():
            if hasattr(connection, "_test_serialized_contents"):
                connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Rendition and site-root caches outlive a test's transaction; start each test without them."""
    for cache in caches.all():
        cache.clear()
    Site.clear_site_root_paths_cache()
    yield
    # A request to /fr/ or /ar/ leaves that language active in this thread; the next test starts in English.
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home(db):
    """root → HomePage (English), the default Site's root page."""
    return factories.create_site_home(summary="The home of the WSIS Gender Caucus.")


@pytest.fixture
def programmes(home):
    """The programmes section at /en/programmes/."""
    return factories.create_programme_index(home, summary="National and regional programmes.")
