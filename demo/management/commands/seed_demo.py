"""manage.py seed_demo: build the demo site from the texts in demo; safe to run again."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from core.text_lengths import TextTooLong
from demo.builder import DemoBuildError, build_demo_site


class Command(BaseCommand):
    help = (
        "Build the demo site: taxonomy, home page, sections, programme plans, events, training materials, the "
        "Sourcebook, forms, pictures and documents, and their translations (the whole site in French and Spanish, "
        "a selection in Arabic, Russian, Chinese and Portuguese). Running it again creates nothing and changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--refresh",
            action="store_true",
            help="Also bring existing demo content back in line with the texts (publishing only pages that differ).",
        )
        parser.add_argument(
            "--no-translations",
            action="store_false",
            dest="translations",
            help="Build the English site only: no taxonomy translations, no translated pages.",
        )

    def handle(self, *args, refresh=False, translations=True, verbosity=1, **options):
        try:
            report = build_demo_site(
                stdout=self.stdout, refresh=refresh, verbosity=verbosity, translations=translations
            )
        except DemoBuildError as error:
            raise CommandError(str(error)) from error
        except TextTooLong as error:  # a text (or its translation) longer than its column: nothing was saved
            raise CommandError(f"A demo text does not fit its column, so nothing was built: {error}") from error
        except ValidationError as error:  # e.g. a translated page title refused by the page's own validation
            messages = "; ".join(error.messages)
            raise CommandError(f"A demo text is not valid, so nothing was built: {messages}") from error
        for note in report.notes:
            self.stdout.write(note)
        self.stdout.write(self.style.SUCCESS(report.summary()))
        if verbosity >= 1:
            self.stdout.write(f"Finished in {report.seconds:.1f} s.")
