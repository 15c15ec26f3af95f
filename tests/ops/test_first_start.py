"""Compose's first start: `init` (bootstrap --seed --admin, through the image's entrypoint) gives a seeded site with
an admin account, and a second start seeds nothing more. On the database the suite runs on: SQLite, or a database of
the throwaway PostgreSQL server in the suite's PostgreSQL run (TEST_DATABASE=postgres).

The first start from an empty database, without the demo (DEMO=0), is the run's first-started site
(tests/first_started.py): it is made once per run and the test database and the other operations tests take copies
of it. The demo's first start begins from such a copy, a migrated site with no content yet, and is the run's seeded
demo (tests/seeded_demo.py), which tests/demo, tests/browser and the relevance suite browse: the run seeds once.
"""

import json
import os

import pytest
from production_stack import entrypoint, production_environment

from tests.seeded_demo import ADMIN_PASSWORD

# The PostgreSQL run keeps these tests (tests/postgres_fixtures.py): they seed the database the run is about.
pytestmark = pytest.mark.follows_test_database

COUNTS = "import json; from ops.backup import site_counts; print(json.dumps(site_counts()))"


def vendor():
    return "postgresql" if os.environ.get("TEST_DATABASE") == "postgres" else "sqlite"


def counts(env):
    return json.loads(entrypoint("python", "manage.py", "shell", "-c", COUNTS, env=env).stdout.splitlines()[-1])


def first_started_copy(first_started, tmp_path):
    if vendor() == "postgresql":
        return first_started.postgres_database(f"first_start_{tmp_path.name}"[:60])
    return first_started.sqlite_copy(tmp_path / "site.sqlite3")


def test_init_seeds_an_empty_site_once_and_creates_the_admin(demo_snapshot, tmp_path):
    """The demo's first start is the run's seeded demo (tests/seeded_demo.py); the site is started again from a copy."""
    first = demo_snapshot.output
    copy = demo_snapshot.database_url(tmp_path)
    env = production_environment(copy, MEDIA_ROOT=str(tmp_path / "media"), ADMIN_PASSWORD=ADMIN_PASSWORD, DEMO="1")
    seeded = counts(env)
    second = entrypoint("python", "manage.py", "bootstrap", "--seed", "--admin", env=env)
    again = counts(env)

    assert "media in a local folder" in first
    assert "Admin account created" in first
    assert "search on the database backend" in first
    assert seeded["pages"] > 20 and seeded["images"] > 0 and seeded["documents"] > 0
    assert "the site has pages: not seeding" in second.stdout
    assert "Admin account created" not in second.stdout
    assert again == seeded


def test_without_the_demo_init_starts_an_empty_site(first_started, tmp_path):
    """The run's first start: bootstrap --seed with DEMO=0 on an empty database (tests/first_started.py)."""
    output = first_started.output(vendor())
    site = counts(production_environment(first_started_copy(first_started, tmp_path), DEMO="0"))

    assert "the demo builder is not installed (DEMO=0): not seeding" in output
    assert "media in a local folder" in output
    # Migrated, with only what the migrations make: the tree's root and the first home page.
    assert site == {"pages": 2, "revisions": 0, "images": 0, "documents": 0}, site
