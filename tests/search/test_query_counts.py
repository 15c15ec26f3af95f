"""A search runs the same number of queries for 5 matching pages as for 30: facets are counted over the matching ids
in a fixed number of queries, and only the current page of results is loaded, one query per page type."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import assert_flat_query_count, factories

pytestmark = pytest.mark.django_db

MAX_QUERIES = 30


def grow(site, count, start):
    """`count` more pages titled "Exercise …", cycling through the page types search shows."""
    t = site.taxonomy
    for number in range(start, start + count):
        title = f"Exercise {number}"
        kind = number % 5
        if kind == 0:
            factories.create_material(
                site.library,
                title=title,
                revision=False,
                material_type=t.guide,
                priorities=[t.advocacy, t.capacity],
                topics=[t.policy],
                summary="A training exercise.",
            )
        elif kind == 1:
            factories.create_plan(site.africa, title=title, revision=False, priorities=[t.advocacy])
        elif kind == 2:
            factories.create_event(
                site.asia, title=title, revision=False, start_date=datetime.date(2005, 1, 1 + number % 28)
            )
        elif kind == 3:
            factories.create_chapter(site.sourcebook, title=title, revision=False)
        else:
            factories.create_standard_page(site.home, title=title, revision=False)


def queries_for(client, url):
    assert client.get(url).status_code == 200  # fills the site-root and content-type caches
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in context.captured_queries]


@pytest.mark.parametrize(
    "url",
    [
        "/en/search/?q=exercise",
        "/en/search/?q=exercise&sort=date&lang=all",
        "/en/search/api/?q=exercise&type=material&type=plan&type=event&type=chapter&type=page",
    ],
)
def test_search_queries_do_not_grow_with_the_results(client, site, url):
    grow(site, 5, 0)
    small = queries_for(client, url)
    grow(site, 25, 5)
    large = queries_for(client, url)

    assert_flat_query_count(small, large, MAX_QUERIES)


def test_filtered_search_queries_do_not_grow(client, site):
    url = f"/en/search/?q=exercise&priority={site.taxonomy.advocacy.slug}&region={site.taxonomy.africa.slug}"
    grow(site, 5, 0)
    small = queries_for(client, url)
    grow(site, 25, 5)
    large = queries_for(client, url)

    assert_flat_query_count(small, large, MAX_QUERIES)


def test_autocomplete_queries_are_bounded(client, site):
    grow(site, 30, 0)

    assert len(queries_for(client, "/en/search/autocomplete/?q=exer")) <= 5
