"""The restore drill: a backup of a site (database + media) restores into an empty database and an empty media
folder with identical page, revision, image and document counts, on SQLite and on PostgreSQL.

The site backed up starts as a copy of the run's first-started site (tests/first_started.py: migrated once per
run); the database restored into is a new, empty one, as in a real restore.
"""

import json
import subprocess
import tarfile
from pathlib import Path

from production_stack import ENTRYPOINT, ROOT, entrypoint, production_environment

COUNTS = "import json; from ops.backup import site_counts; print(json.dumps(site_counts()))"
BUILD_CONTENT = "from tests.ops.content import build; build()"


def manage(*args, env):
    return entrypoint("python", "manage.py", *args, env=env)


def counts(env):
    return json.loads(manage("shell", "-c", COUNTS, env=env).stdout.strip().splitlines()[-1])


def media_files(env):
    root = Path(env["MEDIA_ROOT"])
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def _drill(source_env, target_env, archive):
    # The content, then its counts, in one process: each `manage.py` process spends a second or two starting Django.
    before = json.loads(manage("shell", "-c", f"{BUILD_CONTENT}; {COUNTS}", env=source_env).stdout.splitlines()[-1])
    assert before["pages"] >= 3 and before["revisions"] >= 3 and before["images"] == 1 and before["documents"] == 1

    output = manage("backup", "--output", str(archive), env=source_env).stdout
    assert "Backed up" in output

    restored = manage("restore", str(archive), env=target_env).stdout
    assert "Restored the backup" in restored
    assert counts(target_env) == before
    assert media_files(target_env) == media_files(source_env)
    assert any(name.startswith("original_images/") for name in media_files(target_env))
    assert any(name.startswith("images/") for name in media_files(target_env))  # the rendition
    assert any(name.startswith("documents/") for name in media_files(target_env))
    return before


def test_sqlite_backup_restores_into_an_empty_database_and_media_folder(tmp_path, first_started):
    source = production_environment(
        first_started.sqlite_copy(tmp_path / "source.sqlite3"), MEDIA_ROOT=str(tmp_path / "m1")
    )
    target = production_environment(f"sqlite:///{tmp_path / 'target.sqlite3'}", MEDIA_ROOT=str(tmp_path / "m2"))

    _drill(source, target, tmp_path / "site.tar.gz")

    with tarfile.open(tmp_path / "site.tar.gz") as archive:
        names = archive.getnames()
    assert {"manifest.json", "database.sqlite3"} <= set(names)


def test_postgresql_backup_restores_into_an_empty_database_and_media_folder(tmp_path, postgres_server, first_started):
    source = production_environment(first_started.postgres_database("drill_source"), MEDIA_ROOT=str(tmp_path / "m1"))
    target = production_environment(postgres_server.create_database("drill_target"), MEDIA_ROOT=str(tmp_path / "m2"))
    archive = tmp_path / "site.tar.gz"

    before = _drill(source, target, archive)

    # A second restore over the restored site is refused, and what is there is left as it was.
    refused = entrypoint_result("restore", str(archive), env=target)
    assert refused.returncode != 0
    assert "not empty" in refused.stderr
    assert counts(target) == before

    # A SQLite site cannot take a PostgreSQL backup: said plainly, nothing touched.
    sqlite = production_environment(f"sqlite:///{tmp_path / 'other.sqlite3'}", MEDIA_ROOT=str(tmp_path / "m3"))
    wrong = entrypoint_result("restore", str(archive), env=sqlite)
    assert wrong.returncode != 0
    assert "holds a postgresql database" in wrong.stderr
    assert "Traceback" not in wrong.stderr


def test_a_file_that_is_not_a_backup_is_refused_clearly(tmp_path):
    env = production_environment(f"sqlite:///{tmp_path / 'db.sqlite3'}", MEDIA_ROOT=str(tmp_path / "m"))
    bogus = tmp_path / "bogus.tar.gz"
    with tarfile.open(bogus, "w:gz"):
        pass

    result = entrypoint_result("restore", str(bogus), env=env)

    assert result.returncode != 0
    assert "not a site backup" in result.stderr
    assert "Traceback" not in result.stderr


def entrypoint_result(*args, env):
    return subprocess.run(
        ["sh", str(ENTRYPOINT), "python", "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
