"""The test suite: fast hashing, in-memory mail, media in a throwaway folder."""

import atexit
import os
import shutil
import tempfile

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
SECRET_KEY = "test-only-key"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Every process that loads these settings (each xdist worker, each manage.py a test runs) gets its own folder for
# media and collected static files, removed when that process exits.
_SCRATCH = tempfile.mkdtemp(prefix="caucus-test-")
atexit.register(shutil.rmtree, _SCRATCH, ignore_errors=True)
MEDIA_ROOT = os.path.join(_SCRATCH, "media")
# Tests render templates without running collectstatic first.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Test servers listen on a free port: absolute URLs follow the request, as in development.
ABSOLUTE_URLS_FROM_REQUEST = True
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Static files come straight from the source folders; nothing is collected before a test run.
STATIC_ROOT = os.path.join(_SCRATCH, "static")
os.makedirs(MEDIA_ROOT)
os.makedirs(STATIC_ROOT)
WHITENOISE_USE_FINDERS = True
# Each test's client builds the middleware again, and whitenoise without autorefresh listed and stat-ed every static
# file of every app at that moment (~1,000 files): 27 s of CPU in a SQLite run. With autorefresh it looks a file up
# when it is asked for, as it does under DEBUG. tests/browser/test_transfer.py serves the collected files as
# production does, with autorefresh off.
WHITENOISE_AUTOREFRESH = True
# Memory caches whatever the environment says. The page cache is off, so each test sees what it rendered; the cache's
# own tests (tests/pagecache/test_cache.py) turn it on.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "caucus-test"},
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "caucus-test-renditions"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "caucus-test-pages"},
    "fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "caucus-test-fragments"},
}
PAGE_CACHE_ENABLED = False
# TEST_DATABASE=postgres runs the suite on a throwaway PostgreSQL cluster that the test setup starts
# (tests/postgres_fixtures.py fills in its host and port); the default is SQLite. `make test` runs both.
TEST_DATABASE = os.environ.get("TEST_DATABASE", "sqlite").lower()
if TEST_DATABASE == "postgres":
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "caucus",
            "USER": "caucus",
            "HOST": "127.0.0.1",
            "PORT": "",  # set when the cluster has started
        }
    }
elif TEST_DATABASE != "sqlite":
    raise ImproperlyConfigured(f"TEST_DATABASE must be 'sqlite' or 'postgres', not {TEST_DATABASE!r}")
# Tasks run at once inside the test that enqueues them; tests of the worker switch to the database backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
