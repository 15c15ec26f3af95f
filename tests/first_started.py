"""The site after its first start, made once per run: `bootstrap --seed` (compose's `init`, DEMO=0) on an empty
database. The test database starts as a copy of it, and so does every operations test that needs a migrated, empty
site of its own.

A first start migrates an empty database through ~250 migrations, about 20 s of CPU in a fresh process, nearly all of
it Django rendering the models' states. `make test` used to migrate four times: the test database and the
first-started site, in each of its two runs. Now the first start is made once per database and kept in a shared
temporary folder with what it printed (tests/ops/test_first_start.py checks that output: the first start from an empty
database is still run and still tested, once), and the rest take copies:

- the test database (migrated_from_first_start(), below): SQLite's backup API from the first-started file into the
  in-memory database, made first if nobody has yet; on PostgreSQL, pg_restore of the first-started site's dump when
  there is one (`make test`'s SQLite run makes it for the production stack and the restore drill, its PostgreSQL run
  reads it), else a plain migrate. Django's `migrate` then runs as usual on the copy: it applies what production's
  first start had not (nothing while the test settings' apps are production's and `demo`, which has no models) and
  sends post_migrate, for about half a second;
- the operations tests: SQLite's backup API into a new file; for PostgreSQL a template database in the worker's own
  server (``CREATE DATABASE … TEMPLATE``), restored there from the dump when another worker or run made it.

A file lock makes a worker wait for the other's first start instead of running its own. The folder is the one
`make test`'s two runs share (TEST_RUNS_SHARED), else the run's temporary folder that both pytest-xdist workers see.
"""

import contextlib
import os
import subprocess
from pathlib import Path
from unittest import mock

from django.core.management.commands.migrate import Command as Migrate
from filelock import FileLock
from production_stack import entrypoint, production_environment, scratch_folder

from tests.database_copies import database_of_vendor, live, reset_caches, sqlite_file_copy

TEMPLATE = "first_started_site"
SQLITE_COPY = "first-started.sqlite3"
POSTGRES_DUMP = "first-started.pgdump"


def output_name(vendor):
    return f"first-start-{vendor}.txt"


def shared_folder(config, tmp_path_factory):
    """Where the run's first-started site is kept (see the module's docstring)."""
    if os.environ.get("TEST_RUNS_SHARED"):
        base = Path(os.environ["TEST_RUNS_SHARED"])
    else:
        base = tmp_path_factory.getbasetemp()
        base = base.parent if getattr(config, "workerinput", None) else base
    return base / "ops-first-started"


class FirstStartedSite:
    """The run's first-started site on SQLite and on the worker's PostgreSQL server (made when first asked for)."""

    def __init__(self, folder, postgres_server=None):
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self._postgres_server = postgres_server
        self._template_made = False

    def output(self, vendor):
        """What `manage.py bootstrap --seed` printed when it started the empty database ("sqlite" or "postgresql")."""
        if vendor == "sqlite":
            self.sqlite_file()
        else:
            self.postgres_database(None)
        return (self.folder / output_name(vendor)).read_text()

    def _first_start(self, database_url, vendor):
        env = production_environment(database_url, MEDIA_ROOT=scratch_folder("caucus-ops-first-start-"), DEMO="0")
        result = entrypoint("python", "manage.py", "bootstrap", "--seed", env=env)
        (self.folder / output_name(vendor)).write_text(result.stdout)

    def sqlite_file(self):
        """The first-started SQLite site's file, made first if it is not there yet."""
        original = self.folder / SQLITE_COPY
        with FileLock(self.folder / "sqlite.lock"):
            if not original.exists():
                building = self.folder / f"building-{SQLITE_COPY}"
                building.unlink(missing_ok=True)
                self._first_start(f"sqlite:///{building}", "sqlite")
                building.rename(original)
        return original

    def sqlite_copy(self, path):
        """A copy of the first-started SQLite site at path; its URL."""
        return sqlite_file_copy(self.sqlite_file(), path)

    def postgres_dump(self):
        """The first-started PostgreSQL site's dump, if a worker of this run or of the SQLite run made it."""
        dump = self.folder / POSTGRES_DUMP
        return dump if dump.exists() else None

    def postgres_database(self, name):
        """A new database of the worker's server holding the first-started site (None: only the template); its URL."""
        server = self._postgres_server()
        if not self._template_made:
            with FileLock(self.folder / "postgresql.lock"):
                url = server.create_database(TEMPLATE)
                dump = self.postgres_dump()
                if dump:
                    self._program(server, "pg_restore", "--no-owner", "--exit-on-error", "--dbname", url, str(dump))
                else:
                    self._first_start(url, "postgresql")
                    # Renamed once complete: the test database's setup reads it without the lock.
                    building = self.folder / f"building-{POSTGRES_DUMP}"
                    self._program(server, "pg_dump", "--format=custom", "--file", str(building), url)
                    building.rename(self.folder / POSTGRES_DUMP)
            self._template_made = True
        return None if name is None else server.create_database(name, template=TEMPLATE)

    @staticmethod
    def _program(server, program, *args):
        result = subprocess.run([server.bin / program, *args], capture_output=True, text=True)
        if result.returncode != 0:
            raise AssertionError(f"{program} exited {result.returncode}: {result.stderr}")

    def copy_into_test_database(self):
        """The test database (just created, empty) becomes a copy of the first-started site; on PostgreSQL, only when
        a worker made one (else `migrate` starts from empty)."""
        source = self.sqlite_file() if live().vendor == "sqlite" else self.postgres_dump()
        if source is not None:
            database_of_vendor().load_into_empty(source)
            reset_caches()


@contextlib.contextmanager
def migrated_from_first_start(site):
    """Within the block, `migrate` of the test database starts from a copy of the first-started site."""
    migrate = Migrate.handle

    def handle(command, *args, **options):
        site.copy_into_test_database()
        return migrate(command, *args, **options)

    with mock.patch.object(Migrate, "handle", handle):
        yield
