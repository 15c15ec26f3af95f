"""The SQLite side of the database backend: FTS5 folds accents itself; Chinese is split (see search/database.py).

modelsearch builds documents in an ``ObjectIndexer`` its index instantiates by name, so ``index_items`` repeats its
``SQLiteIndex.add_items`` with our indexer (modelsearch 1.3.2).

Ranking: modelsearch filters the model's table by the ids the FTS index matches, then orders by a correlated
subquery that runs the MATCH again for every candidate (4 s for a common word at 10,000 pages). Here the statement
starts from the FTS index, keeps the rows whose object is in the queryset, and orders and limits by the same score
(modelsearch's own expression) in SQL: one pass over the matches.
"""

from django.db.models import Case, CharField, IntegerField, When
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

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


class RankedInSqlMixin:
    """Relevance-ordered searches ranked, ordered and limited from the FTS index (see the module's docstring)."""

    def _ranks_in_sql(self, score_field=None):
        plain = not isinstance(normalize(self.query), (MatchAll, Not))  # a negated query keeps modelsearch's way
        return self.order_by_relevance and score_field is None and plain

    def ranked_ids(self, config, limit=None):
        """The pks of the matching objects in the queryset, best first, at most `limit`: one SQL statement."""
        if not self._ranks_in_sql():
            return list(super().search(config, 0, limit).values_list("pk", flat=True))
        query = self.build_search_query(normalize(self.query), config=config)
        match = MatchExpression(self.fields or self.FTS_TABLE_FIELDS, query)
        candidates = self.queryset.order_by().annotate(_object_id=Cast("pk", CharField())).values("_object_id")
        rows = (
            sqlite.SQLiteFTSIndexEntry.objects.filter(match)
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model),
                index_entry__object_id__in=candidates,
            )
            .annotate(
                _score=self._build_rank_expression(self.get_search_vectors(), config),
                _pk=Cast("index_entry__object_id", IntegerField()),
            )
            .order_by("_score", "-_pk")  # bm25() is lower for better matches; ties newest first, as modelsearch
            .values_list("_pk", flat=True)
        )
        return list(dict.fromkeys(rows[:limit] if limit is not None else rows))

    def search(self, config, start, stop, score_field=None):
        if not self._ranks_in_sql(score_field):
            return super().search(config, start, stop, score_field=score_field)
        ids = self.ranked_ids(config, stop)[start or 0 :]
        position = Case(*(When(pk=pk, then=index) for index, pk in enumerate(ids)), output_field=IntegerField())
        return self.queryset.filter(pk__in=ids).order_by(position) if ids else self.queryset.none()


class SQLiteLanguageQueryCompiler(SplitCjkQueryMixin, RankedInSqlMixin, sqlite.SQLiteSearchQueryCompiler):
    pass


class SQLiteLanguageAutocompleteCompiler(SplitCjkQueryMixin, RankedInSqlMixin, sqlite.SQLiteAutocompleteQueryCompiler):
    pass


class SQLiteLanguageSearchBackend(sqlite.SQLiteSearchBackend):
    index_class = SQLiteLanguageIndex
    query_compiler_class = SQLiteLanguageQueryCompiler
    autocomplete_query_compiler_class = SQLiteLanguageAutocompleteCompiler
