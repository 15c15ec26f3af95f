"""The test suite: fast hashing, in-memory mail, media in a throwaway folder."""

import tempfile

from .base import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
SECRET_KEY = "test-only-key"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="caucus-test-media-")
# Tests render templates without running collectstatic first.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Static files come straight from the source folders; nothing is collected before a test run.
STATIC_ROOT = tempfile.mkdtemp(prefix="caucus-test-static-")
WHITENOISE_USE_FINDERS = True
# Memory caches whatever the environment says. The page cache is off, so each test sees what it rendered; the cache's
# own tests (tests/pagecache/test_cache.py) turn it on.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "caucus-test"},
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "caucus-test-renditions"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "caucus-test-pages"},
}
PAGE_CACHE_ENABLED = False
