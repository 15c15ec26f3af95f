"""Production: everything comes from the environment, and a missing secret key stops start-up."""

import os

from django.core.exceptions import ImproperlyConfigured

from ops.log_config import logging_config
from ops.sentry import init_sentry

from .base import *  # noqa: F403

if not SECRET_KEY or SECRET_KEY.startswith(("dev-only", "test-only", "change-me")):  # noqa: F405
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable to a long random value.")

# DEMO=1 (compose's default, in an image built with DEMO=1) installs the demo builder, so the first start can seed
# an empty site; a real deployment leaves it off and starts empty.
if env_bool("DEMO", False):  # noqa: F405
    INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)  # noqa: F405
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "SAMEORIGIN"
# Without Redis the page cache lives in files, so the purge one gunicorn worker makes on publish reaches them all.
if not REDIS_URL:  # noqa: F405
    CACHES["pages"] = {  # noqa: F405
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("PAGE_CACHE_DIR", "/tmp/caucus-page-cache"),
        "TIMEOUT": PAGE_CACHE_SECONDS,  # noqa: F405
        "OPTIONS": {"MAX_ENTRIES": 2000},
    }

# One JSON object a line on stdout, with the request id, each request logged once; Sentry when SENTRY_DSN is set.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "json")
LOGGING = logging_config(LOG_FORMAT, os.environ.get("LOG_LEVEL", "INFO"))
LOG_REQUESTS = env_bool("LOG_REQUESTS", True)  # noqa: F405
SENTRY_ENABLED = init_sentry()
