from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand
from wagtail.models import Page

from ops.health import check
from ops.media_bucket import ensure_media_bucket


class Command(BaseCommand):
    help = (
        "Make a site ready to serve, safe to run on every start: migrate, make the media bucket, optionally seed "
        "the demo and the admin account, and build the search indices when the engine answers."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", action="store_true", help="Build the demo site if the site has no pages yet.")
        parser.add_argument("--admin", action="store_true", help="Create the admin account (ensure_admin).")

    def handle(self, *args, seed=False, admin=False, **options):
        verbosity = options["verbosity"]
        call_command("migrate", interactive=False, verbosity=max(verbosity - 1, 0))
        self.stdout.write(ensure_media_bucket())
        if seed:
            self._seed(verbosity)
        if admin:
            call_command("ensure_admin", stdout=self.stdout)
        self._index(verbosity)

    def _seed(self, verbosity):
        if "seed_demo" not in get_commands():
            self.stdout.write("the demo builder is not installed (DEMO=0): not seeding")
            return
        # The tree root and the first home page are there after migrate; a seeded site has many more.
        if Page.objects.count() > 2:
            self.stdout.write("the site has pages: not seeding")
            return
        call_command("seed_demo", stdout=self.stdout, verbosity=verbosity)

    def _index(self, verbosity):
        search = check("search")
        if search.detail == "database backend":
            self.stdout.write("search on the database backend: indexed as pages are saved")
            return
        if not search.ok:
            self.stderr.write(f"search engine unavailable ({search.detail}): the scheduler indexes once it answers")
            return
        call_command("update_index", verbosity=max(verbosity - 1, 0))
        self.stdout.write("search indices built")
