"""Shared fixtures: a site with an English home page and the programmes section (admin_client is pytest-django's)."""

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation
from wagtail.models import Site

from tests import factories

# TEST_DATABASE=postgres: the session runs on a throwaway PostgreSQL cluster.
pytest_plugins = ["tests.postgres_fixtures"]

# Tests that share an expensive package- or module-wide fixture (a seeded site, Chromium, the search node) run on one
# pytest-xdist worker together (`--dist loadgroup`), so each of those is built once per run; the rest spread freely.
SHARED_SETUP_GROUPS = {
    "tests/browser/": "browser",
    "tests/demo/": "demo",
    "tests/editorial/editors/": "editors",
    "tests/search/engine/": "engine",
}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    root = config.rootpath
    for item in items:
        path = item.path.relative_to(root).as_posix()
        group = next((name for prefix, name in SHARED_SETUP_GROUPS.items() if path.startswith(prefix)), None)
        if group:
            item.add_marker(pytest.mark.xdist_group(group))


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
