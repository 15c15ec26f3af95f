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
import shutil
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from filelock import FileLock

from tests.database_copies import database_of_vendor, live, reset_caches

OUTPUT = "seed_demo.txt"
MEDIA = "media"


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
        database = database_of_vendor()
        database.save_pristine()
        try:
            output = StringIO()
            call_command("seed_demo", stdout=output)
            database.dump(self.folder)
            shutil.copytree(settings.MEDIA_ROOT, self.folder / MEDIA, dirs_exist_ok=True)
            (self.folder / OUTPUT).write_text(output.getvalue())
        finally:
            database.restore_pristine()
            reset_caches()

    @contextlib.contextmanager
    def loaded(self):
        """The test database is the seeded demo (its media files in MEDIA_ROOT) within the block, as before after."""
        database = database_of_vendor()
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
    snapshot = DemoSnapshot(folder)
    with shared or contextlib.nullcontext(), django_db_blocker.unblock():
        if not (folder / OUTPUT).exists():
            folder.mkdir(exist_ok=True)
            snapshot.build()
    return snapshot
