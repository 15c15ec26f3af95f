"""Real servers for the operations tests, started once per session and stopped by the fixtures themselves."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from local_servers import PostgresServer, RedisServer, S3Server, Unavailable

from tests.first_started import FirstStartedSite, shared_folder

ROOT = Path(settings.BASE_DIR)
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes", "on"}


def _started(server_class):
    try:
        return server_class().start()
    except Unavailable as missing:
        if IN_CI:
            pytest.fail(f"{missing} (CI=true: nothing may skip)")
        pytest.skip(str(missing))


@pytest.fixture(scope="session")
def s3_server():
    server = _started(S3Server)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def redis_server():
    server = _started(RedisServer)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_server():
    server = _started(PostgresServer)
    yield server
    server.close()


@pytest.fixture(scope="session")
def first_started(request, tmp_path_factory):
    """The first-started site (tests/first_started.py), shared by the xdist workers and by `make test`'s two runs; its
    PostgreSQL copies come from this worker's server, started only if a test asks for one."""
    folder = shared_folder(request.config, tmp_path_factory)
    return FirstStartedSite(folder, lambda: request.getfixturevalue("postgres_server"))
