"""The SQLite side of the database backend: FTS5 folds accents itself; Chinese is split (see search/database.py).

modelsearch builds documents in an ``ObjectIndexer`` its index instantiates by name, so ``index_items`` repeats its
``SQLiteIndex.add_items`` with our indexer (modelsearch 1.3.2).
"""

from modelsearch.backends.database.sqlite import sqlite
from modelsearch.utils import get_content_type_pk

from search.database import LanguageIndexMixin, SplitCjkIndexerMixin, SplitCjkQueryMixin


class SQLiteIndexer(SplitCjkIndexerMixin, sqlite.ObjectIndexer):
    pass


class SQLiteLanguageIndex(LanguageIndexMixin, sqlite.SQLiteIndex):
    def index_items(self, model, objs, language):
        """modelsearch's SQLiteIndex.add_items, with our indexer."""
        if not model.get_search_fields() or not objs:
            return
        documents = {}
        for indexer in (SQLiteIndexer(obj, self.backend) for obj in objs):
            documents[indexer.id] = {"title": indexer.title, "autocomplete": indexer.autocomplete, "body": indexer.body}
        entries = self.entries.filter(content_type_id=get_content_type_pk(model))
        indexed = set(entries.filter(object_id__in=documents).values_list("object_id", flat=True))
        for object_id in indexed:
            entries.filter(object_id=object_id).update(**documents[object_id])
        self.entries.bulk_create(
            sqlite.IndexEntry(content_type_id=get_content_type_pk(model), object_id=object_id, **document)
            for object_id, document in documents.items()
            if object_id not in indexed
        )
        self._refresh_title_norms()


class SQLiteLanguageQueryCompiler(SplitCjkQueryMixin, sqlite.SQLiteSearchQueryCompiler):
    pass


class SQLiteLanguageAutocompleteCompiler(SplitCjkQueryMixin, sqlite.SQLiteAutocompleteQueryCompiler):
    pass


class SQLiteLanguageSearchBackend(sqlite.SQLiteSearchBackend):
    index_class = SQLiteLanguageIndex
    query_compiler_class = SQLiteLanguageQueryCompiler
    autocomplete_query_compiler_class = SQLiteLanguageAutocompleteCompiler
