"""The seeded demo site, built once per pytest run and copied into the test database of each package that uses it.

tests/demo, tests/browser and the engine's relevance suite each need the whole seeded site, and the operations tests
check the demo's first start, which builds that same site. So the first worker that needs the site runs the demo's
first start once, as compose's `init` does (`bootstrap --seed --admin` in a process of its own, production settings,
DEMO=1) on a copy of its test database (the run's first-started site: tests/first_started.py), and keeps that
database, the media files it made and what it printed. Under a file lock in the run's shared temporary folder
(pytest-xdist's documented pattern), so the other worker waits for that copy instead of seeding again.
tests/ops/test_first_start.py checks the output and starts the site again from a copy.

A package then runs inside ``with demo_snapshot.loaded():``: the test database becomes a copy of the seeded one
(SQLite: the backup API into the in-memory database; PostgreSQL: ``CREATE DATABASE … TEMPLATE`` of a seeded
database restored once per worker from the copy with pg_restore), and is put back as it was when the package ends.
Each test still runs in its own transaction (pytest-django's ``db``), rolled back after it.
"""

import contextlib
import shutil

import pytest
from django.conf import settings
from filelock import FileLock
from production_stack import entrypoint, production_environment, scratch_folder

from tests.database_copies import database_of_vendor, live, reset_caches

OUTPUT = "first_start.txt"
MEDIA = "media"
# The demo's first start creates the admin account, as compose's `init` does.
ADMIN_PASSWORD = "an-admin-pw-4-tests"


class DemoSnapshot:
    """The seeded demo, saved once for the run in ``folder``: the database copy, its media files, the first start's
    output."""

    def __init__(self, folder, django_db_blocker):
        self.folder = folder
        self._blocker = django_db_blocker

    @property
    def output(self):
        """What the demo's first start (``manage.py bootstrap --seed --admin``, seed_demo's report within it) printed
        when it built this site."""
        return (self.folder / OUTPUT).read_text()

    def build(self):
        """The demo's first start on a copy of the test database, saved here with its media; the test database is
        left as it was."""
        media = scratch_folder("caucus-demo-media-")

        def first_start(database_url):
            env = production_environment(database_url, MEDIA_ROOT=media, ADMIN_PASSWORD=ADMIN_PASSWORD, DEMO="1")
            return entrypoint("python", "manage.py", "bootstrap", "--seed", "--admin", env=env).stdout

        output = database_of_vendor().dump_changed_by(self.folder, first_start)
        shutil.copytree(media, self.folder / MEDIA, dirs_exist_ok=True)
        (self.folder / OUTPUT).write_text(output)

    def database_url(self, scratch):
        """A copy of the seeded demo for another process (a file or a database named after the scratch folder)."""
        database = database_of_vendor()
        target = scratch / "demo.sqlite3" if live().vendor == "sqlite" else f"demo_{scratch.name}"[:60]
        return database.copy_url(self.folder, target)

    @contextlib.contextmanager
    def loaded(self):
        """The test database is the seeded demo (its media files in MEDIA_ROOT) within the block, as before after; the
        block may use the database, as a package's fixture around it needs to."""
        database = database_of_vendor()
        with self._blocker.unblock():
            database.save_pristine()
            try:
                database.load(self.folder)
                shutil.copytree(self.folder / MEDIA, settings.MEDIA_ROOT, dirs_exist_ok=True)
                reset_caches()
                yield self
            finally:
                database.restore_pristine()
                reset_caches()


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory, worker_id):
    """The run's seeded demo, built by whichever worker asks first (see the module's docstring)."""
    if worker_id == "master":  # one process: nobody to share with
        folder = tmp_path_factory.mktemp("seeded-demo")
        shared = None
    else:  # the run's folder, shared by its workers (pytest-xdist's documented pattern)
        folder = tmp_path_factory.getbasetemp().parent / f"seeded-demo-{live().vendor}"
        shared = FileLock(f"{folder}.lock")
    snapshot = DemoSnapshot(folder, django_db_blocker)
    with shared or contextlib.nullcontext(), django_db_blocker.unblock():
        if not (folder / OUTPUT).exists():
            folder.mkdir(exist_ok=True)
            snapshot.build()
    return snapshot
