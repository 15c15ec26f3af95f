"""Elasticsearch's documents and per-language indices: a model root's language indices presented to modelsearch as
one index. Documents are routed by language, searches query the wanted languages' indices, and a rebuild swaps every
alias at once (search/rebuilders.py). How text is analysed per language: search/indexing.py.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
from concurrent.futures import ThreadPoolExecutor
from copy import deepcopy

from django_countries.fields import Country
from modelsearch.backends.elasticsearch9 import Elasticsearch9Index, Elasticsearch9Mapping
from modelsearch.index import get_indexed_models
from wagtail.models import Page

from search import documents
from search.indexing import (
    ANALYZERS,
    TOKEN_FILTERS,
    DocumentLanguages,
    analyzer_for,
    in_language,
    prefetch_for_indexing,
)


def index_settings(base_settings, language_code):
    """modelsearch's index settings plus our analysis, with the language's analyzer as the index default."""
    result = deepcopy(base_settings)
    analysis = result.setdefault("settings", {}).setdefault("analysis", {})
    analysis.setdefault("filter", {}).update(deepcopy(TOKEN_FILTERS))
    analyzers = analysis.setdefault("analyzer", {})
    analyzers.update(deepcopy(ANALYZERS))
    analyzers["default"] = deepcopy(ANALYZERS[analyzer_for(language_code)])
    result.setdefault("mappings", {}).setdefault("_meta", {})["schema"] = schema_version()
    return result


@functools.cache
def schema_version():
    """A digest of how the indices analyse text and what their documents hold. An index built under another digest
    (before a deploy that changed either) is rebuilt by the worker, as on a first start (search.catchup)."""
    described = {
        "analysis": [TOKEN_FILTERS, ANALYZERS],
        "mappings": {model._meta.label: LanguageMapping(model).get_mapping() for model in get_indexed_models()},
    }
    return hashlib.sha256(json.dumps(described, sort_keys=True, default=str).encode()).hexdigest()[:16]


class LanguageMapping(Elasticsearch9Mapping):
    # Autocomplete queries are folded like the edge n-grams they match ("gen" finds "Género").
    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": "caucus_autocomplete_search"}

    def get_mapping(self):
        """Pages also carry their facet values and date (search/documents.py), for aggregations and the date sort."""
        mapping = super().get_mapping()
        if issubclass(self.model, Page):
            mapping["properties"].update(documents.mapping_properties())
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        if isinstance(obj, Page):
            document.update(documents.document_fields(obj))
        return document

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
        documents.attach_facets(items)
        groups = self.languages.group(items) if None not in self.parts else [(None, items)]
        for language, objs in groups:
            with in_language(language):
                self.parts[language].add_items(model, objs)

    def delete_item(self, item):
        self.part_for(item).delete_item(item)
