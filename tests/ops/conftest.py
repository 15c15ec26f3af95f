"""Real servers for the operations tests, started once per session and stopped by the fixtures themselves."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from local_servers import PostgresServer, RedisServer, S3Server, Unavailable

from tests.ops.first_started import FirstStartedSite

ROOT = Path(settings.BASE_DIR)
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes", "on"}


def shared_folder(request, tmp_path_factory):
    """The folder that `make test`'s two runs share (TEST_RUNS_SHARED, which it sets), else the run's temporary folder
    that both pytest-xdist workers see (this process's own when there is one)."""
    if os.environ.get("TEST_RUNS_SHARED"):
        return Path(os.environ["TEST_RUNS_SHARED"])
    base = tmp_path_factory.getbasetemp()
    return base.parent if getattr(request.config, "workerinput", None) else base


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
    """The first-started site (tests/ops/first_started.py), shared by the xdist workers through their common
    temporary folder, and by `make test`'s PostgreSQL run with its SQLite run, which made it; its PostgreSQL copies
    come from this worker's server, started only if a test asks for one."""
    folder = shared_folder(request, tmp_path_factory) / "ops-first-started"
    return FirstStartedSite(folder, lambda: request.getfixturevalue("postgres_server"))
