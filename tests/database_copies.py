"""Copies of the test database for the shared setups (tests/seeded_demo.py, tests/first_started.py).

SQLite (the in-memory test database): SQLite's backup API, a few milliseconds. PostgreSQL (the worker's own throwaway
cluster): pg_dump and pg_restore between workers, ``CREATE DATABASE … TEMPLATE`` within one; a database is swapped
under the test database's name, so Django's settings never change.
"""

import contextlib
import os
import sqlite3
import subprocess
from pathlib import Path

import psycopg
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import connections
from psycopg import sql
from wagtail.models import Site

from tests.postgres_cluster import find_bindir

SQLITE_COPY = "database.sqlite3"
POSTGRES_DUMP = "database.dump"


def live():
    return connections["default"]


def sqlite_file_copy(source, path):
    """A copy of the SQLite database file source at path (SQLite's backup API); its URL."""
    with contextlib.closing(sqlite3.connect(source)) as saved, contextlib.closing(sqlite3.connect(path)) as copy:
        saved.backup(copy)
    return f"sqlite:///{path}"


def reset_caches():
    """What was kept from the database the test database held before: a package's fixtures may render pages before
    the autouse fixture clears the caches for their first test."""
    ContentType.objects.clear_cache()
    Site.clear_site_root_paths_cache()
    for cache in caches.all():
        cache.clear()


class _SQLite:
    """The in-memory test database, copied with SQLite's backup API (a few milliseconds for the demo)."""

    def __init__(self):
        self._pristine = None

    def _raw(self):
        connection = live()
        assert not connection.in_atomic_block, "a copy is loaded outside any transaction"
        connection.ensure_connection()
        return connection.connection

    def save_pristine(self):
        self._pristine = sqlite3.connect(":memory:")
        self._raw().backup(self._pristine)

    def restore_pristine(self):
        self._pristine.backup(self._raw())
        self._pristine.close()
        self._pristine = None

    def dump(self, folder, keep_template=True):
        with contextlib.closing(sqlite3.connect(folder / SQLITE_COPY)) as copy:
            self._raw().backup(copy)

    def load(self, folder):
        self.load_into_empty(folder / SQLITE_COPY)

    def dump_changed_by(self, folder, change):
        """The test database saved in the folder, then changed there (not here) by change(url of the copy)."""
        self.dump(folder)
        return change(f"sqlite:///{folder / SQLITE_COPY}")

    def copy_url(self, folder, path):
        """A copy of the folder's database at path, for another process; its URL."""
        return sqlite_file_copy(folder / SQLITE_COPY, path)

    def load_into_empty(self, path):
        """The SQLite database at path copied into the test database."""
        with contextlib.closing(sqlite3.connect(path)) as copy:
            copy.backup(self._raw())


class _Postgres:
    """Databases of the worker's own cluster, swapped under the test database's name (no connection may be open)."""

    def __init__(self):
        self.name = live().settings_dict["NAME"]
        self.pristine = f"{self.name}_pristine"
        self.seeded = f"{self.name}_seeded"

    def _admin(self, *statements):
        """Run statements that need the test database's databases to themselves (renaming, copying, dropping).

        Django's connections are per thread, and per asyncio context while Playwright's event loop runs in the
        thread (tests/browser/conftest.py closes them before it starts): only this context's can be closed here.
        """
        connections.close_all()
        params = live().settings_dict
        with psycopg.connect(
            host=params["HOST"], port=params["PORT"], user=params["USER"], dbname="postgres", autocommit=True
        ) as admin:
            for statement in statements:
                admin.execute(statement)

    def _program(self, program, *args):
        params = live().settings_dict
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

    def dump(self, folder, keep_template=True):
        connections.close_all()
        self._program("pg_dump", "--format=custom", "--file", str(folder / POSTGRES_DUMP), self.name)
        if keep_template:  # this worker's later loads copy it from here, without restoring the dump
            self._admin(self._drop(self.seeded), self._create(self.seeded, self.name))

    def load_into_empty(self, path):
        """The dump at path (pg_dump's custom format) restored into the (just created, empty) test database."""
        connections.close_all()
        self._program("pg_restore", "--no-owner", "--exit-on-error", "--dbname", self.name, str(path))

    def load(self, folder):
        self._restore_saved(folder)
        self._admin(self._drop(self.name), self._create(self.name, self.seeded))

    def _restore_saved(self, folder):
        """The folder's dump as this worker's template database (restored once per worker)."""
        if not self._exists(self.seeded):
            self._admin(self._create(self.seeded, "template0"))
            self._program(
                "pg_restore", "--no-owner", "--exit-on-error", "--dbname", self.seeded, str(folder / POSTGRES_DUMP)
            )

    def _url(self, name):
        params = live().settings_dict
        return f"postgres://{params['USER']}@{params['HOST']}:{params['PORT']}/{name}"

    def dump_changed_by(self, folder, change):
        """A copy of the test database changed by change(its URL), then saved in the folder; the test database is
        left as it was."""
        self.save_pristine()
        try:
            connections.close_all()
            result = change(self._url(self.name))
            self.dump(folder)
        finally:
            self.restore_pristine()
        return result

    def copy_url(self, folder, name):
        """A new database of the worker's cluster holding the folder's database, for another process; its URL."""
        self._restore_saved(folder)
        self._admin(self._drop(name), self._create(name, self.seeded))
        return self._url(name)

    def _exists(self, name):
        params = live().settings_dict
        with psycopg.connect(
            host=params["HOST"], port=params["PORT"], user=params["USER"], dbname="postgres", autocommit=True
        ) as admin:
            return admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


def database_of_vendor():
    return _Postgres() if live().vendor == "postgresql" else _SQLite()
