"""How page text is analysed per language, and which language a document is indexed in.

Each content language gets its own Elasticsearch index whose *default* analyzer is that language's (so every text
field of modelsearch's mapping, `_all_text` and the boost fields included, is stemmed and stop-worded in the page's
language, and a query against that index is analysed the same way). Accents are folded before stemming, on both
sides, so "genero" and "género" always meet. Models without a locale (images, documents, taxonomy) get one index
with the language-neutral analyzer.

The index classes that present a model root's language indices to modelsearch as one index are in
search/engine_index.py, apart from these, which the database backend uses too: only the engine imports the
Elasticsearch client.
"""

from __future__ import annotations

import contextlib
import logging

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.db.models.lookups import Exact, In
from django.utils import translation
from modelcluster.fields import ParentalManyToManyField
from modelsearch.index import RelatedFields
from wagtail.models import Locale, TranslatableMixin

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
