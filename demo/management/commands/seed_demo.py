"""manage.py seed_demo: build the demo site from the texts in demo; safe to run again."""

import cProfile
import io
import pstats
from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test.utils import override_settings

from core.text_lengths import TextTooLong
from demo.builder import DemoBuildError, build_demo_site


class StatementCounter:
    """A database execute wrapper that counts the statements the build runs (see ``--profile``)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


@contextmanager
def statements_not_logged():
    """With DEBUG on (the development settings), Django keeps every statement in ``connection.queries``, and on
    SQLite quotes each one's parameters with one more query: a sixth of the build's time for a log nobody reads."""
    with override_settings(DEBUG=False):
        yield


class Command(BaseCommand):
    # Django's system checks (URLconfs, models, settings) take half a second and say nothing about seeding; they
    # run when the site starts, and call_command() (tests, `bootstrap --seed`) skips them anyway.
    requires_system_checks = []
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
        parser.add_argument(
            "--profile",
            action="store_true",
            help="Profile the build and print the functions that took the most time (cumulative).",
        )

    def handle(self, *args, refresh=False, translations=True, verbosity=1, profile=False, **options):
        profiler = cProfile.Profile() if profile else None
        statements = StatementCounter()
        try:
            if profiler:
                profiler.enable()
            with statements_not_logged(), connection.execute_wrapper(statements):
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
        finally:
            if profiler:
                profiler.disable()
        if profiler:
            self.stdout.write(self._profile_summary(profiler))
            self.stdout.write(f"{statements.count} SQL statements.")
        for note in report.notes:
            self.stdout.write(note)
        self.stdout.write(self.style.SUCCESS(report.summary()))
        if verbosity >= 1:
            self.stdout.write(f"Finished in {report.seconds:.1f} s.")

    @staticmethod
    def _profile_summary(profiler, lines=30):
        """The functions with the most cumulative time, as cProfile prints them."""
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("cumulative").print_stats(lines)
        return out.getvalue()
