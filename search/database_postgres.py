"""The PostgreSQL side of the database backend: a text-search configuration per language (see search/database.py).

modelsearch builds documents in an ``ObjectIndexer`` its index instantiates by name, so ``index_items`` repeats its
``PostgresIndex.add_items`` with our indexer (modelsearch 1.3.2).
"""

from django.contrib.postgres.search import TrigramWordSimilarity
from django.db.models import BooleanField, F, FloatField, Func, IntegerField, Q, TextField, Value
from django.db.models.functions import Cast, Greatest
from django.db.models.sql.subqueries import InsertQuery
from modelsearch.backends.database.postgres import postgres as pg
from modelsearch.query import Fuzzy, MatchAll, Not
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from search.database import (
    SIMPLE,
    LanguageIndexMixin,
    SplitCjkIndexerMixin,
    SplitCjkQueryMixin,
    split_cjk,
    text_search_config,
)
from search.indexing import content_languages, is_localised, locale_filter_languages


class PostgresIndexer(SplitCjkIndexerMixin, pg.ObjectIndexer):
    """A document analysed with one configuration; autocomplete with the accent-folding simple one."""

    def __init__(self, obj, backend, config):
        super().__init__(obj, backend)
        self.config = config
        self.autocomplete_config = SIMPLE


class PostgresLanguageIndex(LanguageIndexMixin, pg.PostgresIndex):
    def index_items(self, model, objs, language):
        """modelsearch's PostgresIndex.add_items, with our indexer and the language's configuration."""
        if not model.get_search_fields() or not objs:
            return
        config = text_search_config(language)
        indexers = [PostgresIndexer(obj, self.backend, config) for obj in objs]
        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(pg.IndexEntry).get_compiler(connection=self.write_connection)
        rows, params = [], []
        for indexer in indexers:
            params.extend((content_type_pk, indexer.id))
            vectors = []
            for name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(pg.IndexEntry._meta.get_field(name), getattr(indexer, name))
                sql, vector_params = value.as_sql(compiler, self.write_connection)
                vectors.append(sql)
                params.extend(vector_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {vectors[0]}, {vectors[1]}, {vectors[2]}, 1.0, %s, %s)")
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {pg.IndexEntry._meta.db_table}
                    (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title, title_norm = 1.0, autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body, title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text
                """,
                params,
            )
        self._refresh_title_norms()


class PostgresLanguageQueryCompiler(SplitCjkQueryMixin, pg.PostgresSearchQueryCompiler):
    def get_config(self, backend):
        """The configurations documents in the searched languages were indexed with (all of them if unscoped)."""
        if not is_localised(self.queryset.model):
            return SIMPLE
        languages = locale_filter_languages(self.queryset) or content_languages()
        return tuple(dict.fromkeys(text_search_config(code) for code in languages))

    def build_tsquery(self, query, config=None):
        """One tsquery per configuration, OR-ed: each language's documents are matched in their own terms."""
        if isinstance(config, tuple):
            queries = [super(PostgresLanguageQueryCompiler, self).build_tsquery(query, config=c) for c in config]
            return queries[0] if len(queries) == 1 else _or_all(queries)
        return super().build_tsquery(query, config=config)

    def ranked_ids(self, config, limit=None):
        """The pks of the matching objects in the queryset, best first, at most `limit`, from the index entries.

        modelsearch joins the model's table to its entries by ``object_id = id::varchar``; PostgreSQL has no
        statistics for ``title || body @@ query`` and guesses one match, so it loops over every candidate page for
        each match (1.6 s for a common word at 10,000 pages). Here the entries that match are joined to the queryset
        by the page's primary key (an index lookup each), ranked by the same expressions.
        """
        query = self.query
        if self.fields is not None or not self.order_by_relevance or isinstance(query, (MatchAll, Not)):
            return list(self.search(config, 0, limit).values_list("pk", flat=True))
        entries = pg.IndexEntry.objects.filter(
            content_type__in=get_descendants_content_types_pks(self.queryset.model)
        ).annotate(_pk=Cast("object_id", IntegerField()))  # only our pages' entries: integer ids
        entries = entries.filter(_pk__in=self.queryset.order_by().values("pk"))
        if isinstance(query, Fuzzy):
            condition, score = self._similar_spellings("")
            entries = entries.filter(condition)
        else:
            search_query = self.build_tsquery(query, config=config)
            entries = entries.annotate(_vector_=F("title")._combine(F("body"), "||", False)).filter(
                _vector_=search_query
            )
            score = self._build_rank_expression([(F("title"), F("title_norm")), (F("body"), 1.0)], config)
        rows = entries.annotate(_score=score).order_by("-_score", "-_pk").values_list("_pk", flat=True)
        return list(dict.fromkeys(rows[:limit] if limit is not None else rows))

    def _build_fuzzy_queryset(self, config, backend):
        condition, score = self._similar_spellings("index_entries__")
        return self.queryset.filter(condition), score

    def _similar_spellings(self, entry):
        """(condition, score) for pages with a word like each query word in their title or text (pg_trgm's word
        similarity, accents folded), most similar first; `entry` is the path to the index entry's fields.

        Unlike modelsearch's, each word is matched on its own and through the GIN trigram indexes of
        search/migrations/0004, so a misspelt word costs an index lookup, not a similarity over every page."""
        words = [word for word in split_cjk(self.query.query_string).split() if len(word) >= FUZZY_MIN_LENGTH]
        if not words:
            return Q(pk__in=[]), Value(0.0)
        title, body = FUnaccent(F(f"{entry}title_text")), FUnaccent(F(f"{entry}body_text"))
        condition, score = Q(), Value(0.0, output_field=FloatField())
        for word in words:
            folded = FUnaccent(Value(word, output_field=TextField()))
            condition &= Q(WordSimilar(folded, title)) | Q(WordSimilar(folded, body))
            score = score + Greatest(
                TrigramWordSimilarity(folded, title) * F(f"{entry}title_norm"),
                TrigramWordSimilarity(folded, body),
                output_field=FloatField(),
            )
        return condition, score


# Words shorter than this are not matched by similarity: "ict" would be like too many words.
FUZZY_MIN_LENGTH = 4


class WordSimilar(Func):
    """`word <% text`: some stretch of `text` is as similar to `word` as pg_trgm.word_similarity_threshold (0.6)
    asks; answered from a GIN trigram index on `text`."""

    arg_joiner = " <%% "
    template = "(%(expressions)s)"
    output_field = BooleanField()


class FUnaccent(Func):
    """unaccent() as the immutable f_unaccent() of search/migrations/0004, which the trigram indexes are built on."""

    function = "f_unaccent"
    output_field = TextField()


def _or_all(queries):
    combined = queries[0]
    for query in queries[1:]:
        combined = combined | query
    return combined


class PostgresLanguageAutocompleteCompiler(SplitCjkQueryMixin, pg.PostgresAutocompleteQueryCompiler):
    def get_config(self, backend):
        return SIMPLE


class PostgresLanguageSearchBackend(pg.PostgresSearchBackend):
    index_class = PostgresLanguageIndex
    query_compiler_class = PostgresLanguageQueryCompiler
    autocomplete_query_compiler_class = PostgresLanguageAutocompleteCompiler
    matches_similar_spellings = True  # Fuzzy queries by trigram similarity (search/service.py asks for them)

    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = SIMPLE
