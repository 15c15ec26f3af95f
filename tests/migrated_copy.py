"""One migration of the test database per run: the first worker to need it migrates, the other copies the result.

Migrating an empty database through our and Wagtail's ~250 migrations costs about 20 s of CPU, nearly all of it
Django rendering the models' states in Python, and each pytest-xdist worker did it. Now, while the test database
is created (tests/conftest.py's django_db_setup), `migrate` runs under a file lock in the run's shared temporary
folder: the first worker migrates and saves a copy (SQLite: the backup API; PostgreSQL: pg_dump), the other loads
that copy instead (pg_restore). The rest of Django's setup (the serialised contents for `serialized_rollback`,
the cache table) runs as usual on either. The other worker starts with tests that need no database
(tests/scheduling.py), so by the time it needs one the copy is there.
"""

import contextlib
from unittest import mock

from django.core.management.commands.migrate import Command as Migrate
from filelock import FileLock

from tests.database_copies import database_of_vendor

COPY = "migrated"


@contextlib.contextmanager
def migrated_once(folder):
    """Within the block, `migrate` of the test database is done once for the folder and copied afterwards."""
    if folder is None:  # one process: nobody to share with
        yield
        return
    folder.mkdir(exist_ok=True)
    migrate = Migrate.handle

    def handle(command, *args, **options):
        with FileLock(folder / f"{COPY}.lock"):
            database = database_of_vendor()
            if (folder / COPY).exists():
                database.load_into_empty(folder)
                return None
            result = migrate(command, *args, **options)
            database.dump(folder, keep_template=False)
            (folder / COPY).touch()
            return result

    with mock.patch.object(Migrate, "handle", handle):
        yield
