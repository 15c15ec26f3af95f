"""A web worker loads only what its requests need: what a production worker (config.wsgi) imports, in a fresh
interpreter, once it has served visitors. Each module left out is memory every gunicorn worker no longer carries."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from tests import factories
from tests.database_copies import SQLITE_COPY, database_of_vendor

ROOT = Path(__file__).resolve().parents[2]
BOOT = """
import json, sys
import config.wsgi
from django.conf import settings
from django.urls import get_resolver, reverse
get_resolver(URLCONF).url_patterns
reverse("wagtail_serve", args=[""], urlconf=URLCONF)
print(json.dumps(sorted(sys.modules)))
"""
# Sentry and Redis clients without their settings, the engine's PDF renderer and the document writers (the
# background worker's), Wagtail's unmounted v3 API, and the demo builder (not installed in production).
LEFT_OUT = {"sentry_sdk", "redis", "django_redis", "weasyprint", "fpdf", "docx", "ninja", "demo"}
# The admin's views and its API (Django REST framework, pydantic, psycopg through DRF's PostgreSQL fields): loaded by
# the first request that can reach the admin (core/urlconf.py). The Elasticsearch client: only with an engine.
ADMIN_ONLY = {"rest_framework", "pydantic", "psycopg", "wagtail.admin.urls", "wagtail.admin.api.views"}
ENGINE_ONLY = {"elasticsearch", "elastic_transport", "search.backends", "search.engine_search"}


def _imported(code, settings_module, *args, **environment):
    env = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": settings_module, "PYTHONPATH": str(ROOT)}
    env.update(SECRET_KEY="a-long-random-production-key-0123456789abcdef", **environment)
    result = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _packages(modules):
    return {name.split(".")[0] for name in modules}


def test_a_production_worker_leaves_out_what_no_request_needs():
    imported = set(_imported(BOOT.replace("URLCONF", "settings.PUBLIC_URLCONF"), "config.settings.production"))

    assert "wagtail" in imported and "search.urls" in imported  # it did boot the site and load visitors' URLs
    assert _packages(imported) & LEFT_OUT == set()
    assert (imported | _packages(imported)) & (ADMIN_ONLY | ENGINE_ONLY) == set()


def test_the_whole_urlconf_still_brings_the_admin():
    imported = set(_imported(BOOT.replace("URLCONF", "None"), "config.settings.production"))

    assert imported | _packages(imported) >= ADMIN_ONLY


def test_with_an_engine_its_client_is_imported():
    code = "import sys, json, django; django.setup(); from search.fallback import Engine; Engine(); "
    code += "print(json.dumps(sorted(sys.modules)))"
    imported = set(_imported(code, "config.settings.production", ELASTICSEARCH_URL="http://127.0.0.1:9"))

    assert {"elasticsearch", "search.backends"} <= imported


# Served through the production WSGI application, with production settings, from a copy of the test database.
SERVE = """
import io, json, sys
import config.wsgi
statuses = {}
for path in json.loads(sys.argv[1]):
    url, _, query = path.partition("?")
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": url, "QUERY_STRING": query, "SERVER_NAME": "localhost",
               "SERVER_PORT": "80", "HTTP_HOST": "localhost", "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(),
               "wsgi.errors": sys.stderr, "wsgi.version": (1, 0), "wsgi.multithread": True,
               "wsgi.multiprocess": True, "wsgi.run_once": False, "SCRIPT_NAME": "", **json.loads(sys.argv[2])}
    started = []
    b"".join(config.wsgi.application(environ, lambda status, headers, info=None: started.append(status)))
    statuses[path] = int(started[0].split()[0])
print(json.dumps([statuses, sorted(sys.modules)]))
"""
PAGES = [
    "/en/",
    "/en/programmes/",
    "/en/programmes/africa/",
    "/en/programmes/africa/plan/",
    "/en/library/",
    "/en/library/toolkit/",
    "/en/sourcebook/",
    "/en/sourcebook/chapter/",
    "/en/programmes/events/",
    "/en/events.ics",
    "/en/programmes/countries/",
    "/sitemap.xml",
    "/robots.txt",
    "/en/no-such-page/",
]


# Committed, so that a production process sees them; the data migrations' rows (locales, the tree's root) come back
# after each test's flush.
served = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def site_database(tmp_path):
    """A page of every type, committed, in a database a production process can open."""
    home = factories.create_site_home(title="Home")
    programmes = factories.create_programme_index(home, title="Programmes", slug="programmes")
    africa = factories.create_region_page(programmes, title="Africa", slug="africa")
    factories.create_plan(africa, title="Plan", slug="plan")
    factories.create_event(africa, title="Forum", slug="forum")
    factories.create_event_calendar(programmes, title="Events", slug="events")
    factories.create_material(factories.create_training_index(home, slug="library"), title="Toolkit", slug="toolkit")
    factories.create_chapter(factories.create_sourcebook(home, slug="sourcebook"), title="Chapter", slug="chapter")
    if connection.vendor == "sqlite":
        database_of_vendor().dump(tmp_path)
        return f"sqlite:///{tmp_path / SQLITE_COPY}"
    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def _serve(database_url, tmp_path, paths, **environ):
    """({path: status}, the modules imported) after a fresh production process served `paths` in that order."""
    return _imported(
        SERVE,
        "config.settings.production",
        json.dumps(paths),
        json.dumps(environ),
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(tmp_path / "media"),
        PAGE_CACHE_DIR=str(tmp_path / "page-cache"),
        ALLOWED_HOSTS="localhost",
        SECURE_SSL_REDIRECT="0",
        LOG_LEVEL="ERROR",
    )


@served
def test_a_worker_that_served_every_page_type_to_visitors_never_loaded_the_admin(site_database, tmp_path):
    statuses, imported = _serve(site_database, tmp_path, PAGES)

    assert statuses == {**dict.fromkeys(PAGES, 200), "/en/no-such-page/": 404}
    # On PostgreSQL the worker's own database connection needs psycopg; on SQLite only the admin brings it.
    admin_only = ADMIN_ONLY - {"psycopg"} if connection.vendor == "postgresql" else ADMIN_ONLY
    assert (set(imported) | _packages(imported)) & (admin_only | ENGINE_ONLY | LEFT_OUT) == set()


@served
def test_the_first_admin_request_loads_the_admin(site_database, tmp_path):
    statuses, imported = _serve(site_database, tmp_path, ["/en/", "/admin/"])

    assert statuses == {"/en/": 200, "/admin/": 302}  # to the sign-in form, as before
    assert set(imported) | _packages(imported) >= ADMIN_ONLY


@served
def test_a_request_with_a_session_cookie_resolves_against_every_url(site_database, tmp_path):
    """A signed-in editor's page view may link into the admin (Wagtail's user bar): it gets the whole URLconf."""
    statuses, imported = _serve(site_database, tmp_path, ["/en/"], HTTP_COOKIE="sessionid=not-a-session")

    assert statuses == {"/en/": 200}
    assert "wagtail.admin.urls" in imported
