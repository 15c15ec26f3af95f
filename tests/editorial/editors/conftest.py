"""The editors' world: an English site translated into French and Spanish, `setup_editors` run, users per group.

The site is built once for the package inside a transaction that is rolled back at the end; `setup_editors` runs once
per module that asks for it, in a savepoint rolled back when the module ends (so tests/…/test_setup_editors.py still
starts without groups); each test runs in a savepoint inside those (pytest-django's `db`), so tests may change
anything without affecting the next one.
"""

import contextlib
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from wagtail.models import Page

from core.models import Region
from editorial.editors import REGIONAL_TEAMS
from tests import factories

TRANSLATED_INTO = ("fr", "es")


class CaucusSite:
    """The same page in every locale: `site.page("latin-america-plan", "es")`."""

    def __init__(self):
        self.english = {}

    def page(self, key, language_code="en"):
        english = self.english[key]
        if language_code == "en":
            return english.specific_class.objects.get(pk=english.pk)
        return english.get_translation(factories.locale(language_code)).specific


def translate(page, language_code):
    """The way "Translate this page" without sync would do it: a copy in the other locale, then published."""
    copy = page.copy_for_translation(factories.locale(language_code))
    copy.save_revision().publish()
    return copy


def build_site():
    site = CaucusSite()
    home = factories.create_site_home()
    programmes = factories.create_programme_index(home)
    site.english.update(home=home, programmes=programmes)
    for team in REGIONAL_TEAMS:
        region = Region.objects.create(name=team.region_name, slug=team.region_slug)
        region_page = factories.create_region_page(programmes, region=region)
        site.english[team.region_slug] = region_page
        site.english[f"{team.region_slug}-plan"] = factories.create_plan(region_page, title=f"{team.region_name} plan")
    book = factories.create_sourcebook(home, title="Sourcebook", slug="sourcebook")
    site.english.update(sourcebook=book, chapter=factories.create_chapter(book, title="Gender and ICT policy"))
    library = factories.create_training_index(home)
    site.english.update(training=library, material=factories.create_material(library, title="Advocacy toolkit"))
    for code in TRANSLATED_INTO:
        for page in Page.objects.descendant_of(home, inclusive=True).order_by("path"):
            translate(page, code)
    return site


@pytest.fixture(scope="package")
def _shared_site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_site()
        transaction.set_rollback(True)


@pytest.fixture
def caucus_site(_shared_site, db):
    """The English tree and its French and Spanish translations, before any editor groups exist."""
    return _shared_site


@contextlib.contextmanager
def module_savepoint(django_db_blocker):
    """What a module-wide fixture writes inside this block is rolled back when the block ends."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def _module_editors(_shared_site, django_db_blocker):
    with module_savepoint(django_db_blocker):
        call_command("setup_editors", stdout=StringIO())
        yield _shared_site


@pytest.fixture
def editors(_module_editors, db):
    """The site after `manage.py setup_editors`."""
    return _module_editors


@pytest.fixture
def client_for(editors, django_user_model):
    """A logged-in admin client for a new user in the named groups: `client_for("Translators — French")`."""
    users = iter(range(1, 1000))

    def login(*group_names):
        groups = list(Group.objects.filter(name__in=group_names))
        assert sorted(group.name for group in groups) == sorted(group_names)
        user = django_user_model.objects.create_user(f"user{next(users)}", password="password")
        user.groups.set(groups)
        client = Client()
        client.force_login(user)
        client.user = user
        return client

    return login
