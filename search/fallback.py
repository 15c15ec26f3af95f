"""The engine for one request, and the database backend that answers when the engine is down or slow."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.cache import cache
from wagtail.search.backends import InvalidSearchBackendError, get_search_backend

from core.visibility import public_pages_for_search

logger = logging.getLogger(__name__)

# After the engine fails, searches go straight to the database for this many seconds instead of each waiting for
# the engine's timeout again (settings.SEARCH_ENGINE_RETRY_SECONDS; 0 asks the engine every time).
ENGINE_RETRY_SECONDS = 15
_ENGINE_DOWN_KEY = "search:engine-down"


def _is_database_backend(backend):
    return type(backend).__module__.startswith(
        ("modelsearch.backends.database", "wagtail.search.backends.database", "search.database")
    )


def database_backend():
    """The "database" backend, which search/backends.py keeps indexed alongside the engine."""
    try:
        return get_search_backend("database")
    except InvalidSearchBackendError:  # an engine configured without its fallback: search the database anyway
        return get_search_backend("search.database.DatabaseSearchBackend")


def database_backend_of(engine):
    """The database backend that answers `engine`'s request: the configured one, or the fallback behind the engine."""
    return database_backend() if engine.needs_fallback else engine.backend


class Engine:
    """The configured search backend for one request, falling back to the database backend when it fails.

    Once the engine has failed, the rest of the request (and, for ENGINE_RETRY_SECONDS, later requests) use the
    database straight away instead of waiting for another timeout.
    """

    def __init__(self):
        self.backend = get_search_backend()
        self.needs_fallback = not _is_database_backend(self.backend)
        self.degraded = self.needs_fallback and bool(cache.get(_ENGINE_DOWN_KEY))
        # Whether search.engine_search answers the whole search in one request (the project's Elasticsearch backend).
        self.answers_faceted_search = getattr(self.backend, "answers_faceted_search", False)
        self.errors = ()
        if self.needs_fallback:
            # Imported only with an engine configured, which has imported it already: search.backends imports the
            # Elasticsearch client, about 9 MiB that a worker searching the database never needs.
            from search.backends import ENGINE_ERRORS

            self.errors = ENGINE_ERRORS

    @property
    def ranks_by_title(self):
        """Whether the engine weighs titles: the database backends rank title and body text alike."""
        return self.needs_fallback and not self.degraded

    def run(self, call):
        """call(backend) -> a list; evaluated here so that the engine's errors are caught here."""
        if self.needs_fallback and not self.degraded:
            try:
                return call(self.backend)
            except self.errors as error:
                logger.warning("Search engine unavailable, answering from the database: %r", error)
                self.degraded = True
                retry_after = getattr(settings, "SEARCH_ENGINE_RETRY_SECONDS", ENGINE_RETRY_SECONDS)
                if retry_after:
                    cache.set(_ENGINE_DOWN_KEY, True, retry_after)
        return call(database_backend() if self.needs_fallback else self.backend)


def searchable_pages(locale=None):
    """Live, public pages (not the tree root), in one language or all of them."""
    pages = public_pages_for_search().filter(depth__gt=1)
    return pages.filter(locale=locale) if locale is not None else pages


def matching_ids(backend, query, queryset, limit=1000, operator=None):
    """The ids of the pages in `queryset` that match `query`, best first, at most `limit`: one engine request (no
    database query) on the engine, one SQL query on the database backend. Raises the engine's errors like a search."""
    results = backend.search(query, queryset, operator=operator)
    if hasattr(results, "ranked_ids"):  # the engine's ranked hits (search.backends.LanguageSearchResults)
        return [pk for pk, _score in results.ranked_ids(limit)]
    compiler = getattr(results, "query_compiler", None)
    if hasattr(compiler, "ranked_ids"):  # the database backend's own ranked statement (search/database_sqlite.py)
        return compiler.ranked_ids(compiler.get_config(backend), limit)
    if compiler is not None and hasattr(compiler, "get_config") and hasattr(compiler, "search"):
        # modelsearch's SQLite/PostgreSQL compilers: the ranked queryset, read as ids only.
        return list(compiler.search(compiler.get_config(backend), 0, limit).values_list("pk", flat=True))
    return [obj.pk for obj in results[:limit]]
