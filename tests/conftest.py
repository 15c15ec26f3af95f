"""Shared fixtures: a site with an English home page and the programmes section (admin_client is pytest-django's)."""

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation
from wagtail.models import Site

from tests import factories

# TEST_DATABASE=postgres: the session runs on a throwaway PostgreSQL cluster. tests/scheduling.py: how `make test`
# shares the tests between its parallel workers.
pytest_plugins = ["tests.postgres_fixtures", "tests.scheduling"]


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Rendition and site-root caches outlive a test's transaction; start each test without them."""
    for cache in caches.all():
        cache.clear()
    Site.clear_site_root_paths_cache()
    yield
    # A request to /fr/ or /ar/ leaves that language active in this thread; the next test starts in English.
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home(db):
    """root → HomePage (English), the default Site's root page."""
    return factories.create_site_home(summary="The home of the WSIS Gender Caucus.")


@pytest.fixture
def programmes(home):
    """The programmes section at /en/programmes/."""
    return factories.create_programme_index(home, summary="National and regional programmes.")
