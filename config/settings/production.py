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

# HTTPS: the proxy in front terminates TLS and says so in X-Forwarded-Proto (it must overwrite what clients send).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
# Probes inside the compose network speak plain HTTP to the container.
SECURE_REDIRECT_EXEMPT = [r"^healthz/?$", r"^readyz/?$"]
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", True)  # noqa: F405
SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", True)  # noqa: F405
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)  # noqa: F405
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
# SAMEORIGIN, not DENY: the Wagtail admin shows page previews in a same-origin iframe. CSP's frame-ancestors 'self'
# says the same to current browsers. Hence security.W019 is silenced.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
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
