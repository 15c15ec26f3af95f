"""Backups of the database and the media files in one archive, and their restore into an empty site.

An archive is a .tar.gz holding manifest.json (what was taken and the counts to check a restore against), the
database in its own engine's format (SQLite's online backup, or pg_dump's custom format) and media/ (every file of
the default storage, local folder or bucket). A restore goes to the same database engine.
"""

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.db import connection, connections
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE_MEMBERS = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
MEDIA_PREFIX = "media/"
_SKIPPED_MEDIA = ("ops-readiness/",)


class BackupError(Exception):
    """A backup or restore that cannot go ahead, with what to do about it."""


def site_counts():
    """What a restore drill compares: the content an editor would miss."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
    }


def media_names(storage=default_storage, folder=""):
    """Every file name in the storage, depth first (local folders and buckets alike)."""
    try:
        directories, files = storage.listdir(folder)
    except FileNotFoundError:  # a media folder not made yet holds nothing
        return
    for name in sorted(files):
        path = f"{folder}/{name}" if folder else name
        if not path.startswith(_SKIPPED_MEDIA):
            yield path
    for directory in sorted(directories):
        path = f"{folder}/{directory}" if folder else directory
        if not path.startswith(_SKIPPED_MEDIA):
            yield from media_names(storage, path)


def _vendor():
    vendor = connection.vendor
    if vendor not in DATABASE_MEMBERS:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    return vendor


def _pg_environment():
    """libpq's variables for the default database, so no password appears on a command line."""
    db = settings.DATABASES["default"]
    env = {**os.environ, "PGDATABASE": db["NAME"], "PGUSER": db.get("USER") or ""}
    for key, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("PASSWORD", "PGPASSWORD")):
        if db.get(key):
            env[variable] = str(db[key])
    return env


def _pg_program(name):
    directory = os.environ.get("PG_BIN_DIR")
    program = str(Path(directory) / name) if directory else shutil.which(name)
    if not program or not Path(program).exists():
        raise BackupError(f"{name} is not installed: install PostgreSQL's client programs or set PG_BIN_DIR.")
    return program


def _run(command, env=None):
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} failed: {result.stderr.strip()[:2000]}")


def _dump_database(vendor, target):
    if vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        copy.close()
    else:
        _run([_pg_program("pg_dump"), "--format=custom", "--no-owner", "--no-acl", "--file", str(target)],
             _pg_environment())  # fmt: skip


def create_backup(destination):
    """Write an archive to destination (a file path); returns its manifest."""
    vendor = _vendor()
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="caucus-backup-") as scratch:
        database_file = Path(scratch) / DATABASE_MEMBERS[vendor]
        _dump_database(vendor, database_file)
        names = list(media_names())
        manifest = {
            "format": FORMAT,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "database": vendor,
            "counts": site_counts(),
            "media_files": len(names),
        }
        partial = destination.with_name(destination.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2).encode())
            archive.add(database_file, arcname=DATABASE_MEMBERS[vendor])
            for name in names:
                with default_storage.open(name, "rb") as handle:
                    info = tarfile.TarInfo(MEDIA_PREFIX + name)
                    info.size = default_storage.size(name)
                    info.mtime = int(datetime.now(UTC).timestamp())
                    archive.addfile(info, handle)
        # Only a complete archive takes the name: an interrupted backup never looks like a good one.
        partial.replace(destination)
    return manifest


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.now(UTC).timestamp())
    archive.addfile(info, io.BytesIO(data))


def read_manifest(archive):
    try:
        member = archive.extractfile(MANIFEST)
    except KeyError as error:
        raise BackupError("This is not a site backup: it has no manifest.json.") from error
    manifest = json.load(member)
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Backup format {manifest.get('format')} is not the format this version reads ({FORMAT}).")
    return manifest


def _database_is_empty():
    return not connection.introspection.table_names()


def _restore_database(vendor, archive):
    member = DATABASE_MEMBERS[vendor]
    with tempfile.TemporaryDirectory(prefix="caucus-restore-") as scratch:
        archive.extract(member, scratch, filter="data")
        source = Path(scratch) / member
        if vendor == "sqlite":
            connection.ensure_connection()
            with sqlite3.connect(source) as backup:
                backup.backup(connection.connection)
            backup.close()
        else:
            connections.close_all()
            _run([_pg_program("pg_restore"), "--no-owner", "--no-acl", "--clean", "--if-exists",
                  "--exit-on-error", "--single-transaction", "--dbname", settings.DATABASES["default"]["NAME"],
                  str(source)], _pg_environment())  # fmt: skip
    connections.close_all()


def _restore_media(archive, replace):
    existing = set(media_names())
    if existing and not replace:
        raise BackupError(
            f"The media storage already holds {len(existing)} files: restore into an empty one, or pass --force."
        )
    for name in existing:
        default_storage.delete(name)
    restored = 0
    for member in archive:
        if not member.isfile() or not member.name.startswith(MEDIA_PREFIX):
            continue
        name = member.name.removeprefix(MEDIA_PREFIX)
        if ".." in Path(name).parts or name.startswith("/"):
            raise BackupError(f"Refusing a media path outside the storage: {member.name}")
        saved = default_storage.save(name, File(archive.extractfile(member)))
        if saved != name:
            raise BackupError(f"{name} was stored as {saved}: the media storage was not empty.")
        restored += 1
    return restored


def restore_backup(source, replace=False):
    """Restore an archive; refuses a non-empty database or media storage unless replace. Returns (manifest, counts)."""
    vendor = _vendor()
    with tarfile.open(source, "r:gz") as archive:
        manifest = read_manifest(archive)
        if manifest["database"] != vendor:
            raise BackupError(
                f"This backup holds a {manifest['database']} database; the site is configured for {vendor}."
            )
        if not replace and not _database_is_empty():
            raise BackupError("The database is not empty: restore into an empty database, or pass --force.")
        restored_media = _restore_media(archive, replace)
        _restore_database(vendor, archive)
    counts = site_counts()
    if counts != manifest["counts"] or restored_media != manifest["media_files"]:
        raise BackupError(
            f"The restored site differs from the backup: {counts} and {restored_media} media files, "
            f"expected {manifest['counts']} and {manifest['media_files']}."
        )
    return manifest, counts
