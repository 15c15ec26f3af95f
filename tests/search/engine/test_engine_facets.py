"""The search page's work done by the engine: facet counts (aggregations), filters, the date sort, pagination and
snippets, giving what the database fallback gives on the same site, in a fixed number of SQL queries."""

import pytest
from django.test import override_settings
from wagtail.models import Page

from search.forms import SearchParams
from search.service import run_search
from tests import assert_flat_query_count
from tests.search.test_query_counts import grow, queries_for


def pages_by_model():
    pages = {}
    for page in Page.objects.filter(depth__gt=1).specific():
        pages.setdefault(type(page), []).append(page)
    return pages


@pytest.fixture
def indexed(engine, site):
    """The site's pages indexed again once saved: the tests' immediate task runner indexed a page created with
    `revision=False` before modelcluster wrote its priorities (the production worker runs after the commit). The
    module's site is indexed once and kept between its tests (fixtures.KeptDocuments); `index()` indexes the pages a
    test added."""
    engine.keep({model: [page.pk for page in pages] for model, pages in pages_by_model().items()})

    def index():
        for model, pages in pages_by_model().items():
            engine.backend.add_bulk(model, pages)
        engine.refresh()

    return index


def outcome_on(backends, data, locale):
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        return run_search(SearchParams(data), locale)


def seen(outcome):
    """What a visitor reads: the total, the results in order, each facet's values with counts and selection."""
    facets = {
        facet.name: sorted((option.value, option.count, option.selected) for option in facet.options)
        for facet in outcome.facets
    }
    return outcome.total, [hit.title for hit in outcome.hits], facets


@pytest.mark.parametrize(
    "data",
    [
        {"q": "advocacy"},
        {"q": "advocacy", "sort": "date"},
        {"q": "advocacy", "type": ["plan", "event"]},
        {"q": "advocacy", "priority": ["advocacy-for-gender-aware-ict-policy"], "region": ["africa"]},
        {"q": "training", "lang": "all"},
        {"q": "training", "lang": "all", "language": ["fr"]},
        {"q": "malawi", "sort": "date", "lang": "all"},
        {"region": ["africa"], "sort": "date"},
        {"type": ["material"], "lang": "all"},
        {"q": "nothingmatchesthis"},
    ],
)
@pytest.mark.database_side
def test_the_engine_answers_as_the_database_does(engine, site, indexed, data):
    on_engine = outcome_on(engine.backends, data, site.english)
    on_database = outcome_on({"default": engine.backends["database"]}, data, site.english)

    assert not on_engine.degraded and not on_database.degraded
    total, titles, facets = seen(on_engine)
    assert (total, facets) == seen(on_database)[::2]
    if data.get("sort") == "date":  # pages of the same day come in each backend's own relevance order
        assert [hit.date for hit in on_engine.hits] == [hit.date for hit in on_database.hits]
        assert sorted(titles) == sorted(seen(on_database)[1])
    elif "q" not in data:
        assert titles == seen(on_database)[1]
    else:  # ranked by each backend's own scoring
        assert sorted(titles) == sorted(seen(on_database)[1])


def test_a_chosen_value_keeps_its_facets_other_values_countable(engine, site, indexed):
    outcome = outcome_on(engine.backends, {"q": "advocacy", "type": ["material"]}, site.english)

    types = {option.value: (option.count, option.selected) for option in outcome.facets[0].options}
    assert types == {"material": (2, True), "chapter": (1, False), "plan": (1, False), "event": (1, False)}
    assert sorted(hit.title for hit in outcome.hits) == ["Advocacy training toolkit", "Media outreach guide"]
    assert outcome.total == 2


def test_the_engine_marks_the_inflected_words_it_matched(engine, site, indexed):
    outcome = outcome_on(engine.backends, {"q": "advocate"}, site.english)

    snippets = {hit.title: str(hit.snippet) for hit in outcome.hits}
    assert "<mark>advocates</mark>" in snippets["Advocacy training toolkit"]
    assert "<mark>advocates</mark>" in snippets["Lusaka advocacy workshop"]


def test_pages_are_read_only_for_the_page_shown(engine, site, indexed, client):
    """The engine counts and sorts: the database reads the ten pages shown, whatever the number of matches."""
    grow(site, 5, 0)
    indexed()
    url = "/en/search/?q=exercise&sort=date"
    small = queries_for(client, url)
    grow(site, 25, 5)
    indexed()
    large = queries_for(client, url)

    assert_flat_query_count(small, large, 20)
    assert "Exercise" in client.get(url + "&page=3").content.decode()


def test_a_region_pages_new_region_reaches_its_childrens_documents(engine, site, indexed):
    """Plans and events take their region page's region: publishing the region page re-indexes them."""
    region_page = site.asia
    region_page.region = site.taxonomy.africa
    region_page.save_revision().publish()
    engine.refresh()

    outcome = outcome_on(engine.backends, {"q": "india", "region": ["africa"]}, site.english)
    assert [hit.title for hit in outcome.hits] == ["India national programme"]
    assert [hit.region for hit in outcome.hits] == ["Africa"]
