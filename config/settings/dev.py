"""Local development: debug on, a fixed insecure key, mail printed to the console."""

import os

os.environ.setdefault("DJANGO_DEBUG", "1")

from .base import *  # noqa: E402, F403

# The demo builder (`seed_demo`) is installed here and in the tests, never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-used-in-production"  # noqa: F405
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# Template and CSS edits show on the next reload; PAGE_CACHE=1 tries the page cache locally.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", False)  # noqa: F405
