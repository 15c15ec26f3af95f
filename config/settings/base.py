"""Settings shared by every environment; each value that differs per deployment comes from the environment."""

import os
from email.utils import getaddresses
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from config.settings.caches import cache_backend
from ops.log_config import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Ours, lowest layer first (docs/architecture.md): each may import only those before it; the import contract in
# pyproject.toml holds them to it. pagecache: the page cache for anonymous visitors (middleware below, purge signals
# connected at start-up). editorial comes before wagtail_localize: its admin URLs shadow "Translate this page".
# ops: running the site (health endpoints, media from any storage, logs, error reports, backup and restore).
PROJECT_APPS = ["core", "pagecache", "ops", "sourcebook", "programmes", "home", "search", "editorial"]

INSTALLED_APPS = [
    # modeltranslation patches the taxonomy models, so it must load before any app that uses them.
    "modeltranslation",
    *PROJECT_APPS,
    "wagtail_localize",
    # Background work (form notifications, the Sourcebook PDF, search index updates): the task framework Wagtail
    # uses, with its database backend; `manage.py db_worker` runs the tasks.
    "django_tasks",
    "django_tasks_db",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "django_filters",
    # Login lockout after repeated wrong passwords (per user and per IP), unlocked in Settings → Locked sign-ins.
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First, so every log line of the request carries its id (and the response names it in X-Request-ID).
    "log_request_id.middleware.RequestIDMiddleware",
    # Visitors' requests resolve against PUBLIC_URLCONF (below), before any middleware resolves or reverses a URL.
    "core.urlconf.PublicURLConfMiddleware",
    # /healthz and /readyz, answered before host checks and the HTTPS redirect (see ops/middleware.py).
    "ops.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache, so cached pages get the headers too.
    "core.csp.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below whitenoise, whose static files are compressed already: pages, feeds and other text (core/compression.py).
    "core.compression.TextGZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After LocaleMiddleware, so the 429 page is in the URL's language.
    "core.ratelimit.RateLimitMiddleware",
    # Sends /es/… to the page's own language when Spanish has no home page yet (Wagtail would serve English there).
    "core.middleware.PageLanguageRedirectMiddleware",
    # /fr/<English slug>/ redirects to the French page, or offers the languages the page exists in.
    "core.middleware.PageInOtherLanguagesMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After auth and messages: it must see who asks and what the view did with the session, CSRF token, messages.
    "pagecache.middleware.PageCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: it turns a locked-out login attempt into the lockout page.
    "axes.middleware.AxesMiddleware",
    # Calls the page create view itself, in one transaction: after every other middleware's process_view.
    "editorial.middleware.AtomicPageCreateMiddleware",
]

ROOT_URLCONF = "config.urls"
# The URLs without the admin: a request with no session cookie and a path outside ADMIN_PATH_PREFIX resolves against
# these (core/urlconf.py), so a worker that serves only visitors never imports the admin's views and its API (Django
# REST framework, pydantic, psycopg): about 25 MiB of each web worker. They load on the first admin request.
PUBLIC_URLCONF = "config.public_urls"
ADMIN_PATH_PREFIX = "/admin/"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        # A kept connection is tested before each request reuses it, so a database restart costs no error page.
        conn_health_checks=True,
    )
}
# Several editors and Wagtail's autosave write at once: WAL lets readers and one writer work side by side, a
# write transaction takes the lock when it begins (IMMEDIATE, so it waits for the busy timeout instead of failing
# with "database is locked" half-way through), and the timeout is how long it waits, in seconds.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": int(os.environ.get("SQLITE_BUSY_TIMEOUT", "20")),
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Tasks wait in the database for `manage.py db_worker` (make run and the compose file start one). TASKS_BACKEND=
# django_tasks.backends.immediate.ImmediateBackend runs them inside the request instead, with no worker.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# Caches: Redis when REDIS_URL is set (e.g. redis://redis:6379/0), shared by every worker and host; otherwise memory
# in each process. "pages" is the page cache for anonymous visitors (pagecache), purged on every publish,
# unpublish, move, delete and snippet or settings change; production.py keeps it in files when there is no Redis, so
# that every gunicorn worker sees the same purge. "renditions" is Wagtail's: a card's <picture> looks up six.
REDIS_URL = os.environ.get("REDIS_URL", "")
# Seconds to wait for Redis to connect or answer; it answers in well under a millisecond when it is well.
REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.5"))
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# How long a CDN (a shared cache) may keep an anonymous page: `Cache-Control: public, max-age=0, s-maxage=…`.
CDN_CACHE_SECONDS = int(os.environ.get("CDN_CACHE_SECONDS", "60"))


def cache_config(name, timeout=300, max_entries=300, fail_open=True):
    return cache_backend(REDIS_URL, REDIS_TIMEOUT, name, timeout, max_entries, fail_open)


CACHES = {
    "default": cache_config("default"),
    # A day in Redis, where Wagtail's purge of a deleted rendition reaches every worker; in memory, Django's 5 minutes.
    "renditions": cache_config("renditions", timeout=86400 if REDIS_URL else 300, max_entries=20000),
    "pages": cache_config("pages", timeout=PAGE_CACHE_SECONDS, max_entries=2000, fail_open=False),
    # The site chrome, listings and routes (pagecache's fragment_cache, core.routing): a few entries a page, kept apart
    # so they never cull "default".
    "fragments": cache_config("fragments", timeout=PAGE_CACHE_SECONDS, max_entries=20000),
}

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out user or IP is refused before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# An optional CDN purged on publish by wagtail.contrib.frontend_cache: FRONTEND_CACHE_PURGE_URL for a Varnish-style
# HTTP PURGE endpoint, or CLOUDFLARE_BEARER_TOKEN and CLOUDFLARE_ZONE_ID.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_BEARER_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_BEARER_TOKEN"],
        "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: the one place they are set. Wagtail's content languages and Django's interface
# languages are the same list, so every page can be translated into every interface language.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
    ("ru", "Русский"),
    ("zh-hans", "简体中文"),
    ("pt", "Português"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "build" / "static"))
STATICFILES_DIRS = [SITE_DIR / "static"]
STATICFILES_FINDERS = [
    # css/main.css, the one stylesheet browsers load, inlined from the parts css/site.css lists (core/staticfiles.py).
    "core.staticfiles.CssBundleFinder",
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "core.staticfiles.ForgivingManifestStorage"},
}
# Media in an S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set (credentials: AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY, read by boto3 from the environment). The bucket stays private and /media/ streams from it
# (ops.views.serve_media) unless AWS_S3_CUSTOM_DOMAIN names a public or CDN host for it.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "ops.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": os.environ.get("AWS_LOCATION", ""),
            # Path-style addressing works with every S3-compatible server (moto, SeaweedFS, MinIO, Garage) and AWS.
            "addressing_style": os.environ.get("AWS_S3_ADDRESSING_STYLE", "path"),
            "signature_version": "s3v4",
            "file_overwrite": False,
            "default_acl": None,
        },
    }
MEDIA_CACHE_SECONDS = int(os.environ.get("MEDIA_CACHE_SECONDS", "86400"))
# Documents always go through Wagtail's view: it checks privacy and sets Content-Disposition and nosniff.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Search: the database backend is the embedded default; ELASTICSEARCH_URL switches to the engine, Elasticsearch 9
# with one analyzer per language (search/backends.py).
# OpenSearch: ELASTICSEARCH_BACKEND=modelsearch.backends.opensearch3 (needs opensearch-py).
# "database" stays indexed alongside, as the fallback while the engine is down or slow.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
_database_search = {"BACKEND": "search.database.DatabaseSearchBackend"}
if ELASTICSEARCH_URL:
    _es_options = {"max_retries": 1}
    if os.environ.get("ELASTICSEARCH_CA_CERTS"):
        _es_options["ca_certs"] = os.environ["ELASTICSEARCH_CA_CERTS"]
    if os.environ.get("ELASTICSEARCH_USERNAME"):
        _es_options["basic_auth"] = (
            os.environ["ELASTICSEARCH_USERNAME"],
            os.environ.get("ELASTICSEARCH_PASSWORD", ""),
        )
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": os.environ.get("ELASTICSEARCH_BACKEND", "search.backends"),
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "caucus_"),
            # Searches give up after this many seconds and are answered from "database" instead.
            "TIMEOUT": float(os.environ.get("ELASTICSEARCH_TIMEOUT", "2")),
            # update_index builds new indices and swaps the aliases at the end: search answers throughout.
            "ATOMIC_REBUILD": True,
            "OPTIONS": _es_options,
        },
        "database": {**_database_search, "AUTO_UPDATE": True},
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": _database_search}

WAGTAIL_SITE_NAME = "WSIS Gender Caucus"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The origin of every absolute URL (canonical, hreflang, sitemap, feeds, .ics, robots.txt, OpenGraph): core/origin.py.
# Unset, it is the Wagtail Site's root URL; in development it is the origin the visitor used.
SITE_URL = os.environ.get("SITE_URL", "")
ABSOLUTE_URLS_FROM_REQUEST = env_bool("ABSOLUTE_URLS_FROM_REQUEST", DEBUG)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# A 10 MB upload can still be a decompression bomb; 40 megapixels is a large photograph (Wagtail's default is 128).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Request bodies other than file uploads (forms, admin saves of long pages); uploads are capped by the two above.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Avatars are not fetched from Gravatar: the admin makes no third-party requests that leak editors' e-mail hashes.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# A translation of a live page starts as a draft, so it goes through the review workflow like any edit.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "WSIS Gender Caucus <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

COUNTRIES_FIRST_BREAK = None

# LOG_FORMAT=json (production's default) writes one JSON object a line with the request id; text elsewhere.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = logging_config(LOG_FORMAT, os.environ.get("LOG_LEVEL", "WARNING"))
# Each response names its request id; a proxy's own id is taken only when REQUEST_ID_HEADER names its header
# (e.g. HTTP_X_REQUEST_ID), since an id from anywhere else could be forged.
REQUEST_ID_RESPONSE_HEADER = "X-Request-ID"
if os.environ.get("REQUEST_ID_HEADER"):
    LOG_REQUEST_ID_HEADER = os.environ["REQUEST_ID_HEADER"]
    GENERATE_REQUEST_ID_IF_NOT_IN_HEADER = True
LOG_REQUESTS = env_bool("LOG_REQUESTS", False)
# Who receives the report of a server error by mail: "Jane Doe <jane@example.org>, ops@example.org".
ADMINS = [(name or address, address) for name, address in getaddresses(env_list("ADMINS")) if address]
MANAGERS = ADMINS
# Where to report a vulnerability (mailto: or https: addresses), published at /.well-known/security.txt.
SECURITY_CONTACT = env_list("SECURITY_CONTACT")

# /readyz: seconds each component may take, and those whose failure only degrades the site (searches then come
# from the database) rather than making it unready. Point a load balancer at /healthz, or keep search here.
OPS_READINESS_TIMEOUT = float(os.environ.get("READINESS_TIMEOUT", "2"))
OPS_READINESS_OPTIONAL = env_list("READINESS_OPTIONAL")

SITE_TITLE = _("WSIS Gender Caucus")

from .security import *  # noqa: E402, F403

# Where `manage.py backup` writes its archives unless given --output.
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "backups"))
# The scheduler (`manage.py run_schedule`): how often scheduled pages go live, and how often (besides right after
# the engine comes back) the search index is caught up, with which command.
SCHEDULE_PUBLISH_SECONDS = int(os.environ.get("SCHEDULE_PUBLISH_SECONDS", "60"))
SCHEDULE_INDEX_SECONDS = int(os.environ.get("SCHEDULE_INDEX_SECONDS", str(24 * 3600)))
SCHEDULE_INDEX_COMMAND = os.environ.get("SCHEDULE_INDEX_COMMAND", "update_index")
