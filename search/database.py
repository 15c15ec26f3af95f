"""The database search backend, language-aware: what answers when there is no engine, or while it is down.

* **PostgreSQL**: every page is indexed with its language's text-search configuration, and a query scoped to a
  language is parsed with that language's; an unscoped query matches any language's. The configurations
  (``caucus_french``…, created by search/migrations) put ``unaccent`` before the Snowball stemmer, so "egalite"
  meets "égalité" and "genero" meets "género"; languages without a stemmer (Chinese) get ``caucus_simple``.
* **SQLite**: FTS5's default tokenizer (unicode61) already folds accents; there is no stemming.
* **Chinese** on both: neither parser splits Han text into words, so every Han (and kana) character is indexed as
  a token of its own and a query's Han run becomes a phrase of them: "性别平等" finds pages with those four
  characters in a row, as the engine's CJK bigrams would.

The vendors' classes are in search/database_postgres.py and search/database_sqlite.py.
"""

from __future__ import annotations

import functools
import re

from django.db import connection
from modelsearch.backends.database import SearchBackend as _vendor_backend
from modelsearch.query import And, Boost, Not, Or, Phrase, PlainText

from search.indexing import (
    DocumentLanguages,
    content_languages,
    in_language,
    is_localised,
    prefetch_for_indexing,
)

# Han ideographs (with extensions and compatibility forms), kana and Hangul syllables: scripts written without spaces.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff]")

# Language code prefix -> PostgreSQL's Snowball dictionary; anything else (Chinese) is unstemmed.
SNOWBALL = {"en": "english", "fr": "french", "es": "spanish", "pt": "portuguese", "ru": "russian", "ar": "arabic"}
SIMPLE = "caucus_simple"


def text_search_config(language_code):
    """The PostgreSQL configuration a language's documents are indexed with ("fr" -> caucus_french)."""
    prefix = (language_code or "").lower().split("-")[0]
    return f"caucus_{SNOWBALL[prefix]}" if prefix in SNOWBALL else SIMPLE


def text_search_configs_sql():
    """The SQL that (re)creates every configuration: a copy of the language's, with unaccent before its stemmer."""
    statements = ["CREATE EXTENSION IF NOT EXISTS unaccent"]
    for name, base, dictionary in [(SIMPLE, "simple", "simple")] + [
        (f"caucus_{base}", base, f"{base}_stem") for base in SNOWBALL.values()
    ]:
        statements += [
            f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}",
            f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{base})",
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR hword, hword_part, word "
            f"WITH unaccent, {dictionary}",
        ]
    return statements


def split_cjk(text):
    """Every CJK character as a word of its own: "性别平等 ICT" -> " 性  别  平  等  ICT"."""
    return CJK.sub(r" \g<0> ", text) if CJK.search(text) else text


def split_cjk_query(query):
    """The query with each term holding CJK characters turned into a phrase of them (characters in a row)."""
    if isinstance(query, PlainText) and CJK.search(query.query_string):
        parts = [
            Phrase(split_cjk(term).strip()) if CJK.search(term) else PlainText(term, query.operator, query.boost)
            for term in query.query_string.split()
        ]
        if len(parts) == 1:
            return parts[0]
        return And(parts) if query.operator == "and" else Or(parts)
    if isinstance(query, Phrase) and CJK.search(query.query_string):
        return Phrase(split_cjk(query.query_string).strip())
    if isinstance(query, (And, Or)):
        return type(query)([split_cjk_query(subquery) for subquery in query.subqueries])
    if isinstance(query, Not):
        return Not(split_cjk_query(query.subquery))
    if isinstance(query, Boost):
        return Boost(split_cjk_query(query.subquery), query.boost)
    return query


# --- Shared by both vendors -------------------------------------------------------------------------------------


class SplitCjkIndexerMixin:
    def prepare_value(self, value):
        return split_cjk(super().prepare_value(value))


class SplitCjkQueryMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = split_cjk_query(self.query)


class LanguageIndexMixin:
    """Documents are built with their page's language active (translated taxonomy names), grouped by language."""

    def add_items(self, model, objs):
        prefetch_for_indexing(model, objs)
        if not is_localised(model):
            return self.index_items(model, objs, None)
        for language, group in DocumentLanguages(content_languages()).group(objs):
            with in_language(language):
                self.index_items(model, group, language)

    def index_items(self, model, objs, language):
        return super().add_items(model, objs)


def DatabaseSearchBackend(params):  # noqa: N802 - a backend "class" for WAGTAILSEARCH_BACKENDS, like modelsearch's
    """modelsearch's database backend for this database, per language (WAGTAILSEARCH_BACKENDS names this)."""
    return database_search_backend(params)


def database_search_backend(params):
    """The language-aware backend for the default database's vendor (modelsearch's own, per language, for others)."""
    # Imported here, as modelsearch's factory does: each vendor's module needs that vendor's models.
    if connection.vendor == "postgresql":
        from search.database_postgres import PostgresLanguageSearchBackend

        return PostgresLanguageSearchBackend(params)
    backend = _vendor_backend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":
        from search.database_sqlite import SQLiteLanguageSearchBackend

        return SQLiteLanguageSearchBackend(params)
    backend.index_class = _with_languages(backend.index_class)
    return backend


@functools.cache
def _with_languages(index_class):
    return type(f"Language{index_class.__name__}", (LanguageIndexMixin, index_class), {})
