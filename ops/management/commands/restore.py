from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restore a backup made by `backup` into an empty database and media storage, and check the counts."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz written by `manage.py backup`.")
        parser.add_argument(
            "--force", action="store_true", help="Replace the database and media files that are there now."
        )

    def handle(self, *args, archive, force=False, **options):
        try:
            manifest, counts = restore_backup(archive, replace=force)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        summary = ", ".join(f"{value} {name}" for name, value in counts.items())
        self.stdout.write(f"Restored the backup of {manifest['created']}: {summary}, {manifest['media_files']} media.")
