"""The suite on PostgreSQL: TEST_DATABASE=postgres starts a throwaway cluster (tests/postgres_cluster.py) for the
session, points the default database at it before the test database is created, and stops it at the end.

config/settings/test.py already selects Django's PostgreSQL engine then, so no SQLite connection is ever made;
only the host and port, known once the cluster runs, are filled in here. Each xdist worker starts its own cluster.

That run is for what the database changes, so it leaves out the tests that cannot reach the test database: those with
neither pytest-django's `django_db` mark nor a fixture that builds on the test database (`db`, `client` with it, a
package's seeded site…). pytest-django refuses them any query, so they pass or fail alike on both runs: the pure
Python ones (query parsing, PO files, templates' strings, the import contract) and the operations tests, which start
their own SQLite and PostgreSQL databases in subprocesses whatever the run. `make test`'s SQLite run runs them.
A test that reads TEST_DATABASE itself to choose a subprocess's database says so with
`@pytest.mark.follows_test_database`, and runs in both.

Of the engine tests (tests/search/engine) it keeps those marked `database_side`: the database search backend that
answers while the engine is down, the changes that wait in the database for the engine and the background worker's
queue that replays them. The others assert what the search node answers; the database only hands it the pages to
index, through the queries that the tests kept here run on PostgreSQL too (update_index among them). The SQLite run
runs them all.
"""

import pytest
from django.conf import settings

from tests.postgres_cluster import PostgresCluster


def reaches_the_test_database(item):
    return (
        item.get_closest_marker("django_db") is not None
        or item.get_closest_marker("follows_test_database") is not None
        or "django_db_setup" in item.fixturenames
    )


def tells_the_databases_apart(item):
    if item.get_closest_marker("engine") is not None and item.get_closest_marker("database_side") is None:
        return False
    return reaches_the_test_database(item)


def pytest_collection_modifyitems(config, items):
    if settings.TEST_DATABASE != "postgres":
        return
    kept = [item for item in items if tells_the_databases_apart(item)]
    left_out = [item for item in items if not tells_the_databases_apart(item)]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = kept


def pytest_report_header(config):
    if settings.TEST_DATABASE == "postgres":
        return "TEST_DATABASE=postgres: tests that never reach the test database run in the SQLite run only"
    return None


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """pytest-django's hook for changing DATABASES before the test database is set up."""
    if settings.TEST_DATABASE != "postgres":
        yield None
        return
    cluster = PostgresCluster()
    try:
        cluster.start()
    except RuntimeError as error:
        # Asked for explicitly, so never a skip: say why and how to get it.
        pytest.exit(f"TEST_DATABASE=postgres, but the cluster did not start: {error}", returncode=3)
    settings.DATABASES["default"].update(HOST=cluster.settings()["HOST"], PORT=cluster.settings()["PORT"])
    yield cluster
    cluster.stop()
