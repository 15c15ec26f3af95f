"""How page text is analysed per language, and which language a document is indexed in.

Each content language gets its own Elasticsearch index whose *default* analyzer is that language's (so every text
field of modelsearch's mapping, `_all_text` and the boost fields included, is stemmed and stop-worded in the page's
language, and a query against that index is analysed the same way). Accents are folded before stemming, on both
sides, so "genero" and "género" always meet. Models without a locale (images, documents, taxonomy) get one index
with the language-neutral analyzer.

The index classes below present a model root's language indices to modelsearch as one index: documents are
routed by language, searches query the wanted languages' indices, and a rebuild swaps every alias at once.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
from concurrent.futures import ThreadPoolExecutor
from copy import deepcopy

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.db.models.lookups import Exact, In
from django.utils import translation
from django_countries.fields import Country
from modelcluster.fields import ParentalManyToManyField
from modelsearch.backends.elasticsearch9 import Elasticsearch9Index, Elasticsearch9Mapping
from modelsearch.index import RelatedFields, get_indexed_models
from wagtail.models import Locale, Page, TranslatableMixin

from search import documents

logger = logging.getLogger(__name__)

NEUTRAL = "neutral"

# Elision (l'atelier, d'une, dell'...) for the Romance languages we serve.
_ELISION = {"type": "elision", "articles_case": True}
_FRENCH_ARTICLES = ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]

TOKEN_FILTERS = {
    "caucus_english_possessive": {"type": "stemmer", "language": "possessive_english"},
    "caucus_english_stop": {"type": "stop", "stopwords": "_english_"},
    "caucus_english_stemmer": {"type": "stemmer", "language": "english"},
    "caucus_french_elision": {**_ELISION, "articles": _FRENCH_ARTICLES},
    "caucus_french_stop": {"type": "stop", "stopwords": "_french_"},
    "caucus_french_stemmer": {"type": "stemmer", "language": "light_french"},
    "caucus_spanish_stop": {"type": "stop", "stopwords": "_spanish_"},
    "caucus_spanish_stemmer": {"type": "stemmer", "language": "light_spanish"},
    "caucus_portuguese_stop": {"type": "stop", "stopwords": "_portuguese_"},
    "caucus_portuguese_stemmer": {"type": "stemmer", "language": "light_portuguese"},
    "caucus_russian_stop": {"type": "stop", "stopwords": "_russian_"},
    "caucus_russian_stemmer": {"type": "stemmer", "language": "russian"},
    "caucus_arabic_stop": {"type": "stop", "stopwords": "_arabic_"},
    "caucus_arabic_stemmer": {"type": "stemmer", "language": "arabic"},
    "caucus_cjk_stop": {"type": "stop", "stopwords": "_english_"},
}


def _analyzer(*filters, tokenizer="standard"):
    return {"type": "custom", "tokenizer": tokenizer, "filter": list(filters)}


AUTOCOMPLETE_FILTERS = ("caucus_french_elision", "lowercase", "arabic_normalization", "asciifolding")

# Stop words are removed before folding (the lists are accented); folding comes before stemming so that a query
# typed without accents reaches the stemmer in the same form as the indexed word.
ANALYZERS = {
    "caucus_neutral": _analyzer("lowercase", "asciifolding"),
    "caucus_english": _analyzer(
        "caucus_english_possessive", "lowercase", "caucus_english_stop", "asciifolding", "caucus_english_stemmer"
    ),
    "caucus_french": _analyzer(
        "caucus_french_elision", "lowercase", "caucus_french_stop", "asciifolding", "caucus_french_stemmer"
    ),
    "caucus_spanish": _analyzer("lowercase", "caucus_spanish_stop", "asciifolding", "caucus_spanish_stemmer"),
    "caucus_portuguese": _analyzer("lowercase", "caucus_portuguese_stop", "asciifolding", "caucus_portuguese_stemmer"),
    "caucus_russian": _analyzer("lowercase", "caucus_russian_stop", "asciifolding", "caucus_russian_stemmer"),
    # Arabic: normalise alef/yeh/teh marbuta forms and drop diacritics, then light stemming (Lucene's).
    "caucus_arabic": _analyzer(
        "lowercase",
        "decimal_digit",
        "caucus_arabic_stop",
        "arabic_normalization",
        "asciifolding",
        "caucus_arabic_stemmer",
    ),
    # Chinese has no spaces: overlapping bigrams of Han characters (the standard tokenizer emits one per character).
    "caucus_cjk": _analyzer("cjk_width", "lowercase", "cjk_bigram", "caucus_cjk_stop", "asciifolding"),
    # Autocomplete: titles as edge n-grams of normalised words, in every language's index alike, so a prefix typed
    # without its elided article ("éga" for "l'égalité"), with a bare alef ("امر" for "أمر") or as a single Chinese
    # character (the standard tokenizer emits one token per Han character) finds the title. Queries are analysed
    # the same way, without the n-grams.
    "edgengram_analyzer": _analyzer(*AUTOCOMPLETE_FILTERS, "edgengram"),
    "caucus_autocomplete_search": _analyzer(*AUTOCOMPLETE_FILTERS),
}

# Language code prefix -> analyzer; anything else is analysed language-neutrally (still lowercased and folded).
LANGUAGE_ANALYZERS = {
    "en": "caucus_english",
    "fr": "caucus_french",
    "es": "caucus_spanish",
    "pt": "caucus_portuguese",
    "ru": "caucus_russian",
    "ar": "caucus_arabic",
    "zh": "caucus_cjk",
    "ja": "caucus_cjk",
    "ko": "caucus_cjk",
}


def analyzer_for(language_code):
    """The analyzer name for a language code ("zh-hans" -> caucus_cjk); None -> the neutral analyzer."""
    if not language_code or language_code == NEUTRAL:
        return "caucus_neutral"
    return LANGUAGE_ANALYZERS.get(language_code.lower().split("-")[0], "caucus_neutral")


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


def content_languages():
    """The language codes pages can be written in, default first (each gets its own index)."""
    codes = [code.lower() for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    default = settings.LANGUAGE_CODE.lower()
    return [default, *[code for code in codes if code != default]] if default in codes else codes


def locale_filter_languages(queryset):
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


def is_localised(model):
    """Whether documents of this model belong to one language (pages and translatable snippets)."""
    return issubclass(model, TranslatableMixin)


class DocumentLanguages:
    """Resolves the language of objects to index, with one Locale query per instance at most."""

    def __init__(self, languages):
        self.languages = list(languages)
        self._codes = None
        self._warned = set()

    def of(self, obj):
        """The content language of `obj`, or None for models without a locale."""
        locale_id = getattr(obj, "locale_id", None)
        if locale_id is None:
            return None
        cached = obj._state.fields_cache.get("locale")
        code = cached.language_code if cached is not None else self._code_for(locale_id)
        return self._supported(code)

    def _code_for(self, locale_id):
        if self._codes is None or locale_id not in self._codes:
            self._codes = dict(Locale.objects.values_list("id", "language_code"))
        return self._codes.get(locale_id)

    def _supported(self, code):
        code = (code or "").lower()
        if code in self.languages:
            return code
        variant = next((lang for lang in self.languages if lang.split("-")[0] == code.split("-")[0]), None)
        fallback = variant or self.languages[0]
        if code not in self._warned:
            self._warned.add(code)
            logger.warning("Pages in language %r are indexed in the %r index", code, fallback)
        return fallback

    def group(self, objs):
        """[(language or None, [objs])], keeping the order of first appearance."""
        groups = {}
        for obj in objs:
            groups.setdefault(self.of(obj), []).append(obj)
        return list(groups.items())


def in_language(language_code):
    """Activate a page's language while its document is built, so translated taxonomy names come out in it."""
    if language_code is None:
        return contextlib.nullcontext()
    return translation.override(language_code)


def prefetch_for_indexing(model, objs):
    """Prefetch the many-to-many relations that search_fields index, in one query each for a whole chunk.

    modelsearch's get_indexed_objects() leaves ParentalManyToManyFields out of prefetch_related, which costs one
    query per page and relation during update_index."""
    names = [
        field.field_name
        for field in model.get_search_fields()
        if isinstance(field, RelatedFields) and isinstance(field.get_field(model), ParentalManyToManyField)
    ]
    if names and len(objs) > 1:
        prefetch_related_objects(objs, *names)


# --- Elasticsearch: documents and per-language indices (their rebuilds: search/rebuilders.py) ------------------------


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
