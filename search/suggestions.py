"""Help around the results: "did you mean", the priorities to browse, and page titles as you type."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.text import capfirst
from django.utils.translation import get_language

from core.models import StrategicPriority
from search.facets import TERM_MODELS
from search.fallback import Engine, searchable_pages
from search.query import CJK, WORD, fold, query_terms

AUTOCOMPLETE_LIMIT = 8
AUTOCOMPLETE_MIN_LENGTH = 2
VOCABULARY_CACHE_SECONDS = 600


def _vocabulary(locale):
    """{folded word: word} from page titles and taxonomy names, cached per language scope."""
    key = f"search:vocabulary:{locale.pk if locale else 'all'}:{get_language()}"
    vocabulary = cache.get(key)
    if vocabulary is None:
        texts = list(searchable_pages(locale).values_list("title", flat=True)[:20_000])
        for model in TERM_MODELS.values():
            texts.extend(str(term.name) for term in model.objects.all())
        vocabulary = {}
        for word in WORD.findall(" ".join(texts)):
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
    typed = "".join(terms)
    if len(typed) < AUTOCOMPLETE_MIN_LENGTH and not CJK.search(typed):  # one Chinese character is a word
        return [], False
    pages = searchable_pages(None if all_languages else locale).select_related("locale")
    engine = Engine()

    def call(backend):
        # Every word typed must start a word of the title ("Unpublished lat" does not suggest "Latin America").
        return list(backend.autocomplete(" ".join(terms), pages, operator="and", order_by_relevance=True)[:limit])

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
