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
* Facets: ids from the engine, counts from the database (search/service.py). Documents also carry the filter
  fields of the models' ``search_fields`` (locale, content type, dates, country, status, showcased, ...) and the
  taxonomy as nested ``RelatedFields`` with a ``slug`` filter, so ``.filter(priorities__slug=...)`` on a page
  type's queryset works on both backends.

Indexing: one index per content language (``<prefix>wagtailcore_page_<lang>``, an alias when ATOMIC_REBUILD is on,
the default), documents built with the page's language active so translated taxonomy names are indexed in it.
``update_index`` builds fresh indices for every language and swaps all aliases in one atomic request. When the
engine is unreachable, saving a page logs a warning and carries on; ``update_index`` catches up later.
OpenSearch runs through modelsearch's own ``modelsearch.backends.opensearch3`` (no per-language analysis);
``ENGINE_ERRORS`` covers opensearch-py's errors when it is installed.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import logging
from concurrent.futures import ThreadPoolExecutor

from django.db.models import QuerySet
from django.db.models.lookups import Exact, In
from django.utils.crypto import get_random_string
from django_countries.fields import Country
from elastic_transport import TransportError
from elasticsearch import ApiError
from modelsearch.backends.database import SearchBackend as _database_backend
from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Index,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
    Elasticsearch9SearchResults,
)
from modelsearch.backends.elasticsearchbase import get_model_root
from wagtail.models import Locale

from search.indexing import (
    DocumentLanguages,
    content_languages,
    in_language,
    index_settings,
    is_localised,
    prefetch_for_indexing,
)

logger = logging.getLogger(__name__)

#: What an engine search raises when the engine is down, slow (timeout), or not set up (index missing).
ENGINE_ERRORS = (TransportError, ApiError)
#: The subset that means "unreachable": indexing swallows these with a warning.
ENGINE_UNAVAILABLE = (TransportError,)
try:  # OpenSearch through modelsearch's stock backend (ELASTICSEARCH_BACKEND=modelsearch.backends.opensearch3)
    from opensearchpy.exceptions import TransportError as OpenSearchError
except ImportError:  # pragma: no cover - opensearch-py is not a dependency
    pass
else:  # pragma: no cover
    ENGINE_ERRORS += (OpenSearchError,)

MAX_SINGLE_REQUEST = 10_000  # Elasticsearch's default index.max_result_window
INDEXING_TIMEOUT = 60  # seconds, for bulk and index administration (searches keep the short TIMEOUT)


class LanguageMapping(Elasticsearch9Mapping):
    # Autocomplete queries are folded like the edge n-grams they match ("gen" finds "Género").
    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": "caucus_autocomplete_search"}

    def _clean_value(self, value):
        """Country filter fields as their codes (django-countries' Country is not JSON-serialisable)."""
        if isinstance(value, Country):
            return value.code or None
        if isinstance(value, list) and any(isinstance(item, Country) for item in value):
            return [item.code for item in value]
        return super()._clean_value(value)


class LanguageIndex(Elasticsearch9Index):
    """One concrete index (or alias) holding the documents of one language, or of a model without languages."""

    def __init__(self, backend, name, language=None):
        super().__init__(backend, name)
        self.language = language

    @property
    def _admin(self):
        return self.backend.admin_client

    def put(self):
        self._admin.indices.create(index=self.name, **index_settings(self.backend.settings, self.language))

    def add_model(self, model):
        self.put_properties(self.mapping_class(model).get_mapping()["properties"])

    def put_properties(self, properties):
        self._admin.indices.put_mapping(index=self.name, properties=properties)

    def refresh(self):
        self._admin.indices.refresh(index=self.name)

    def delete(self):
        with contextlib.suppress(self.backend.NotFoundError):
            self._admin.indices.delete(index=self.name)


class LanguageIndexes:
    """The indices of one model root, one per language, used as a single modelsearch index."""

    def __init__(self, backend, base_name, parts, search_languages=None):
        self.backend = backend
        self.base_name = base_name
        self.parts = parts  # {language or None: LanguageIndex}
        self.search_languages = search_languages
        self.languages = DocumentLanguages([lang for lang in parts if lang is not None] or [None])
        self._pending_mapping = {}

    @property
    def name(self):
        """What searches query: the searched languages' indices, comma-separated."""
        wanted = [lang for lang in self.parts if self.search_languages is None or lang in self.search_languages]
        return ",".join(self.parts[lang].name for lang in wanted or self.parts)

    def part_for(self, obj):
        return self.parts[self.languages.of(obj) if None not in self.parts else None]

    def renamed(self, suffix):
        parts = {lang: LanguageIndex(self.backend, part.name + suffix, lang) for lang, part in self.parts.items()}
        return LanguageIndexes(self.backend, self.base_name, parts)

    def get_key(self):
        return self.base_name

    def __str__(self):
        return ", ".join(part.name for part in self.parts.values())

    def _each_part(self, method, *args):
        """Call a method on every part at once: Elasticsearch batches concurrent index and mapping changes."""
        parts = list(self.parts.values())
        if len(parts) == 1:
            getattr(parts[0], method)(*args)
            return
        with ThreadPoolExecutor(max_workers=len(parts)) as pool:
            for future in [pool.submit(getattr(part, method), *args) for part in parts]:
                future.result()

    def put(self):
        self._each_part("put")

    def delete(self):
        for part in self.parts.values():
            part.delete()

    def reset(self):
        self.delete()
        self.put()

    def refresh(self):
        self._put_mappings()
        self.backend.admin_client.indices.refresh(index=",".join(part.name for part in self.parts.values()))

    def add_model(self, model):
        """Collected, then sent as one mapping per index before the first documents (not one per model)."""
        self._pending_mapping.update(self.backend.mapping_class(model).get_mapping()["properties"])

    def _put_mappings(self):
        if self._pending_mapping:
            self._each_part("put_properties", self._pending_mapping)
            self._pending_mapping = {}

    def add_item(self, item):
        self._put_mappings()
        language = self.languages.of(item) if None not in self.parts else None
        with in_language(language):
            self.parts[language].add_item(item)

    def add_items(self, model, items):
        self._put_mappings()
        prefetch_for_indexing(model, items)
        groups = self.languages.group(items) if None not in self.parts else [(None, items)]
        for language, objs in groups:
            with in_language(language):
                self.parts[language].add_items(model, objs)

    def delete_item(self, item):
        self.part_for(item).delete_item(item)


class AtomicLanguageRebuilder:
    """Builds fresh indices for every language, then repoints all the aliases (and drops the old indices) in one
    atomic request, so searches answer from the old indices until the new ones are complete."""

    def __init__(self, index):
        self.alias = index
        self.index = index.renamed("_" + get_random_string(7).lower())

    def start(self):
        self.index.put()
        return self.index

    def finish(self):
        self.index.refresh()
        es = self.alias.backend.admin_client
        actions = []
        for language, alias in self.alias.parts.items():
            new = self.index.parts[language].name
            if alias.is_alias():
                old = [index.name for index in alias.aliased_indices() if index.name != new]
            else:  # nothing yet, or a concrete index of that name (auto-created while there was no alias)
                old = [alias.name] if es.indices.exists(index=alias.name) else []
            actions.append({"add": {"index": new, "alias": alias.name}})
            actions.extend({"remove_index": {"index": name}} for name in old)
        es.indices.update_aliases(actions=actions)


class BasicLanguageRebuilder:
    """ATOMIC_REBUILD=False: empties and refills the indices in place (searches see a partial index meanwhile)."""

    def __init__(self, index):
        self.index = index

    def start(self):
        self.index.reset()
        return self.index

    def finish(self):
        self.index.refresh()


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


def _locale_filter(queryset):
    """The language codes a queryset is restricted to by a top-level locale filter, or None."""
    where = queryset.query.where
    if where.connector != "AND" or where.negated:
        return None
    for child in where.children:
        target = getattr(getattr(child, "lhs", None), "target", None)
        if target is None or target.attname != "locale_id" or not isinstance(child, (Exact, In)):
            continue
        ids = [child.rhs] if isinstance(child, Exact) else list(child.rhs)
        ids = [value.pk if isinstance(value, Locale) else value for value in ids]
        if all(isinstance(value, int) for value in ids):
            return set(Locale.objects.filter(pk__in=ids).values_list("language_code", flat=True))
    return None


class LanguageAwareBackendMixin:
    """Per-language indices, atomic multi-alias rebuilds, and indexing that survives an unreachable engine."""

    def __init__(self, params):
        params = dict(params)
        self.content_languages = [code.lower() for code in params.pop("LANGUAGES", None) or content_languages()]
        self.indexing_timeout = params.pop("INDEXING_TIMEOUT", INDEXING_TIMEOUT)
        atomic = params.get("ATOMIC_REBUILD", True)
        super().__init__(params)
        self.rebuilder_class = AtomicLanguageRebuilder if atomic else BasicLanguageRebuilder
        self.search_languages = None  # None: every language
        self.admin_client = self.es.options(request_timeout=self.indexing_timeout)

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

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        backend = self
        if self.search_languages is None and isinstance(model_or_queryset, QuerySet):
            languages = _locale_filter(model_or_queryset)
            if languages:
                backend = self.for_languages(languages)
        return super(LanguageAwareBackendMixin, backend)._search(
            query_compiler_class, query, model_or_queryset, **kwargs
        )

    def bulk(self, client, actions, **kwargs):
        return super().bulk(self.admin_client, actions, **kwargs)

    def add(self, obj):
        try:
            super().add(obj)
        except ENGINE_UNAVAILABLE as error:
            logger.warning("Search engine unreachable, %r not indexed (update_index will catch up): %s", obj, error)

    def delete(self, obj):
        try:
            super().delete(obj)
        except ENGINE_UNAVAILABLE as error:
            logger.warning("Search engine unreachable, %r not removed (update_index will catch up): %s", obj, error)


class LanguageQueryCompiler(Elasticsearch9SearchQueryCompiler):
    mapping_class = LanguageMapping


class LanguageAutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = LanguageMapping


class Elasticsearch9LanguageSearchBackend(LanguageAwareBackendMixin, Elasticsearch9SearchBackend):
    mapping_class = LanguageMapping
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler
    autocomplete_query_compiler_class = LanguageAutocompleteQueryCompiler
    results_class = LanguageSearchResults


SearchBackend = Elasticsearch9LanguageSearchBackend


def matching_ids(backend, query, queryset, limit=1000, operator=None):
    """The ids of the pages in `queryset` that match `query`, best first, at most `limit`: one engine request (no
    database query) on the engine, one SQL query on the database backend. Raises ENGINE_ERRORS like a search."""
    results = backend.search(query, queryset, operator=operator)
    if isinstance(results, LanguageSearchResults):
        return [pk for pk, _score in results.ranked_ids(limit)]
    compiler = getattr(results, "query_compiler", None)
    if compiler is not None and hasattr(compiler, "get_config") and hasattr(compiler, "search"):
        # modelsearch's SQLite/PostgreSQL compilers: the ranked queryset, read as ids only.
        return list(compiler.search(compiler.get_config(backend), 0, limit).values_list("pk", flat=True))
    return [obj.pk for obj in results[:limit]]


def search_backend_for(language_code=None, backend="default"):
    """The configured backend, pinned to one language's index on the engine (None: all languages)."""
    from wagtail.search.backends import get_search_backend

    instance = get_search_backend(backend)
    if isinstance(instance, LanguageAwareBackendMixin):
        return instance.for_languages(None if language_code is None else [language_code])
    return instance


class _LanguageDatabaseIndexMixin:
    def add_items(self, model, objs):
        prefetch_for_indexing(model, objs)
        if not is_localised(model):
            return super().add_items(model, objs)
        for language, group in DocumentLanguages(content_languages()).group(objs):
            with in_language(language):
                super().add_items(model, group)


@functools.cache
def _language_database_index(index_class):
    return type(f"Language{index_class.__name__}", (_LanguageDatabaseIndexMixin, index_class), {})


def DatabaseSearchBackend(params):  # noqa: N802 - a backend "class" for WAGTAILSEARCH_BACKENDS, like modelsearch's
    """modelsearch's database backend for this database, indexing each page with its language active."""
    backend = _database_backend(params)
    backend.index_class = _language_database_index(backend.index_class)
    return backend
