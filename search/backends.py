"""Language-aware Elasticsearch 9 backend, and the database backend it falls back to.

Interface for the search service
--------------------------------
* ``get_search_backend()`` (Wagtail's) gives the configured backend: ``SearchBackend`` below when
  ELASTICSEARCH_URL is set, the database backend otherwise. ``backend.search(query, queryset)`` and
  ``backend.autocomplete(query, queryset)`` work as in modelsearch; slicing up to 10,000 results costs one engine
  request (not one per 100) plus one database query.
* Language scoping: filter the queryset on ``locale`` (``Page.objects.filter(locale=...)``); this works on both
  backends. On the engine, a top-level locale filter also narrows the search to that language's index, where the
  query is analysed with the language's stemmer. Without one ("all languages") every language index is searched,
  each analysing the query in its own language. ``search_backend_for(language_code)`` pins a backend to one
  language explicitly (None: all languages).
* ``ENGINE_ERRORS``: catch these around an engine search (evaluate the results inside the ``try``) and answer
  from ``get_search_backend("database")`` instead. That entry exists whenever ELASTICSEARCH_URL is set and is
  kept current on every publish (AUTO_UPDATE), so the fallback never lags.
* Facets: page documents carry each page's facet values and date (search/documents.py), which the search page
  counts, filters and sorts on in the engine (search/engine_search.py). Documents also carry the filter
  fields of the models' ``search_fields`` (locale, content type, dates, country, status, showcased, ...) and the
  taxonomy as nested ``RelatedFields`` with a ``slug`` filter, so ``.filter(priorities__slug=...)`` on a page
  type's queryset works on both backends.

Indexing: one index per content language (``<prefix>wagtailcore_page_<lang>``, an alias when ATOMIC_REBUILD is on,
the default), documents built with the page's language active so translated taxonomy names are indexed in it.
``update_index`` builds fresh indices for every language and swaps all aliases in one atomic request. When the
engine is unreachable, saving a page logs a warning and carries on; the change waits in a queue in the database and
the worker replays it once the engine answers (search/catchup.py).
OpenSearch runs through modelsearch's own ``modelsearch.backends.opensearch3`` (no per-language analysis);
``ENGINE_ERRORS`` covers opensearch-py's errors when it is installed.
"""

from __future__ import annotations

import copy
import functools
import logging
import os
import threading

from django.db.models import QuerySet
from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch
from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
    Elasticsearch9SearchResults,
)
from modelsearch.backends.elasticsearchbase import get_model_root
from modelsearch.index import get_indexed_models
from wagtail.models import Page

from search import catchup
from search.engine_index import LanguageIndex, LanguageIndexes, LanguageMapping, schema_version
from search.indexing import content_languages, is_localised, locale_filter_languages
from search.rebuilders import AtomicLanguageRebuilder, BasicLanguageRebuilder

logger = logging.getLogger(__name__)


class IndicesNotBuilt(Exception):
    """The engine answers but update_index has not built its indices yet (a first start): search the database."""


#: What an engine search raises when the engine is down, slow (timeout), or not set up (index missing).
ENGINE_ERRORS = (TransportError, ApiError, IndicesNotBuilt)
#: The subset that means "unreachable": indexing swallows these with a warning.
ENGINE_UNAVAILABLE = (TransportError,)
try:  # OpenSearch through modelsearch's stock backend (ELASTICSEARCH_BACKEND=modelsearch.backends.opensearch3)
    from opensearchpy.exceptions import TransportError as OpenSearchError
except ImportError:  # pragma: no cover - opensearch-py is not a dependency
    pass
else:  # pragma: no cover
    ENGINE_ERRORS += (OpenSearchError,)

# Index prefixes whose indices update_index has built, in this process (they stay built).
_built_indices = {}

MAX_SINGLE_REQUEST = 10_000  # Elasticsearch's default index.max_result_window
INDEXING_TIMEOUT = 60  # seconds, for bulk and index administration (searches keep the short TIMEOUT)


_clients = {}
_clients_lock = threading.Lock()


def shared_client(**options):
    """One Elasticsearch client per configuration and process, kept: Wagtail builds a backend for every search, and a
    new client would open a new connection (and pay its setup) every time instead of reusing a kept-alive one."""
    key = (os.getpid(), repr(sorted(options.items(), key=lambda item: item[0])))
    with _clients_lock:
        client = _clients.get(key)
        if client is None:
            client = _clients[key] = Elasticsearch(**options)
    return client


class LanguageSearchResults(Elasticsearch9SearchResults):
    def ranked_ids(self, limit):
        """[(pk, score)] of the first `limit` hits, best first, straight from the engine (no database query)."""
        response = self._backend_do_search(
            self._get_es_body(),
            index=self.backend.get_index_for_model(self.query_compiler.queryset.model).name,
            _source=False,
            stored_fields="_none_",
            docvalue_fields=["pk"],
            size=min(limit, MAX_SINGLE_REQUEST),
        )
        return [(int(hit["fields"]["pk"][0]), hit["_score"]) for hit in response["hits"]["hits"]]

    def _do_search(self):
        limit = None if self.stop is None else self.stop - self.start
        if limit is None or self.start + limit > MAX_SINGLE_REQUEST:
            yield from super()._do_search()  # scroll, 100 hits a request
            return
        body = self._get_es_body()
        index = self.backend.get_index_for_model(self.query_compiler.queryset.model).name
        # The ids come from doc values (columnar), not stored fields: fetching 1,000 hits costs a few ms, not tens.
        response = self._backend_do_search(
            body,
            index=index,
            _source=False,
            stored_fields="_none_",
            docvalue_fields=["pk"],
            from_=self.start,
            size=limit,
        )
        yield from self._get_results_from_hits(response["hits"]["hits"])


class LanguageAwareBackendMixin:
    """Per-language indices, atomic multi-alias rebuilds, and indexing that survives an unreachable engine."""

    def __init__(self, params):
        params = dict(params)
        self.content_languages = [code.lower() for code in params.pop("LANGUAGES", None) or content_languages()]
        self.indexing_timeout = params.pop("INDEXING_TIMEOUT", INDEXING_TIMEOUT)
        atomic = params.get("ATOMIC_REBUILD", True)
        super().__init__(params)
        self.rebuilder_class = AtomicLanguageRebuilder if atomic else BasicLanguageRebuilder
        self.atomic_rebuild = atomic
        self.search_languages = None  # None: every language

    @functools.cached_property
    def admin_client(self):
        """The client with the longer indexing timeout (made when needed: a search does not, and it costs ms)."""
        return self.es.options(request_timeout=self.indexing_timeout)

    def for_languages(self, language_codes):
        """A copy (sharing the client) that searches only these languages' indices; None for all of them."""
        clone = copy.copy(self)
        clone.search_languages = None if language_codes is None else {code.lower() for code in language_codes}
        return clone

    def get_index_for_model(self, model):
        root = get_model_root(model)
        base = f"{self.index_prefix}{root._meta.app_label.lower()}_{root.__name__.lower()}"
        if not is_localised(root):
            return LanguageIndexes(self, base, {None: LanguageIndex(self, base)})
        parts = {lang: LanguageIndex(self, f"{base}_{lang.replace('-', '_')}", lang) for lang in self.content_languages}
        return LanguageIndexes(self, base, parts, self.search_languages)

    def indices_built(self):
        """Whether update_index has built the indices (aliases with our mappings); if not, asks the worker to.

        Until then searches answer from the database and index changes wait in the catch-up queue, instead of the
        engine creating indices with guessed mappings that find nothing."""
        if _built_indices.get(self.index_prefix):
            return True
        name = self.get_index_for_model(Page).parts[self.content_languages[0]].name
        # Asked before a search, so with the search's short timeout: a hanging engine costs a visitor TIMEOUT seconds,
        # not the minute an index rebuild may take.
        schemas = self._schemas_of(name)
        # Atomic rebuilds put an alias in front of the indices: a concrete index of that name was guessed by the engine.
        built = bool(schemas) and not (self.atomic_rebuild and name in schemas)
        if built and set(schemas.values()) != {schema_version()}:
            logger.warning("The search indices were built for another version of the site: the worker rebuilds them")
            built = False
        if built:
            _built_indices[self.index_prefix] = True
        else:
            catchup.schedule_build()
        return built

    def _schemas_of(self, name):
        """{concrete index behind `name`: the schema digest it was built under (search.engine_index.schema_version)}, in
        one request; empty when there is no such index or alias, or it was not built by us (no digest)."""
        try:
            found = self.es.indices.get_mapping(index=name, filter_path="*.mappings._meta.schema")
        except self.NotFoundError:
            return {}
        return {index: info["mappings"]["_meta"]["schema"] for index, info in found.items()}

    def remove_unfinished_indices(self, created_after=None, created_before=None):
        """Delete the indices a rebuild created but never put behind their alias (it was interrupted); returns
        their names. Only `<alias>_<7 characters>` indices without an alias count, created in the given window."""
        aliases = {
            part.name for model in get_indexed_models() for part in self.get_index_for_model(model).parts.values()
        }
        found = self.admin_client.indices.get(index=f"{self.index_prefix}*", features="aliases,settings")
        unfinished = []
        for name, info in found.items():
            created = int(info["settings"]["index"]["creation_date"]) / 1000
            if info.get("aliases") or name[:-8] not in aliases or name[-8] != "_":
                continue
            if (created_after and created < created_after) or (created_before and created > created_before):
                continue
            unfinished.append(name)
        if unfinished:
            self.admin_client.indices.delete(index=",".join(unfinished))
        return unfinished

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        if not self.indices_built():
            raise IndicesNotBuilt(f"update_index has not built the indices under {self.index_prefix!r} yet")
        backend = self
        if self.search_languages is None and isinstance(model_or_queryset, QuerySet):
            languages = locale_filter_languages(model_or_queryset)
            if languages:
                backend = self.for_languages(languages)
        return super(LanguageAwareBackendMixin, backend)._search(
            query_compiler_class, query, model_or_queryset, **kwargs
        )

    def bulk(self, client, actions, **kwargs):
        return super().bulk(self.admin_client, actions, **kwargs)

    unavailable_errors = ENGINE_UNAVAILABLE
    answers_faceted_search = True  # search.engine_search: matches, facet counts and a page of hits in one request

    def add(self, obj):
        """Index `obj`; while the engine is unreachable the change waits in the catch-up queue (search/catchup.py)."""
        try:
            if not self.indices_built():
                catchup.remember(obj, "index", None, "the indices are not built yet")
                return
            super().add(obj)
        except ENGINE_UNAVAILABLE as error:
            logger.warning("Search engine unreachable, %r not indexed (queued until it answers): %s", obj, error)
            catchup.remember(obj, "index", None, error)
            return
        if catchup.has_pending():
            catchup.replay(self)

    def delete(self, obj):
        try:
            super().delete(obj)
        except ENGINE_UNAVAILABLE as error:
            logger.warning("Search engine unreachable, %r not removed (queued until it answers): %s", obj, error)
            catchup.remember(obj, "delete", self._language_of(obj), error)

    def add_now(self, obj):
        """Index `obj`, raising if the engine is unreachable (the catch-up replay)."""
        super().add(obj)

    def delete_now(self, obj, language=None):
        """Remove `obj`'s document from its language's index (from every language's when not known)."""
        index = self.get_index_for_model(type(obj))
        parts = [index.parts[language]] if language in index.parts else list(index.parts.values())
        for part in parts:
            part.delete_item(obj)

    def _language_of(self, obj):
        try:
            return self.get_index_for_model(type(obj)).languages.of(obj)
        except Exception:  # noqa: BLE001 - only a hint for the replay, which tries every language without it
            return None


# Typo tolerance: no edit for words under 4 characters, one up to 7, two beyond; the first letter must match, which
# keeps the expansion small and the corrections plausible.
FUZZINESS = "AUTO:4,8"
FUZZY_PREFIX_LENGTH = 1


class LanguageQueryCompiler(Elasticsearch9SearchQueryCompiler):
    mapping_class = LanguageMapping

    def _compile_fuzzy_query(self, query, fields):
        """modelsearch's fuzzy match with our fuzziness and prefix length (it sends plain "AUTO")."""
        compiled = super()._compile_fuzzy_query(query, fields)
        match = compiled.get("multi_match") or next(iter(compiled["match"].values()))
        match.update(fuzziness=FUZZINESS, prefix_length=FUZZY_PREFIX_LENGTH)
        return compiled


class LanguageAutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = LanguageMapping


class Elasticsearch9LanguageSearchBackend(LanguageAwareBackendMixin, Elasticsearch9SearchBackend):
    client_class = staticmethod(shared_client)
    mapping_class = LanguageMapping
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler
    autocomplete_query_compiler_class = LanguageAutocompleteQueryCompiler
    results_class = LanguageSearchResults


SearchBackend = Elasticsearch9LanguageSearchBackend


def search_backend_for(language_code=None, backend="default"):
    """The configured backend, pinned to one language's index on the engine (None: all languages)."""
    from wagtail.search.backends import get_search_backend

    instance = get_search_backend(backend)
    if isinstance(instance, LanguageAwareBackendMixin):
        return instance.for_languages(None if language_code is None else [language_code])
    return instance
