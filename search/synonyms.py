"""Synonyms editors maintain (search.models.SynonymGroup), applied to a query's words when it is searched."""

from __future__ import annotations

from django.core.cache import cache

from search.models import SYNONYMS_CACHE_KEY, SynonymGroup
from search.query import fold, parse_query

CACHE_SECONDS = 3600  # saving or deleting a group clears it at once


def _groups():
    """[(language code or "", [folded term, ...], [term, ...])], cached until a group changes."""
    groups = cache.get(SYNONYMS_CACHE_KEY)
    if groups is None:
        groups = []
        for group in SynonymGroup.objects.all():
            terms = [" ".join(parse_query(term).terms) for term in group.terms()]
            terms = [term for term in terms if term]
            groups.append((group.language, [fold(term) for term in terms], terms))
        cache.set(SYNONYMS_CACHE_KEY, groups, CACHE_SECONDS)
    return groups


def synonyms(terms, language_code=None):
    """{term: [its synonyms]} for the query words that have some; language_code None: every language's groups."""
    found = {}
    for language, folded_terms, group_terms in _groups():
        if language and language_code and language != language_code:
            continue
        for term in terms:
            if fold(term) in folded_terms:
                alternatives = found.setdefault(term, [])
                for folded, other in zip(folded_terms, group_terms, strict=True):
                    if folded != fold(term) and other not in alternatives:
                        alternatives.append(other)
    return found
