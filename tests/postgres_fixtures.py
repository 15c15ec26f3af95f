"""The suite on PostgreSQL: TEST_DATABASE=postgres starts a throwaway cluster (tests/postgres_cluster.py) for the
session, points the default database at it before the test database is created, and stops it at the end.

config/settings/test.py already selects Django's PostgreSQL engine then, so no SQLite connection is ever made;
only the host and port, known once the cluster runs, are filled in here. Each xdist worker starts its own cluster.
"""

import pytest
from django.conf import settings

from tests.postgres_cluster import PostgresCluster


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
