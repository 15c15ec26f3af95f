import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from ops.health import check


class Command(BaseCommand):
    help = (
        "The scheduler: publish_scheduled every SCHEDULE_PUBLISH_SECONDS, and the search index caught up when the "
        "engine comes back after an outage and every SCHEDULE_INDEX_SECONDS."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run every job once and stop.")

    def handle(self, *args, once=False, **options):
        last_publish = last_index = float("-inf")
        engine_was_up = None
        while True:
            now = time.monotonic()
            if now - last_publish >= settings.SCHEDULE_PUBLISH_SECONDS:
                self._run("publish_scheduled")
                last_publish = now
            engine_up = self._engine_up()
            if engine_up and (engine_was_up is False or now - last_index >= settings.SCHEDULE_INDEX_SECONDS):
                self._run(settings.SCHEDULE_INDEX_COMMAND)
                last_index = now
            engine_was_up = engine_up
            if once:
                return
            time.sleep(min(settings.SCHEDULE_PUBLISH_SECONDS, 30))

    def _engine_up(self):
        search = check("search")
        return search.ok and search.detail != "database backend"

    def _run(self, command):
        """A failing job is reported and retried next round; the scheduler itself keeps running."""
        try:
            call_command(command, stdout=self.stdout)
        except Exception as error:  # noqa: BLE001 - one job's failure must not stop the others
            self.stderr.write(f"{command} failed: {type(error).__name__}: {error}")
