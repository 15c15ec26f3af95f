"""The search behind the search page, the JSON API and autocomplete.

The engine (Elasticsearch, or the database backend) only answers "which pages match, best first": it returns up to
MAX_MATCHES page ids. Everything else — filters, facet counts, sorting by date, pagination, snippets — is computed in
the database over those ids, so it is identical on both backends and costs a fixed number of queries. When the engine
is down or slow, the same search runs on the database backend and the outcome says it is degraded.
"""

from __future__ import annotations

import datetime
import difflib
import functools
import html
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Paginator
from django.db.models import DateField, Value
from django.db.models.functions import Coalesce, TruncDate
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, get_page_models
from wagtail.search.backends import InvalidSearchBackendError, get_search_backend
from wagtail.search.index import SearchField
from wagtail.search.utils import normalise_query_string

from core.models import MaterialType, Region, StrategicPriority, Topic
from core.visibility import public_pages_for_search
from programmes.models import EventPage, ProgrammePlanPage, RegionPage, TrainingMaterialPage
from search.backends import ENGINE_ERRORS, matching_ids

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
SEARCH_TERM_MAX_LENGTH = 100
MAX_MATCHES = 1000
RESULTS_PER_PAGE = 10
AUTOCOMPLETE_LIMIT = 8
AUTOCOMPLETE_MIN_LENGTH = 2
SNIPPET_LENGTH = 240
SNIPPET_SCAN_LENGTH = 20_000
VOCABULARY_CACHE_SECONDS = 600
# After the engine fails, searches go straight to the database for this many seconds instead of each waiting for
# the engine's timeout again (settings.SEARCH_ENGINE_RETRY_SECONDS; 0 asks the engine every time).
ENGINE_RETRY_SECONDS = 15
_ENGINE_DOWN_KEY = "search:engine-down"

FACET_NAMES = ("type", "priority", "region", "material_type", "topic", "language")
FACET_LABELS = {
    "type": _("Content type"),
    "priority": _("Strategic priority"),
    "region": _("Region"),
    "material_type": _("Material type"),
    "topic": _("Topic"),
    "language": _("Language"),
}
_TERM_MODELS = {"priority": StrategicPriority, "region": Region, "material_type": MaterialType, "topic": Topic}

# Readable ?type= values for the content families; any other page type uses its model name.
_TYPE_KEYS = {
    "programmes.TrainingMaterialPage": "material",
    "sourcebook.SourcebookChapterPage": "chapter",
    "programmes.ProgrammePlanPage": "plan",
    "programmes.EventPage": "event",
    "sourcebook.SourcebookPage": "sourcebook",
    "programmes.RegionPage": "region",
    "core.StandardPage": "page",
}


# --- Page types --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageType:
    key: str
    model: type

    @property
    def label(self):
        """The plural, for the facet ("Training materials")."""
        return capfirst(self.model._meta.verbose_name_plural)

    @property
    def singular(self):
        """The singular, for a result ("Training material")."""
        return capfirst(self.model._meta.verbose_name)


@functools.cache
def page_types():
    """{key: PageType} for every page type, the content families first."""
    families = list(_TYPE_KEYS)

    def order(model):
        label = model._meta.label
        return (families.index(label) if label in families else len(families), model._meta.model_name)

    types = {}
    for model in sorted((model for model in get_page_models() if model is not Page), key=order):
        key = _TYPE_KEYS.get(model._meta.label, model._meta.model_name)
        types[key] = PageType(key, model)
    return types


def _types_by_content_type():
    """{content type id: PageType}, from Django's content type cache (one query per process)."""
    types = page_types()
    content_types = ContentType.objects.get_for_models(*(t.model for t in types.values()), for_concrete_models=False)
    by_model = {page_type.model: page_type for page_type in types.values()}
    return {content_type.id: by_model[model] for model, content_type in content_types.items()}


# --- Query text --------------------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")


_OPERATORS = {"AND", "OR", "NOT"}


def query_terms(query):
    """The words of a query: operators, quotes and punctuation are dropped, so no input can break a backend."""
    words = _WORD.findall(query or "")
    return ([word for word in words if word not in _OPERATORS] or words)[:MAX_TERMS]


def search_term(query):
    """The query as editors see it among popular search terms: its words, lowercased, single-spaced, at most 100
    characters, so that "Gender,  ICT!" and "gender ict" count as one term."""
    return " ".join(query_terms(query)).casefold()[:SEARCH_TERM_MAX_LENGTH].strip()


def fold(text):
    """Lowercase without accents, so "Égalité" and "egalite" compare equal."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def _folded_with_offsets(text):
    """The folded text and, for each of its characters, the index of the character it came from."""
    if text.isascii():
        return text.lower(), range(len(text))
    folded, offsets = [], []
    for index, char in enumerate(text):
        for folded_char in fold(char):
            folded.append(folded_char)
            offsets.append(index)
    return "".join(folded), offsets


def _terms_pattern(terms):
    """Matches a word that starts with one of the terms (accent-insensitive once the text is folded)."""
    alternatives = []
    for term in sorted({fold(term) for term in terms if term}, key=len, reverse=True):
        if _CJK.search(term):  # written without spaces: the term itself, wherever it is
            alternatives.append(re.escape(term))
        else:  # the whole word that starts with the term ("plaidoyer" marks "plaidoyers")
            alternatives.append(r"(?<!\w)" + re.escape(term) + r"\w*")
    return re.compile("|".join(alternatives)) if alternatives else None


def highlight(text, terms, length=SNIPPET_LENGTH):
    """An HTML-escaped extract of `text` around the first match of `terms`, each match in <mark>."""
    text = " ".join(text[:SNIPPET_SCAN_LENGTH].split())
    if not text:
        return SafeString("")
    pattern = _terms_pattern(terms)
    folded, offsets = _folded_with_offsets(text)
    spans = []
    if pattern:
        spans = [
            (offsets[m.start()], offsets[m.end() - 1] + 1) for m in pattern.finditer(folded) if m.end() > m.start()
        ]
    start = 0
    if spans:
        start = max(0, spans[0][0] - length // 3)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < spans[0][0] else spans[0][0]
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    parts = ["…" if start else ""]
    position = start
    for span_start, span_end in spans:
        if span_start < position or span_start >= end:
            continue
        span_end = min(span_end, end)
        parts.append(escape(text[position:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    parts.append(escape(text[position:end]))
    parts.append("…" if end < len(text) else "")
    return mark_safe("".join(parts))  # every piece of text in it went through escape()


_BLOCK_TAGS = re.compile(r"</?(?:p|h[1-6]|li|ul|ol|br|div|blockquote|table|tr|td|th)\b[^>]*>", re.IGNORECASE)


def _html_text(value):
    return html.unescape(strip_tags(_BLOCK_TAGS.sub(" ", value)))


def _block_text(block, raw):
    """The words in a block's stored (JSON) value, without converting it: no image or page lookups."""
    if raw is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        yield _html_text(str(raw))
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        yield str(raw)
    elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            yield from _block_text(child, raw.get(name))
    elif isinstance(block, blocks.ListBlock) and isinstance(raw, list):
        for item in raw:
            is_wrapped = isinstance(item, dict) and item.get("type") == "item" and "value" in item
            yield from _block_text(block.child_block, item["value"] if is_wrapped else item)
    elif isinstance(block, blocks.StreamBlock) and isinstance(raw, list):
        for item in raw:
            if isinstance(item, dict) and item.get("type") in block.child_blocks:
                yield from _block_text(block.child_blocks[item["type"]], item.get("value"))


def page_text(page):
    """The plain text a page is found by: its summary first, then its other indexed text fields."""
    names = ["summary"] + [
        search_field.field_name
        for search_field in page.get_search_fields()
        if isinstance(search_field, SearchField) and search_field.field_name not in ("title", "summary")
    ]
    texts = []
    for name in dict.fromkeys(names):
        value = getattr(page, name, None)
        if isinstance(value, StreamValue):
            texts.extend(_block_text(value.stream_block, list(value.raw_data)))
        elif isinstance(value, str):
            texts.append(_html_text(value) if _is_rich_text(type(page), name) else value)
    return " ".join(" ".join(texts).split())


@functools.cache
def _is_rich_text(model, name):
    try:
        return isinstance(model._meta.get_field(name), RichTextField)
    except FieldDoesNotExist:
        return False


# --- The engine and its fallback ---------------------------------------------------------------------------------


def _is_database_backend(backend):
    return type(backend).__module__.startswith(
        ("modelsearch.backends.database", "wagtail.search.backends.database", "search.database")
    )


def _database_backend():
    """The "database" backend, which search/backends.py keeps indexed alongside the engine."""
    try:
        return get_search_backend("database")
    except InvalidSearchBackendError:  # an engine configured without its fallback: search the database anyway
        return get_search_backend("search.backends.DatabaseSearchBackend")


class Engine:
    """The configured search backend for one request, falling back to the database backend when it fails.

    Once the engine has failed, the rest of the request (and, for ENGINE_RETRY_SECONDS, later requests) use the
    database straight away instead of waiting for another timeout.
    """

    def __init__(self):
        self.backend = get_search_backend()
        self.needs_fallback = not _is_database_backend(self.backend)
        self.degraded = self.needs_fallback and bool(cache.get(_ENGINE_DOWN_KEY))

    @property
    def ranks_by_title(self):
        """Whether the engine weighs titles: the database backends rank title and body text alike."""
        return self.needs_fallback and not self.degraded

    def run(self, call):
        """call(backend) -> a list; evaluated here so that the engine's errors are caught here."""
        if self.needs_fallback and not self.degraded:
            try:
                return call(self.backend)
            except ENGINE_ERRORS as error:
                logger.warning("Search engine unavailable, answering from the database: %r", error)
                self.degraded = True
                retry_after = getattr(settings, "SEARCH_ENGINE_RETRY_SECONDS", ENGINE_RETRY_SECONDS)
                if retry_after:
                    cache.set(_ENGINE_DOWN_KEY, True, retry_after)
        return call(_database_backend() if self.needs_fallback else self.backend)


def searchable_pages(locale=None):
    """Live, public pages (not the tree root), in one language or all of them."""
    pages = public_pages_for_search().filter(depth__gt=1)
    return pages.filter(locale=locale) if locale is not None else pages


def _matching_ids(engine, terms, pages, operator):
    def call(backend):
        # Ranked ids straight from the engine's hits: no Page rows are read for the whole match set.
        return matching_ids(backend, " ".join(terms), pages, limit=MAX_MATCHES, operator=operator)

    return engine.run(call)


# --- Outcome -----------------------------------------------------------------------------------------------------


@dataclass
class FacetValue:
    key: str
    label: str
    count: int
    selected: bool = False
    language_code: str = ""
    url: str = ""  # filled in by the page: the link that adds or removes this value


@dataclass
class Facet:
    name: str
    label: str
    values: list[FacetValue]

    @property
    def selected(self):
        return [value for value in self.values if value.selected]


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
    region: str = ""
    material_type: str = ""
    priorities: list[str] = field(default_factory=list)


@dataclass
class Promotion:
    title: str
    url: str
    description: str
    page: Page | None = None
    language_code: str = ""
    language_label: str = ""


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
    suggestion: str | None = None
    promotions: list[Promotion] = field(default_factory=list)
    related_priorities: list = field(default_factory=list)
    other_languages_total: int = 0
    all_languages: bool = False
    sort: str = "relevance"
    match_limit: int = MAX_MATCHES


@dataclass
class _Record:
    """What the filters, facets and sorting need to know about one matching page."""

    id: int
    rank: int
    title: str
    path: str
    type: PageType | None
    locale_id: int
    date: datetime.date | None
    region: int | None = None
    material_type: int | None = None
    priorities: set = field(default_factory=set)
    topics: set = field(default_factory=set)

    def values(self, facet):
        if facet == "type":
            return {self.type.key} if self.type else set()
        if facet == "language":
            return {self.locale_id}
        if facet == "priority":
            return self.priorities
        if facet == "topic":
            return self.topics
        value = getattr(self, facet)
        return {value} if value is not None else set()


def _term_pairs(ids):
    """[(page id, term id, facet)] for priorities, topics and material types, in one UNION query."""

    def m2m(model, field_name, facet):
        model_field = model._meta.get_field(field_name)
        source, target = model_field.m2m_field_name(), model_field.m2m_reverse_field_name()
        through = model_field.remote_field.through.objects.filter(**{f"{source}__in": ids})
        return through.annotate(facet=Value(facet)).values_list(source, target, "facet").order_by()

    queries = [
        m2m(TrainingMaterialPage, "priorities", "priority"),
        m2m(ProgrammePlanPage, "priorities", "priority"),
        m2m(EventPage, "priorities", "priority"),
        m2m(TrainingMaterialPage, "topics", "topic"),
        TrainingMaterialPage.objects.filter(page_ptr_id__in=ids, material_type__isnull=False)
        .annotate(facet=Value("material_type"))
        .values_list("page_ptr_id", "material_type_id", "facet")
        .order_by(),
    ]
    return queries[0].union(*queries[1:], all=True)


def _records(pages, ids):
    """The matching pages that are still live and public, in engine order, with their facet values (3 queries)."""
    date = Coalesce(
        "eventpage__start_date",
        "programmeplanpage__start_date",
        TruncDate("last_published_at"),
        output_field=DateField(),
    )
    rows = pages.filter(id__in=ids).annotate(result_date=date)
    rows = rows.values_list("id", "title", "path", "content_type_id", "locale_id", "result_date")
    rank = {page_id: position for position, page_id in enumerate(ids)}
    types = _types_by_content_type()
    records = {
        page_id: _Record(page_id, rank[page_id], title, path, types.get(content_type_id), locale_id, date)
        for page_id, title, path, content_type_id, locale_id, date in rows
    }
    if not records:
        return []
    for page_id, term_id, facet in _term_pairs(list(records)):
        record = records[page_id]
        if facet == "priority":
            record.priorities.add(term_id)
        elif facet == "topic":
            record.topics.add(term_id)
        else:
            record.material_type = term_id
    # Plans and events take their region from their parent region page; a region page has its own.
    step = Page.steplen
    candidates = {path for record in records.values() for path in (record.path, record.path[:-step])}
    regions = dict(RegionPage.objects.filter(path__in=candidates).values_list("path", "region_id"))
    for record in records.values():
        record.region = regions.get(record.path, regions.get(record.path[:-step]))
    return sorted(records.values(), key=lambda record: record.rank)


def _title_matches_first(records, terms):
    """Pages whose title has more of the query's words first, otherwise in the engine's order."""
    folded_terms = {fold(term) for term in terms}

    def title_matches(record):
        words = _WORD.findall(fold(record.title))
        return sum(1 for term in folded_terms if any(word.startswith(term) for word in words))

    ranked = sorted(records, key=lambda record: (-title_matches(record), record.rank))
    for position, record in enumerate(ranked):
        record.rank = position
    return ranked


def _selected(params):
    """{facet: set of record values} for the filters in the request."""
    return {
        "type": set(params.value("type")),
        "priority": {term.pk for term in params.value("priority")},
        "region": {term.pk for term in params.value("region")},
        "material_type": {term.pk for term in params.value("material_type")},
        "topic": {term.pk for term in params.value("topic")},
        "language": set(),  # filled in by run_search, which knows the locales
    }


def _facets(records, selected, locales):
    """Filter the records and count each facet over the records the *other* facets allow (OR within a facet)."""

    def allowed(record, skip=None):
        return all(not chosen or record.values(name) & chosen for name, chosen in selected.items() if name != skip)

    counts = {name: Counter() for name in FACET_NAMES}
    for record in records:
        for name in FACET_NAMES:
            if allowed(record, skip=name):
                counts[name].update(record.values(name))
    filtered = [record for record in records if allowed(record)]

    term_ids = {name: set(counts[name]) | selected[name] for name in _TERM_MODELS}
    terms = {
        name: {term.pk: term for term in model.objects.filter(pk__in=term_ids[name])} if term_ids[name] else {}
        for name, model in _TERM_MODELS.items()
    }
    facets = []
    for name in FACET_NAMES:
        keys = set(counts[name]) | selected[name]
        values = []
        for key in keys:
            count, chosen = counts[name][key], key in selected[name]
            if name == "type":
                page_type = page_types().get(key)
                if page_type:
                    values.append(FacetValue(key, page_type.label, count, chosen))
            elif name == "language":
                locale = locales.get(key)
                if locale:
                    values.append(
                        FacetValue(locale.language_code, locale.get_display_name(), count, chosen, locale.language_code)
                    )
            elif key in terms[name]:
                term = terms[name][key]
                values.append(FacetValue(term.slug, str(getattr(term, "label", term.name)), count, chosen))
        values.sort(key=_facet_order(name, terms.get(name, {})))
        if values:
            facets.append(Facet(name, FACET_LABELS[name], values))
    return filtered, facets, terms


def _facet_order(name, terms):
    if name == "type":
        order = list(page_types())
        return lambda value: order.index(value.key)
    if name == "language":
        order = [code for code, _name in _content_languages()]
        return lambda value: order.index(value.key) if value.key in order else len(order)
    if name == "priority":
        numbers = {term.slug: term.number for term in terms.values()}
        return lambda value: numbers.get(value.key, 0)
    return lambda value: (-value.count, value.label.casefold())


def _content_languages():
    return settings.WAGTAIL_CONTENT_LANGUAGES


# --- Promotions, suggestions -------------------------------------------------------------------------------------


def _promotions(query, locale, locales, request):
    """Editors' picks for this exact query, in the searched language when the page has a translation."""
    picks = list(
        SearchPromotion.objects.filter(
            query__query_string__in={normalise_query_string(query), search_term(query)}
        ).select_related("page")
    )
    page_ids = [pick.page_id for pick in picks if pick.page_id]
    visible = set(searchable_pages().filter(pk__in=page_ids).values_list("pk", flat=True)) if page_ids else set()
    picks = [pick for pick in picks if pick.page_id is None or pick.page_id in visible]
    translations = {}
    if locale is not None:
        keys = [pick.page.translation_key for pick in picks if pick.page and pick.page.locale_id != locale.pk]
        if keys:
            found = searchable_pages(locale).filter(translation_key__in=keys)
            translations = {page.translation_key: page for page in found}
    promotions = []
    for pick in picks:
        if pick.page is None:
            if pick.external_link_url:
                promotions.append(
                    Promotion(
                        pick.external_link_text or pick.external_link_url, pick.external_link_url, pick.description
                    )
                )
            continue
        page = translations.get(pick.page.translation_key, pick.page)
        page_locale = locales.get(page.locale_id)
        promotions.append(
            Promotion(
                page.title,
                page.get_url(request),
                pick.description,
                page,
                page_locale.language_code if page_locale else "",
                page_locale.get_display_name() if page_locale else "",
            )
        )
    return promotions


def _vocabulary(locale):
    """{folded word: word} from page titles and taxonomy names, cached per language scope."""
    key = f"search:vocabulary:{locale.pk if locale else 'all'}:{get_language()}"
    vocabulary = cache.get(key)
    if vocabulary is None:
        texts = list(searchable_pages(locale).values_list("title", flat=True)[:20_000])
        for model in _TERM_MODELS.values():
            texts.extend(str(term.name) for term in model.objects.all())
        vocabulary = {}
        for word in _WORD.findall(" ".join(texts)):
            if len(word) >= 3 and not word.isdigit():
                vocabulary.setdefault(fold(word), word.lower())
        cache.set(key, vocabulary, VOCABULARY_CACHE_SECONDS)
    return vocabulary


def spelling_suggestion(terms, locale):
    """The query with unknown words replaced by the closest title word, or None when nothing changes."""
    vocabulary = _vocabulary(locale)
    suggested, changed = [], False
    for term in terms:
        folded = fold(term)
        if len(folded) < 3 or folded in vocabulary:
            suggested.append(term)
            continue
        close = difflib.get_close_matches(folded, vocabulary.keys(), n=1, cutoff=0.75)
        if close:
            suggested.append(vocabulary[close[0]])
            changed = True
        else:
            suggested.append(term)
    return " ".join(suggested) if changed else None


def related_priorities(terms):
    """The strategic priorities whose name or description mentions a query word; all of them if none does."""
    priorities = list(StrategicPriority.objects.all())
    folded_terms = [fold(term) for term in terms if len(term) >= 3]

    def mentions(priority):
        text = fold(" ".join(str(value) for value in (priority.name, priority.short_name, priority.description)))
        return any(term in text for term in folded_terms)

    related = [priority for priority in priorities if mentions(priority)]
    return related or priorities


# --- Search ------------------------------------------------------------------------------------------------------


def run_search(params, locale, request=None, per_page=RESULTS_PER_PAGE):
    """Search as `params` (a validated SearchParams) ask, from the visitor's `locale`."""
    query = params.query
    terms = query_terms(query)
    outcome = SearchOutcome(query=query, all_languages=params.all_languages, sort=params.value("sort"))
    if not terms and not params.has_filters:
        outcome.related_priorities = list(StrategicPriority.objects.all())
        return outcome
    outcome.searched = True

    languages = set(params.value("language"))
    outcome.all_languages = outcome.all_languages or bool(languages)
    scope = None if outcome.all_languages else locale
    pages = searchable_pages(scope)
    engine = Engine()
    if terms:
        ids = _matching_ids(engine, terms, pages, "and")
        if not ids and len(terms) > 1:
            ids = _matching_ids(engine, terms, pages, "or")
            outcome.any_words = bool(ids)
    else:  # filters alone: browse everything they allow, newest first
        ids = list(pages.order_by("-last_published_at", "-id").values_list("id", flat=True)[:MAX_MATCHES])
    outcome.degraded = engine.degraded
    outcome.capped, outcome.match_limit = len(ids) >= MAX_MATCHES, MAX_MATCHES

    locales = {item.pk: item for item in Locale.objects.all()}
    promotable = terms and not params.has_filters
    outcome.promotions = _promotions(query, scope, locales, request) if promotable else []
    promoted = {promotion.page.pk for promotion in outcome.promotions if promotion.page is not None}

    records = [record for record in _records(pages, ids) if record.id not in promoted]
    if terms and not engine.ranks_by_title:
        records = _title_matches_first(records, terms)
    selected = _selected(params)
    selected["language"] = {pk for pk, item in locales.items() if item.language_code in languages}
    filtered, outcome.facets, terms_by_facet = _facets(records, selected, locales)
    if outcome.sort == "date":
        filtered.sort(key=lambda record: (record.date or datetime.date.min, -record.rank), reverse=True)

    outcome.total = len(filtered)
    outcome.page_obj = Paginator(filtered, per_page).get_page(params.value("page"))
    if outcome.page_obj.number > 1:
        outcome.promotions = []
    outcome.hits = _hits(outcome.page_obj.object_list, terms, locales, terms_by_facet, request)

    if terms and not records:
        outcome.suggestion = spelling_suggestion(terms, scope)
        outcome.related_priorities = related_priorities(terms)
        if scope is not None:
            elsewhere = searchable_pages().exclude(locale=scope)
            outcome.other_languages_total = len(_matching_ids(engine, terms, elsewhere, "and"))
            outcome.degraded = engine.degraded
    return outcome


def _hits(records, terms, locales, terms_by_facet, request):
    """The results of one page: specific pages (one query per page type), snippets and card data."""
    pages = Page.objects.filter(id__in=[record.id for record in records]).specific()
    pages = {page.pk: page for page in pages}
    hits = []
    for record in records:
        page = pages.get(record.id)
        if page is None:
            continue
        locale = locales.get(record.locale_id)
        region = terms_by_facet["region"].get(record.region)
        material_type = terms_by_facet["material_type"].get(record.material_type)
        priorities = sorted(
            (terms_by_facet["priority"][pk] for pk in record.priorities if pk in terms_by_facet["priority"]),
            key=lambda priority: priority.number,
        )
        hits.append(
            Hit(
                page=page,
                title=page.title,
                url=page.get_url(request),
                type_key=record.type.key if record.type else "",
                type_label=str(record.type.singular) if record.type else "",
                language_code=locale.language_code if locale else "",
                language_label=locale.get_display_name() if locale else "",
                date=record.date,
                snippet=highlight(page_text(page), terms),
                region=str(region.name) if region else "",
                material_type=str(material_type.name) if material_type else "",
                priorities=[str(priority.label) for priority in priorities],
            )
        )
    return hits


@dataclass
class Suggestion:
    title: str
    url: str
    type_label: str
    language_code: str
    language_label: str


def autocomplete(query, locale, all_languages=False, request=None, limit=AUTOCOMPLETE_LIMIT):
    """Page titles that start like the query, best first; returns (suggestions, degraded)."""
    terms = query_terms(query)
    if sum(len(term) for term in terms) < AUTOCOMPLETE_MIN_LENGTH:
        return [], False
    pages = searchable_pages(None if all_languages else locale).select_related("locale")
    engine = Engine()

    def call(backend):
        return list(backend.autocomplete(" ".join(terms), pages, order_by_relevance=True)[:limit])

    suggestions = [
        Suggestion(
            page.title,
            page.get_url(request),
            str(capfirst(page.specific_class._meta.verbose_name)) if page.specific_class else "",
            page.locale.language_code,
            page.locale.get_display_name(),
        )
        for page in engine.run(call)
    ]
    return suggestions, engine.degraded
