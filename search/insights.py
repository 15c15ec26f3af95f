"""Search insights for editors: what visitors search for per language and week, and what finds nothing."""

from __future__ import annotations

import datetime

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from search.models import SearchTerm
from search.query import parse_query


def normalised(query):
    """The query as recorded: its words, lowercased, one space apart (so "Advocacy " and "advocacy" count once)."""
    return " ".join(parse_query(query).terms).lower()[:200]


def week_of(day):
    return day - datetime.timedelta(days=day.weekday())


def record_search(query, language_code, found):
    """Count one search (two queries: an update, and an insert the first time in a week)."""
    words = normalised(query)
    if not words:
        return
    key = {"week": week_of(timezone.localdate()), "language": language_code, "query": words}
    changes = {"searches": F("searches") + 1, "zero_results": F("zero_results") + (0 if found else 1)}
    if SearchTerm.objects.filter(**key).update(**changes):
        return
    try:
        with transaction.atomic():
            SearchTerm.objects.create(**key, searches=1, zero_results=0 if found else 1)
    except IntegrityError:  # another request created it first
        SearchTerm.objects.filter(**key).update(**changes)
