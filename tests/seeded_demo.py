"""The seeded demo site, built once per pytest run and copied into the test database of each package that uses it.

`seed_demo` takes most of a minute. tests/demo, tests/browser and the engine's relevance suite each need the whole
seeded site, and each used to run it in a transaction that was rolled back at the end: three seeds per run. Now the
first worker that needs the site runs `seed_demo` once in its own test database, commits, saves a copy of the
database and of the media files it made, and puts its test database back as it was. Under a file lock in the run's
shared temporary folder (pytest-xdist's documented pattern), so the other worker waits for that copy instead of
seeding again.

A package then runs inside ``with demo_snapshot.loaded():``: the test database becomes a copy of the seeded one
(SQLite: the backup API into the in-memory database; PostgreSQL: ``CREATE DATABASE … TEMPLATE`` of a seeded
database restored once per worker from the copy with pg_restore), and is put back as it was when the package ends.
Each test still runs in its own transaction (pytest-django's ``db``), rolled back after it.
"""

import contextlib
import os
import shutil
import sqlite3
import subprocess
from io import StringIO
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connections
from filelock import FileLock
from psycopg import sql
from wagtail.models import Site

from tests.postgres_cluster import find_bindir

OUTPUT = "seed_demo.txt"
MEDIA = "media"
SQLITE_COPY = "demo.sqlite3"
POSTGRES_DUMP = "demo.dump"


def _live():
    return connections["default"]


def _reset_caches():
    ContentType.objects.clear_cache()
    Site.clear_site_root_paths_cache()


class _SQLite:
    """The in-memory test database, copied with SQLite's backup API (a few milliseconds for the demo)."""

    def __init__(self):
        self._pristine = None

    def _raw(self):
        live = _live()
        assert not live.in_atomic_block, "the seeded demo is loaded outside any transaction"
        live.ensure_connection()
        return live.connection

    def save_pristine(self):
        self._pristine = sqlite3.connect(":memory:")
        self._raw().backup(self._pristine)

    def restore_pristine(self):
        self._pristine.backup(self._raw())
        self._pristine.close()
        self._pristine = None

    def dump(self, folder):
        with contextlib.closing(sqlite3.connect(folder / SQLITE_COPY)) as copy:
            self._raw().backup(copy)

    def load(self, folder):
        with contextlib.closing(sqlite3.connect(folder / SQLITE_COPY)) as copy:
            copy.backup(self._raw())


class _Postgres:
    """Databases of the worker's own cluster, swapped under the test database's name (no connection may be open)."""

    def __init__(self):
        self.name = _live().settings_dict["NAME"]
        self.pristine = f"{self.name}_pristine"
        self.seeded = f"{self.name}_seeded"

    def _admin(self, *statements):
        connections.close_all()
        params = _live().settings_dict
        with psycopg.connect(
            host=params["HOST"], port=params["PORT"], user=params["USER"], dbname="postgres", autocommit=True
        ) as admin:
            for statement in statements:
                admin.execute(statement)

    def _program(self, program, *args):
        params = _live().settings_dict
        environment = {**os.environ, "PGHOST": params["HOST"], "PGPORT": str(params["PORT"]), "PGUSER": params["USER"]}
        subprocess.run(
            [str(Path(find_bindir()) / program), *args], env=environment, check=True, capture_output=True, text=True
        )

    def _create(self, name, template):
        return sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(template))

    def _rename(self, old, new):
        return sql.SQL("ALTER DATABASE {} RENAME TO {}").format(sql.Identifier(old), sql.Identifier(new))

    def _drop(self, name):
        return sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))

    def save_pristine(self):
        """The migrated database is kept aside; the test database's name gets a copy of it to change."""
        self._admin(
            self._drop(self.pristine), self._rename(self.name, self.pristine), self._create(self.name, self.pristine)
        )

    def restore_pristine(self):
        self._admin(self._drop(self.name), self._rename(self.pristine, self.name))

    def dump(self, folder):
        connections.close_all()
        self._program("pg_dump", "--format=custom", "--file", str(folder / POSTGRES_DUMP), self.name)
        # This worker's later loads copy it from here, without restoring the dump.
        self._admin(self._drop(self.seeded), self._create(self.seeded, self.name))

    def load(self, folder):
        if not self._exists(self.seeded):
            self._admin(self._create(self.seeded, "template0"))
            self._program(
                "pg_restore", "--no-owner", "--exit-on-error", "--dbname", self.seeded, str(folder / POSTGRES_DUMP)
            )
        self._admin(self._drop(self.name), self._create(self.name, self.seeded))

    def _exists(self, name):
        params = _live().settings_dict
        with psycopg.connect(
            host=params["HOST"], port=params["PORT"], user=params["USER"], dbname="postgres", autocommit=True
        ) as admin:
            return admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


def _database():
    return _Postgres() if _live().vendor == "postgresql" else _SQLite()


class DemoSnapshot:
    """The seeded demo, saved once for the run in ``folder``: the database copy, its media files, seed_demo's output."""

    def __init__(self, folder):
        self.folder = folder

    @property
    def output(self):
        """What ``manage.py seed_demo`` printed when it built this site."""
        return (self.folder / OUTPUT).read_text()

    def build(self):
        """Run seed_demo in the test database, save it and its media here, then put the test database back."""
        database = _database()
        database.save_pristine()
        try:
            output = StringIO()
            call_command("seed_demo", stdout=output)
            database.dump(self.folder)
            shutil.copytree(settings.MEDIA_ROOT, self.folder / MEDIA, dirs_exist_ok=True)
            (self.folder / OUTPUT).write_text(output.getvalue())
        finally:
            database.restore_pristine()
            _reset_caches()

    @contextlib.contextmanager
    def loaded(self):
        """The test database is the seeded demo (its media files in MEDIA_ROOT) within the block, as before after."""
        database = _database()
        database.save_pristine()
        try:
            database.load(self.folder)
            shutil.copytree(self.folder / MEDIA, settings.MEDIA_ROOT, dirs_exist_ok=True)
            _reset_caches()
            yield self
        finally:
            database.restore_pristine()
            _reset_caches()


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory, worker_id):
    """The run's seeded demo, built by whichever worker asks first (see the module's docstring)."""
    if worker_id == "master":  # one process: nobody to share with
        folder = tmp_path_factory.mktemp("seeded-demo")
        shared = None
    else:  # the run's folder, shared by its workers (pytest-xdist's documented pattern)
        folder = tmp_path_factory.getbasetemp().parent / f"seeded-demo-{_live().vendor}"
        shared = FileLock(f"{folder}.lock")
    snapshot = DemoSnapshot(folder)
    with shared or contextlib.nullcontext(), django_db_blocker.unblock():
        if not (folder / OUTPUT).exists():
            folder.mkdir(exist_ok=True)
            snapshot.build()
    return snapshot
