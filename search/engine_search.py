"""The search page's whole search in one engine request: matches, facet counts, sorting, one page of hits, snippets.

modelsearch compiles the words and the page filters (live, public, language) into the query; this module adds what
the page needs around it, as Elasticsearch does it:
- facet counts as aggregations, exact at any size: for each facet a `filter` aggregation holding the *other*
  facets' selections around a `terms` aggregation, so choosing a value of a facet keeps that facet's other values
  countable (OR within a facet, AND across facets);
- the selections themselves as a `post_filter`, which narrows the hits but not the aggregations;
- sorting (relevance; date, newest first) and pagination (from/size) by the engine, with the exact total;
- the matched words marked by the engine's highlighter, which analyses the text as the index did (stems, folding,
  every script), for the shown hits only.
The database then loads only the pages shown (search.service).
"""

from __future__ import annotations

import datetime
import functools
import html
import re
from collections import Counter
from dataclasses import dataclass, field

from django.utils.safestring import mark_safe
from wagtail.models import Page, get_page_models

from search.backends import MAX_SINGLE_REQUEST, LanguageSearchResults
from search.documents import (
    DATE_FIELD,
    ID_FIELD,
    PUBLISHED_FIELD,
    TERM_FACETS,
    TYPE_FIELD,
    facet_field,
)
from search.engine_index import LanguageMapping
from search.facets import FACET_NAMES, Record
from search.highlight import SNIPPET_LENGTH
from search.pagetypes import types_by_content_type

MARK, END_MARK = "<mark>", "</mark>"
TERMS_SIZE = 1000  # more than any facet has values: every bucket comes back, so every count is exact
_MARKS = re.compile(r"</?mark>")
_SENTENCE_ENDS = frozenset('.!?…。！？؟»”")')


@dataclass
class EngineAnswer:
    matched: int  # pages matching the words, before the facet selections
    total: int  # the same, narrowed by the facet selections
    records: list[Record] = field(default_factory=list)  # the requested page of hits, in order
    counts: dict[str, Counter] = field(default_factory=dict)  # {facet: {value: pages}}
    snippets: dict[int, str] = field(default_factory=dict)  # {page id: the engine's marked extract}
    titles: dict[int, str] = field(default_factory=dict)  # {page id: the title with the engine's marks}

    def __bool__(self):
        """Whether the words matched anything (the search service tries other readings of them if not)."""
        return self.matched > 0

    def snippet(self, page_id):
        """The engine's extract of the page with "…" where it cuts a sentence, or None when it has none."""
        fragment = self.snippets.get(page_id)
        return with_ellipses(fragment) if fragment else None


def _selection_filters(selected, type_ids):
    """{facet: an Elasticsearch filter for its chosen values}, for the facets with a selection."""
    filters = {}
    for name, chosen in selected.items():
        if not chosen:
            continue
        values = sorted(type_ids[key] for key in chosen if key in type_ids) if name == "type" else sorted(chosen)
        filters[name] = {"terms": {facet_field(name): values}}
    return filters


def _all_of(filters):
    return {"bool": {"filter": filters}} if filters else {"match_all": {}}


def _aggregations(filters):
    aggregations = {"matched": {"filter": {"match_all": {}}}}
    for name in FACET_NAMES:
        others = [query for other, query in filters.items() if other != name]
        aggregations[name] = {
            "filter": _all_of(others),
            "aggs": {"values": {"terms": {"field": facet_field(name), "size": TERMS_SIZE}}},
        }
    return aggregations


def _sort(sort, has_words):
    newest = {PUBLISHED_FIELD: {"order": "desc", "unmapped_type": "date"}}
    then = ["_score"] if has_words else [newest, {ID_FIELD: {"order": "desc", "unmapped_type": "integer"}}]
    if sort == "date":
        return [{DATE_FIELD: {"order": "desc", "missing": "_last", "unmapped_type": "date"}}, *then]
    return then if not has_words else None  # None: by score, the engine's default


@functools.cache
def highlighted_fields():
    """The page text fields the engine marks matches in, the summary first (the snippet's preferred source)."""
    names = []
    for model in get_page_models():
        if model is Page:
            continue
        mapping = LanguageMapping(model)
        for search_field in model.get_searchable_search_fields():
            if search_field.field_name == "title":
                continue
            names.append(mapping.get_field_column_name(search_field))
    return tuple(sorted(dict.fromkeys(names), key=lambda name: not name.endswith("summary")))


def _highlight(fields):
    common = {"number_of_fragments": 1, "fragment_size": SNIPPET_LENGTH, "no_match_size": 0}
    return {
        "pre_tags": [MARK],
        "post_tags": [END_MARK],
        "encoder": "html",
        "require_field_match": False,  # the query searches the copied _all_text; mark its words in each field
        "fields": {"title": {"number_of_fragments": 0}, **dict.fromkeys(fields, common)},
    }


def faceted_search(
    backend,
    query,
    pages,
    *,
    operator,
    selected,
    exclude=(),
    sort="relevance",
    offset=0,
    size=10,
    has_words=True,
    fields=(),
):
    """One request: the page of hits from `offset`, the exact total and each facet's counts (see the module)."""
    results = backend.search(query, pages, operator=operator, order_by_relevance=True)
    if not isinstance(results, LanguageSearchResults):
        raise TypeError("faceted_search needs the project's Elasticsearch backend")
    types = types_by_content_type()
    type_ids = {page_type.key: content_type_id for content_type_id, page_type in types.items()}
    filters = _selection_filters(selected, type_ids)
    body = results._get_es_body()
    if exclude:
        body["query"] = {"bool": {"must": body["query"], "must_not": {"terms": {"pk": [str(pk) for pk in exclude]}}}}
    if filters:
        body["post_filter"] = _all_of(list(filters.values()))
    body["aggs"] = _aggregations(filters)
    ordering = _sort(sort, has_words)
    if ordering:
        body["sort"] = ordering
    if size and has_words:
        body["highlight"] = _highlight(fields)
    docvalues = ["pk", TYPE_FIELD, "locale_id_filter", {"field": DATE_FIELD, "format": "yyyy-MM-dd"}]
    docvalues += [facet_field(name) for name in TERM_FACETS]
    response = results._backend_do_search(
        body,
        index=results.backend.get_index_for_model(pages.model).name,  # the language's index
        _source=False,
        stored_fields="_none_",
        docvalue_fields=docvalues,
        track_total_hits=True,
        from_=min(offset, MAX_SINGLE_REQUEST - size),
        size=size,
    )
    return _answer(response, types, offset, fields)


def _answer(response, types, offset, fields):
    aggregations = response["aggregations"]
    answer = EngineAnswer(matched=aggregations["matched"]["doc_count"], total=response["hits"]["total"]["value"])
    for name in FACET_NAMES:
        buckets = aggregations[name]["values"]["buckets"]
        if name == "type":
            counts = Counter()
            for bucket in buckets:
                if bucket["key"] in types:
                    counts[types[bucket["key"]].key] += bucket["doc_count"]
        else:
            counts = Counter({bucket["key"]: bucket["doc_count"] for bucket in buckets})
        answer.counts[name] = counts
    for position, hit in enumerate(response["hits"]["hits"]):
        values = hit.get("fields", {})
        page_id = int(values["pk"][0])
        date = values.get(DATE_FIELD)
        record = Record(
            id=page_id,
            rank=offset + position,
            title="",
            path="",
            type=types.get(values.get(TYPE_FIELD, [None])[0]),
            locale_id=values.get("locale_id_filter", [None])[0],
            date=datetime.date.fromisoformat(date[0]) if date else None,
            terms={name: set(values[facet_field(name)]) for name in TERM_FACETS if values.get(facet_field(name))},
        )
        answer.records.append(record)
        marked = hit.get("highlight", {})
        if "title" in marked:
            answer.titles[page_id] = mark_safe(marked["title"][0])  # escaped by the engine's html encoder
        snippet = next((marked[name][0] for name in fields if marked.get(name)), None)
        if snippet:
            answer.snippets[page_id] = snippet
    return answer


def with_ellipses(fragment):
    """The engine's fragment with "…" where it likely cuts a sentence: it starts with a small letter (the highlighter
    starts fragments at sentence starts when it can), or stops without a sentence's final punctuation."""
    plain = html.unescape(_MARKS.sub("", fragment)).strip()
    if not plain:
        return mark_safe(fragment)
    before = "…" if plain[0].islower() else ""
    after = "" if plain[-1] in _SENTENCE_ENDS else "…"
    return mark_safe(before + fragment.strip() + after)  # the fragment was escaped by the engine's html encoder
