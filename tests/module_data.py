"""Content built once for a module (or a class, or a package) that its tests only read, instead of once per test.

The content is built in a transaction that is rolled back when the fixture's scope ends; each test runs in a savepoint
inside it (pytest-django's `db`), so a test may still change anything without the next one seeing it. Tests get
their own instances, read again from the database, so what one test changes in memory does not leak either.

    @pytest.fixture(scope="module")
    def _site_built(django_db_setup, django_db_blocker):
        with built_once(django_db_blocker):
            yield references(build_site())

    @pytest.fixture
    def site(_site_built, db):
        return read_again(_site_built)

A test that does not request the fixture still runs inside that transaction if it comes after one that did, so a
module whose other tests need an empty site keeps the shared tests in a class with a class-scoped fixture.
"""

from contextlib import contextmanager
from types import SimpleNamespace
from typing import NamedTuple

from django.db import models, transaction
from django.utils import translation


class Reference(NamedTuple):
    model: type
    pk: object


@contextmanager
def built_once(django_db_blocker):
    """Database access for a fixture wider than one test, in a transaction rolled back at the end of its scope."""
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("en"):
        yield
        transaction.set_rollback(True)


def references(content):
    """A namespace's or dict's model instances (nested ones too) as References; other values kept as they are."""
    values = content if isinstance(content, dict) else vars(content)
    found = {}
    for name, value in values.items():
        if isinstance(value, models.Model):
            found[name] = Reference(type(value), value.pk)
        elif isinstance(value, SimpleNamespace | dict):
            found[name] = references(value)
        else:
            found[name] = value
    return found if isinstance(content, dict) else SimpleNamespace(**found)


def read_again(built):
    """Fresh instances of what `references` noted, in the same shape."""
    values = built if isinstance(built, dict) else vars(built)
    fresh = {}
    for name, value in values.items():
        if isinstance(value, Reference):
            fresh[name] = value.model._default_manager.get(pk=value.pk)
        elif isinstance(value, SimpleNamespace | dict):
            fresh[name] = read_again(value)
        else:
            fresh[name] = value
    return fresh if isinstance(built, dict) else SimpleNamespace(**fresh)
