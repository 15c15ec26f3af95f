"""Facet counts from the engine stay exact beyond the 1,000 matches the database path counts at most.

In a module of its own: the benchmark's generator builds its 1,300 pages in an empty database, which the other
engine facet tests' module-wide site (tests/search/conftest.py) would not leave it."""

from wagtail.models import Locale, Page

from bench.content import Generator
from search.facets import facets, records, selected_values
from search.fallback import matching_ids, searchable_pages
from search.forms import SearchParams
from search.service import run_search


def test_facet_counts_are_exact_beyond_a_thousand_matches(engine, settings):
    """1,300 generated pages (the benchmark's generator): each facet count is the number of matching pages with the
    value, as the database path counts it over every match, for a browse by type and a word matching over 1,000."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}  # indexed in bulk below
    Generator(["en"], 1300).build()
    by_type = {}
    for page in Page.objects.filter(depth__gt=1).specific():
        by_type.setdefault(type(page), []).append(page)
    for model, objs in by_type.items():
        engine.backend.add_bulk(model, objs)
    engine.refresh()
    english = Locale.objects.get(language_code="en")
    pages = searchable_pages(english)
    everything = list(pages.values_list("id", flat=True))
    training = matching_ids(engine.backend, "training", pages, limit=10_000, operator="and")
    assert len(everything) > 1000 and len(training) > 1000

    for data, ids in [
        ({"type": ["material", "plan", "event", "chapter"]}, everything),
        ({"q": "training"}, training),
        ({"q": "training", "priority": ["access"], "type": ["material", "event"]}, training),
    ]:
        outcome = run_search(SearchParams(data), english)

        assert not outcome.degraded and not outcome.capped
        assert counts(outcome.facets) == counts(database_facets(pages, ids, data)), data
        assert outcome.total == database_total(pages, ids, data)


def counts(facet_list):
    return {facet.name: {option.value: option.count for option in facet.options} for facet in facet_list}


def _database_count(pages, ids, data):
    locales = {locale.pk: locale for locale in Locale.objects.all()}
    return facets(records(pages, ids), selected_values(SearchParams(data), locales), locales)


def database_facets(pages, ids, data):
    """The database path's own counting (search.facets), given every matching id instead of the first 1,000."""
    return _database_count(pages, ids, data)[1]


def database_total(pages, ids, data):
    return len(_database_count(pages, ids, data)[0])
