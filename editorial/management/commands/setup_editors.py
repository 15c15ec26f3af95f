"""Create or complete the editor groups, their page permissions and the "Caucus review" workflow."""

from django.core.management.base import BaseCommand

from editorial.editors import setup_editors


class Command(BaseCommand):
    help = (
        "Create the regional editor, translator and coordinator groups, scope their page permissions to their "
        "part of each locale's tree and assign the moderation workflow. Safe to re-run: it only adds what is "
        "missing, so run it again once new translations exist."
    )

    def handle(self, *args, **options):
        report = setup_editors()
        verbose = options["verbosity"] >= 2
        for name in report.created:
            self.stdout.write(f"Created {name}")
        if verbose:
            for line in report.added:
                self.stdout.write(f"Added {line}")
        for line in report.skipped:
            self.stdout.write(self.style.WARNING(f"Skipped {line}"))
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(report.created)} created, {len(report.added)} permissions or assignments added, "
                f"{len(report.skipped)} skipped."
            )
        )
