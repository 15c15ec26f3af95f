"""Compose's first start: `init` (bootstrap --seed --admin, through the image's entrypoint) gives a seeded site with
an admin account, and a second start seeds nothing more. On SQLite: seed_demo on PostgreSQL is issue 10's work.
"""

import json

from production_stack import entrypoint, production_environment

COUNTS = "import json; from ops.backup import site_counts; print(json.dumps(site_counts()))"


def test_init_seeds_an_empty_site_once_and_creates_the_admin(tmp_path):
    database = f"sqlite:///{tmp_path / 'site.sqlite3'}"
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


def test_without_the_demo_init_starts_an_empty_site(tmp_path):
    database = f"sqlite:///{tmp_path / 'site.sqlite3'}"
    env = production_environment(database, MEDIA_ROOT=str(tmp_path / "media"), DEMO="0")

    result = entrypoint("python", "manage.py", "bootstrap", "--seed", env=env)

    assert "the demo builder is not installed (DEMO=0): not seeding" in result.stdout
