"""The search behind the search page, the JSON API and autocomplete.

On the engine (Elasticsearch) one request answers the whole search: the matches, exact facet counts (aggregations),
the filters, the sort, one page of hits and their snippets (search.engine_search); the database then reads only the
pages shown. On the database backend (no engine, or the engine down or slow: the outcome says it is degraded) the
backend answers "which pages match, best first" with up to MAX_MATCHES page ids, and filters, facet counts, sorting
by date, pagination and snippets are computed over those ids in a fixed number of queries (search.facets).

The parts: search.query (the words), search.engine_search, search.facets, search.highlight (snippets),
search.fallback (the engine and the database behind it), search.promotions and search.suggestions.
"""

from __future__ import annotations

import dataclasses
import datetime
import math
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from modelsearch.query import MATCH_ALL, And, Fuzzy, Or, Phrase, PlainText
from wagtail.models import Locale, Page

from core.listing import Facet
from core.models import StrategicPriority
from search.facets import facet_list, facets, records, selected_values
from search.fallback import Engine, database_backend_of, matching_ids, searchable_pages
from search.highlight import highlight, mark_words, page_text
from search.promotions import Promotion, promotions
from search.query import WORD, fold, parse_query
from search.suggestions import related_priorities, spelling_suggestion
from search.synonyms import synonyms

MAX_MATCHES = 1000
RESULTS_PER_PAGE = 10


@dataclass
class Hit:
    page: Page
    title: str
    url: str
    type_key: str
    type_label: str
    language_code: str
    language_label: str
    date: datetime.date | None
    snippet: str
    marked_title: str = ""  # the title, HTML-escaped, with the matched words in <mark>
    region: str = ""
    material_type: str = ""
    priorities: list[str] = field(default_factory=list)


@dataclass
class SearchOutcome:
    query: str = ""
    searched: bool = False
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    facets: list[Facet] = field(default_factory=list)
    page_obj: object = None
    degraded: bool = False
    capped: bool = False
    any_words: bool = False
    approximate: bool = False  # matched by similar spellings (the engine's fuzzy matching)
    correction: str | None = None  # the corrected query that was searched instead of `query`
    synonyms: list[str] = field(default_factory=list)  # editors' synonyms of the words, searched as well
    suggestion: str | None = None
    promotions: list[Promotion] = field(default_factory=list)
    related_priorities: list = field(default_factory=list)
    other_languages_total: int = 0
    all_languages: bool = False
    sort: str = "relevance"
    match_limit: int = MAX_MATCHES


def _word_query(text):
    return Phrase(text) if " " in text else PlainText(text)


def _backend_query(parsed, operator, alternatives):
    """The query for modelsearch: the words (each or one of its synonyms), and each quoted phrase as a phrase."""
    if alternatives:
        clauses = [
            Or([PlainText(term), *(_word_query(other) for other in alternatives[term])])
            if term in alternatives
            else PlainText(term)
            for term in parsed.terms
        ]
        words = And(clauses) if operator == "and" else Or(clauses)
    elif parsed.phrases:
        words = PlainText(parsed.text, operator=operator)
    else:
        return parsed.text
    return And([words, *(Phrase(phrase) for phrase in parsed.phrases)]) if parsed.phrases else words


def _matching_ids(engine, parsed, pages, operator, alternatives=None):
    query = _backend_query(parsed, operator, alternatives or {})

    def call(backend):
        # Ranked ids straight from the engine's hits: no Page rows are read for the whole match set.
        return matching_ids(backend, query, pages, limit=MAX_MATCHES, operator=operator)

    return engine.run(call)


def _approximate_ids(engine, parsed, pages):
    """Matches by similar spelling: the engine's fuzziness by word length (search.backends); on the database, trigram
    similarity where the backend has it (PostgreSQL, search/database_postgres.py; SQLite has only the correction)."""
    on_database = engine.degraded or not engine.needs_fallback
    if on_database and not getattr(database_backend_of(engine), "matches_similar_spellings", False):
        return []

    def call(backend):
        if not on_database and backend is not engine.backend:  # the engine failed at this step: no similar spellings
            return []
        return matching_ids(backend, Fuzzy(parsed.text, operator="and"), pages, limit=MAX_MATCHES)

    return engine.run(call)


def _find(outcome, search, approximate, parsed, params, scope):
    """Matches for the words: all of them; else a corrected spelling, similar spellings, then any of the words.

    `search(parsed, operator, alternatives)` and `approximate(parsed)` answer with something false when nothing
    matches (ids on the database path, the engine's answer on the engine). Returns (matches, the parsed query).
    """
    alternatives = synonyms(parsed.terms, scope.language_code if scope is not None else None)
    outcome.synonyms = [other for others in alternatives.values() for other in others]
    found = search(parsed, "and", alternatives)
    if found or params.value("exact"):
        return found, parsed
    correction = spelling_suggestion(parsed.terms, scope)
    if correction:
        corrected = parse_query(correction)
        found = search(corrected, "and", {})
        if found:
            outcome.correction = correction
            return found, corrected
    found = approximate(parsed)
    if found:
        outcome.approximate = True
        return found, parsed
    if len(parsed.terms) > 1:
        found = search(parsed, "or", alternatives)
        outcome.any_words = bool(found)
    return found, parsed


def _title_matches_first(found, terms):
    """Pages whose title has more of the query's words first, otherwise in the engine's order."""
    folded_terms = {fold(term) for term in terms}

    def title_matches(record):
        words = WORD.findall(fold(record.title))
        return sum(1 for term in folded_terms if any(word.startswith(term) for word in words))

    ranked = sorted(found, key=lambda record: (-title_matches(record), record.rank))
    for position, record in enumerate(ranked):
        record.rank = position
    return ranked


def run_search(params, locale, request=None, per_page=RESULTS_PER_PAGE):
    """Search as `params` (a validated SearchParams) ask, from the visitor's `locale`."""
    query = params.query
    parsed = parse_query(query)
    terms = parsed.terms
    outcome = SearchOutcome(query=query, all_languages=params.all_languages, sort=params.value("sort"))
    if not terms and not params.has_filters:
        outcome.related_priorities = list(StrategicPriority.objects.all())
        return outcome
    outcome.searched = True

    outcome.all_languages = outcome.all_languages or bool(params.value("language"))
    scope = None if outcome.all_languages else locale
    pages = searchable_pages(scope)
    engine = Engine()
    locales = {item.pk: item for item in Locale.objects.all()}
    promotable = terms and not params.has_filters
    outcome.promotions = promotions(query, scope, locales, request) if promotable else []
    if engine.answers_faceted_search and engine.ranks_by_title:
        on_engine = dataclasses.replace(outcome)

        def call(backend):
            if backend is not engine.backend:  # the engine failed: the database path below answers
                return None
            return _on_engine(on_engine, backend, parsed, pages, params, scope, locales, request, per_page)

        if engine.run(call) is not None:
            return on_engine
    if terms:
        ids, parsed = _find(
            outcome,
            lambda words, operator, alternatives: _matching_ids(engine, words, pages, operator, alternatives),
            lambda words: _approximate_ids(engine, words, pages),
            parsed,
            params,
            scope,
        )
        terms = parsed.terms
    else:  # filters alone: browse everything they allow, newest first
        ids = list(pages.order_by("-last_published_at", "-id").values_list("id", flat=True)[:MAX_MATCHES])
    outcome.degraded = engine.degraded
    outcome.capped, outcome.match_limit = len(ids) >= MAX_MATCHES, MAX_MATCHES
    promoted = {promotion.page.pk for promotion in outcome.promotions if promotion.page is not None}

    found = [record for record in records(pages, ids) if record.id not in promoted]
    if terms and not engine.ranks_by_title:
        found = _title_matches_first(found, terms)
    filtered, outcome.facets, terms_by_facet = facets(found, selected_values(params, locales), locales)
    if outcome.sort == "date":
        filtered.sort(key=lambda record: (record.date or datetime.date.min, -record.rank), reverse=True)

    outcome.total = len(filtered)
    outcome.page_obj = Paginator(filtered, per_page).get_page(params.value("page"))
    if outcome.page_obj.number > 1:
        outcome.promotions = []
    marked = terms + [word for other in outcome.synonyms for word in parse_query(other).terms]
    outcome.hits = _hits(outcome.page_obj.object_list, marked, locales, terms_by_facet, request)

    if terms and not found:
        outcome.suggestion = spelling_suggestion(terms, scope)
        outcome.related_priorities = related_priorities(terms)
        if scope is not None:
            elsewhere = searchable_pages().exclude(locale=scope)
            outcome.other_languages_total = len(_matching_ids(engine, parsed, elsewhere, "and"))
            outcome.degraded = engine.degraded
    return outcome


class _EnginePage:
    """The engine's page of hits as Paginator's object list: `total` long, holding only the requested slice."""

    def __init__(self, records, offset, total):
        self.records, self.offset, self.total = records, offset, total

    def __len__(self):
        return self.total

    def __getitem__(self, window):
        return self.records if window.start == self.offset else []


def _on_engine(outcome, backend, parsed, pages, params, scope, locales, request, per_page):
    """The whole search in the engine (search.engine_search): matches, exact facet counts, the sort and one page of
    hits with the engine's snippets; the database reads only the pages shown. Returns the outcome."""
    # Imported here, as the engine's backend is: the Elasticsearch client is about 9 MiB that a worker searching the
    # database never needs.
    from search.engine_search import faceted_search, highlighted_fields

    selected = selected_values(params, locales)
    promoted = [promotion.page.pk for promotion in outcome.promotions if promotion.page is not None]
    number = params.value("page")
    asked = {}

    def ask(query, operator, number=number):
        asked.update(query=query, operator=operator)
        options = {"operator": operator, "selected": selected, "exclude": promoted, "sort": outcome.sort}
        options.update(offset=(number - 1) * per_page, size=per_page, has_words=bool(parsed.terms))
        return faceted_search(backend, query, pages, fields=highlighted_fields(), **options)

    if parsed.terms:
        answer, parsed = _find(
            outcome,
            lambda words, operator, alternatives: ask(_backend_query(words, operator, alternatives), operator),
            lambda words: ask(Fuzzy(words.text, operator="and"), "and"),
            parsed,
            params,
            scope,
        )
    else:  # filters alone: browse everything they allow, newest first
        answer = ask(MATCH_ALL, "and")
    last = max(1, math.ceil(answer.total / per_page))
    if number > last:  # past the last page: the last one, as the Paginator would show
        number = last
        answer = ask(asked["query"], asked["operator"], number)
    terms = parsed.terms
    outcome.total = answer.total
    outcome.facets, terms_by_facet = facet_list(answer.counts, selected, locales)
    outcome.page_obj = Paginator(_EnginePage(answer.records, (number - 1) * per_page, answer.total), per_page).page(
        number
    )
    if number > 1:
        outcome.promotions = []
    marked = terms + [word for other in outcome.synonyms for word in parse_query(other).terms]
    outcome.hits = _hits(outcome.page_obj.object_list, marked, locales, terms_by_facet, request, answer)
    if terms and not answer.matched:
        outcome.suggestion = spelling_suggestion(terms, scope)
        outcome.related_priorities = related_priorities(terms)
        if scope is not None:
            elsewhere = searchable_pages().exclude(locale=scope)
            query = _backend_query(parsed, "and", {})
            options = {"operator": "and", "selected": {}, "size": 0}
            outcome.other_languages_total = faceted_search(backend, query, elsewhere, **options).matched
    return outcome


def _hits(shown, terms, locales, terms_by_facet, request, answer=None):
    """The results of one page: specific pages (one query per page type), snippets and card data.

    On the engine, `answer` has the engine's marked extracts; a page it has none for (only its title or its
    taxonomy matched) gets the extract of search.highlight."""
    ids = [record.id for record in shown]
    if answer is None:
        pages = {page.pk: page for page in Page.objects.filter(id__in=ids).specific()}
    else:  # the engine's extracts need no page text: the specific pages only for those it has none for
        pages = {page.pk: page for page in Page.objects.live().filter(id__in=ids)}
        unmarked = [page_id for page_id in pages if page_id not in answer.snippets]
        if unmarked:
            pages.update((page.pk, page) for page in Page.objects.filter(id__in=unmarked).specific())
    hits = []
    for record in shown:
        page = pages.get(record.id)
        if page is None:
            continue
        locale = locales.get(record.locale_id)
        language_code = locale.language_code if locale else ""
        region = terms_by_facet["region"].get(record.term("region"))
        material_type = terms_by_facet["material_type"].get(record.term("material_type"))
        priorities = sorted(
            (terms_by_facet["priority"][pk] for pk in record.values("priority") if pk in terms_by_facet["priority"]),
            key=lambda priority: priority.number,
        )
        hits.append(
            Hit(
                page=page,
                title=page.title,
                url=page.get_url(request),
                type_key=record.type.key if record.type else "",
                type_label=str(record.type.singular) if record.type else "",
                language_code=language_code,
                language_label=locale.get_display_name() if locale else "",
                date=record.date,
                snippet=_snippet(page, terms, language_code, answer),
                marked_title=(answer and answer.titles.get(page.pk)) or mark_words(page.title, terms, language_code),
                region=str(region.name) if region else "",
                material_type=str(material_type.name) if material_type else "",
                priorities=[str(priority.label) for priority in priorities],
            )
        )
    return hits


def _snippet(page, terms, language_code, answer):
    fragment = answer.snippet(page.pk) if answer is not None else None
    return fragment or highlight(page_text(page), terms, language_code=language_code)
