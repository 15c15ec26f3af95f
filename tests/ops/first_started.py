"""The site after its first start, made once per run: `bootstrap --seed` (compose's `init`, DEMO=0) on an empty
database, then copied for every operations test that needs a migrated, empty site of its own.

A first start migrates an empty database through ~250 migrations, about 20 s of CPU in a fresh process, and the
operations tests used to pay it five times per run (the restore drills, the production stack, both first-start
tests). Now the first test that needs the site on an engine runs that first start and keeps it in the run's shared
temporary folder, with what it printed (tests/ops/test_first_start.py checks that output: the first start from an
empty database is still run and still tested, once). The others take copies: SQLite's backup API into a new file;
for PostgreSQL a template database in the worker's own server (``CREATE DATABASE … TEMPLATE``), restored there from
the first worker's pg_dump when pytest-xdist runs the two operations units on different workers. A file lock makes
the other worker wait for that first start instead of running its own.
"""

import contextlib
import sqlite3
import subprocess

from filelock import FileLock
from production_stack import entrypoint, production_environment, scratch_folder

TEMPLATE = "first_started_site"
SQLITE_COPY = "first-started.sqlite3"
POSTGRES_DUMP = "first-started.pgdump"


def output_name(vendor):
    return f"first-start-{vendor}.txt"


class FirstStartedSite:
    """The run's first-started site on SQLite and on the worker's PostgreSQL server (made when first asked for)."""

    def __init__(self, folder, postgres_server=None):
        self.folder = folder
        self.folder.mkdir(exist_ok=True)
        self._postgres_server = postgres_server
        self._template_made = False

    def output(self, vendor):
        """What `manage.py bootstrap --seed` printed when it started the empty database ("sqlite" or "postgresql")."""
        if vendor == "sqlite":
            self.sqlite_copy(None)
        else:
            self.postgres_database(None)
        return (self.folder / output_name(vendor)).read_text()

    def _first_start(self, database_url, vendor):
        env = production_environment(database_url, MEDIA_ROOT=scratch_folder("caucus-ops-first-start-"), DEMO="0")
        result = entrypoint("python", "manage.py", "bootstrap", "--seed", env=env)
        (self.folder / output_name(vendor)).write_text(result.stdout)

    def sqlite_copy(self, path):
        """A copy of the first-started SQLite site at path (None: only make sure it exists); its URL."""
        original = self.folder / SQLITE_COPY
        with FileLock(self.folder / "sqlite.lock"):
            if not original.exists():
                building = self.folder / f"building-{SQLITE_COPY}"
                building.unlink(missing_ok=True)
                self._first_start(f"sqlite:///{building}", "sqlite")
                building.rename(original)
        if path is None:
            return None
        with contextlib.closing(sqlite3.connect(original)) as source, contextlib.closing(sqlite3.connect(path)) as copy:
            source.backup(copy)
        return f"sqlite:///{path}"

    def postgres_database(self, name):
        """A new database of the worker's server holding the first-started site (None: only the template); its URL."""
        server = self._postgres_server()
        if not self._template_made:
            with FileLock(self.folder / "postgresql.lock"):
                dump = self.folder / POSTGRES_DUMP
                url = server.create_database(TEMPLATE)
                if dump.exists():
                    self._program(server, "pg_restore", "--no-owner", "--exit-on-error", "--dbname", url, str(dump))
                else:
                    self._first_start(url, "postgresql")
                    self._program(server, "pg_dump", "--format=custom", "--file", str(dump), url)
            self._template_made = True
        return None if name is None else server.create_database(name, template=TEMPLATE)

    @staticmethod
    def _program(server, program, *args):
        result = subprocess.run([server.bin / program, *args], capture_output=True, text=True)
        if result.returncode != 0:
            raise AssertionError(f"{program} exited {result.returncode}: {result.stderr}")
