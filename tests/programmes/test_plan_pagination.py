"""Long and empty plan listings: pagination that keeps the filters, a bad page number, no plans at all, and queries
that do not grow with the number of plans (the filters themselves: test_plan_filters.py)."""

import pytest

from programmes.filters import PAGE_SIZE
from programmes.models import ProgrammePlanPage
from tests import assert_flat_query_count, factories, hrefs, listing_queries, soup_of, text_of
from tests.programmes.listing import MAX_QUERIES, build, card_titles, status

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_plans(programmes, southern_africa):
    priority = factories.create_priority(1, "Capacity building")
    for number in range(PAGE_SIZE + 3):
        build(southern_africa, title=f"Plan {number:02d}", country="MW", priorities=[priority], showcased=number == 14)
    build(southern_africa, title="Zambia plan", country="ZM")


def test_plans_are_paginated_and_pages_keep_the_filters(client, many_plans):
    first = client.get("/en/programmes/?country=MW")

    assert len(card_titles(first)) == PAGE_SIZE
    assert card_titles(first)[0] == "Plan 14"
    assert "15 programme plans match these filters." in status(first)
    pagination = soup_of(first).select_one("nav.pagination")
    assert "Page 1 of 2" in pagination.get_text()
    next_link = pagination.find("a", rel="next")["href"]
    assert next_link == "?country=MW&page=2#plans"

    second = client.get("/en/programmes/?country=MW&page=2")

    assert len(card_titles(second)) == 3
    assert "Zambia plan" not in card_titles(second)
    assert soup_of(second).select_one("nav.pagination").find("a", rel="prev")["href"] == "?country=MW#plans"
    # A filter link starts again from the first page.
    assert all("page=" not in href for href in hrefs(soup_of(second).select_one("nav.facets")))


@pytest.mark.parametrize(("page", "shown"), [("abc", PAGE_SIZE), ("99", 4), ("-1", 4), ("0", 4)])
def test_a_bad_page_number_shows_a_page_instead_of_an_error(client, many_plans, page, shown):
    response = client.get(f"/en/programmes/?page={page}")

    assert response.status_code == 200
    assert len(card_titles(response)) == shown


def test_no_plans_at_all_shows_no_filters(client, programmes):
    response = client.get("/en/programmes/")

    assert "No programme plans have been published yet." in text_of(response)
    assert soup_of(response).select_one("form.filter-form") is None


@pytest.mark.usefixtures("no_fragment_cache")
@pytest.mark.parametrize("query", ["", "?region=east-africa&priority=governance&scope=national"])
def test_plan_listing_queries_do_not_grow_with_the_number_of_plans(client, programmes, southern_africa, query):
    priorities = [factories.create_priority(1, "Capacity building"), factories.create_priority(2, "Governance")]
    east_africa = factories.create_region_page(programmes, factories.create_region("East Africa"), revision=False)
    countries = ["MW", "ZM", "KE", "TZ", "UG", "IN", "BR"]
    built = []

    def grow(count):
        for _ in range(count):
            number = len(built)
            built.append(
                build(
                    (southern_africa, east_africa)[number % 2],
                    country=countries[number % len(countries)],
                    scope=ProgrammePlanPage.Scope.values[number % 3],
                    priorities=priorities[: number % 3],
                    showcased=number % 4 == 0,
                    showcase_reason="A model.",
                )
            )

    assert_flat_query_count(*listing_queries(client, f"/en/programmes/{query}", grow, sizes=(5, 40)), MAX_QUERIES)
