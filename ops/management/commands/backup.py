from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Back up the database and every media file into one .tar.gz archive (SQLite or PostgreSQL)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Archive path (default: BACKUP_DIR/caucus-<UTC time>.tar.gz; BACKUP_DIR defaults to backups/).",
        )

    def handle(self, *args, output=None, **options):
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        destination = Path(output) if output else Path(settings.BACKUP_DIR) / f"caucus-{stamp}.tar.gz"
        try:
            manifest = create_backup(destination)
        except BackupError as error:
            raise CommandError(str(error)) from error
        counts = ", ".join(f"{value} {name}" for name, value in manifest["counts"].items())
        self.stdout.write(f"Backed up {manifest['database']}: {counts}, {manifest['media_files']} media files.")
        self.stdout.write(str(destination))
