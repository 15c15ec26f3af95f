"""Compose's first start: `init` (bootstrap --seed --admin, through the image's entrypoint) gives a seeded site with
an admin account, and a second start seeds nothing more. On the database the suite runs on: SQLite, or a database of
the throwaway PostgreSQL server in the suite's PostgreSQL run (TEST_DATABASE=postgres).
"""

import json
import os

import pytest

from tests.ops.stack import entrypoint, production_environment

# The PostgreSQL run keeps these tests (tests/postgres_fixtures.py): they seed the database the run is about.
pytestmark = pytest.mark.follows_test_database

COUNTS = "import json; from ops.backup import site_counts; print(json.dumps(site_counts()))"


@pytest.fixture
def database(request, tmp_path):
    if os.environ.get("TEST_DATABASE") == "postgres":
        return request.getfixturevalue("postgres_server").create_database(f"first_start_{tmp_path.name}"[:60])
    return f"sqlite:///{tmp_path / 'site.sqlite3'}"


def test_init_seeds_an_empty_site_once_and_creates_the_admin(database, tmp_path):
    media = str(tmp_path / "media")
    env = production_environment(database, MEDIA_ROOT=media, ADMIN_PASSWORD="an-admin-pw-4-tests", DEMO="1")

    first = entrypoint("python", "manage.py", "bootstrap", "--seed", "--admin", env=env)
    counts = json.loads(entrypoint("python", "manage.py", "shell", "-c", COUNTS, env=env).stdout.splitlines()[-1])
    second = entrypoint("python", "manage.py", "bootstrap", "--seed", "--admin", env=env)
    again = json.loads(entrypoint("python", "manage.py", "shell", "-c", COUNTS, env=env).stdout.splitlines()[-1])

    assert "media in a local folder" in first.stdout
    assert "Admin account created" in first.stdout
    assert "search on the database backend" in first.stdout
    assert counts["pages"] > 20 and counts["images"] > 0 and counts["documents"] > 0
    assert "the site has pages: not seeding" in second.stdout
    assert again == counts


def test_without_the_demo_init_starts_an_empty_site(database, tmp_path):
    env = production_environment(database, MEDIA_ROOT=str(tmp_path / "media"), DEMO="0")

    result = entrypoint("python", "manage.py", "bootstrap", "--seed", env=env)

    assert "the demo builder is not installed (DEMO=0): not seeding" in result.stdout
