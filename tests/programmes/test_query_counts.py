"""Listings in the programmes section run the same number of queries for 5 items as for 50, rendered in full (the
fragment cache off: test_listing_cache.py counts the cached renders)."""

import datetime

import pytest
from django.utils import timezone

from tests import assert_flat_query_count, factories, listing_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_fragment_cache")]

MAX_QUERIES = 25


@pytest.fixture
def taxonomy(db):
    """The shared terms and image every listed item carries, so cards exercise all their relations."""
    return {
        "image": factories.create_image("Workshop photo"),
        "priorities": [factories.create_priority(1, "Capacity building"), factories.create_priority(2, "Governance")],
        "topics": [factories.create_topic("Advocacy"), factories.create_topic("ICT policy")],
        "material_type": factories.create_material_type("Guide"),
    }


def add_plans(region_page, count, taxonomy, **fields):
    for index in range(count):
        factories.create_plan(
            region_page,
            revision=False,
            summary="A national programme.",
            country=fields.get("country", "MW"),
            showcased=index % 3 == 0,
            listing_image=taxonomy["image"],
            priorities=taxonomy["priorities"],
            end_date=datetime.date(2004, 1, 1),
        )


def add_events(region_page, count, taxonomy, plan=None, **fields):
    today = timezone.localdate()
    for index in range(count):
        offset = datetime.timedelta(days=index + 1)
        factories.create_event(
            region_page,
            revision=False,
            start_date=today + offset if index % 2 else today - offset,
            city="Lilongwe",
            country=fields.get("country", "MW"),
            plan=plan,
            priorities=taxonomy["priorities"],
        )


def add_materials(library, count, taxonomy, **fields):
    for _ in range(count):
        factories.create_material(
            library,
            revision=False,
            summary="A guide.",
            material_type=taxonomy["material_type"],
            topics=taxonomy["topics"],
            priorities=taxonomy["priorities"],
            listing_image=taxonomy["image"],
            countries=[fields.get("country", "MW"), "ZM"],
            duration_minutes=60,
        )


def add_regions(programmes, count, taxonomy):
    for _ in range(count):
        region_page = factories.create_region_page(programmes, revision=False, summary="A region.")
        add_plans(region_page, 1, taxonomy)


def test_programme_index(client, programmes, southern_africa, taxonomy):
    def grow(count):
        add_regions(programmes, count, taxonomy)
        add_plans(southern_africa, count, taxonomy)

    assert_flat_query_count(*listing_queries(client, programmes.url, grow), MAX_QUERIES)


def test_region_page(client, southern_africa, taxonomy):
    plan = factories.create_plan(southern_africa, title="Malawi plan")

    def grow(count):
        add_plans(southern_africa, count, taxonomy)
        add_events(southern_africa, count, taxonomy, plan=plan)

    assert_flat_query_count(*listing_queries(client, southern_africa.url, grow), MAX_QUERIES)


def test_event_calendar(client, programmes, southern_africa, taxonomy):
    calendar = factories.create_event_calendar(programmes)
    plan = factories.create_plan(southern_africa, title="Malawi plan")

    assert_flat_query_count(
        *listing_queries(client, calendar.url, lambda count: add_events(southern_africa, count, taxonomy, plan=plan)),
        MAX_QUERIES,
    )


def test_event_calendar_month(client, programmes, southern_africa, taxonomy):
    calendar = factories.create_event_calendar(programmes)
    month = f"{calendar.url}?month={timezone.localdate():%Y-%m}"

    assert_flat_query_count(
        *listing_queries(client, month, lambda count: add_events(southern_africa, count, taxonomy)), MAX_QUERIES
    )


def test_training_library(client, programmes, taxonomy):
    library = factories.create_training_index(programmes)

    assert_flat_query_count(
        *listing_queries(client, library.url, lambda count: add_materials(library, count, taxonomy)), MAX_QUERIES
    )


def test_country_webspace(client, programmes, southern_africa, taxonomy):
    library = factories.create_training_index(programmes)

    def grow(count):
        add_plans(southern_africa, count, taxonomy)
        add_events(southern_africa, count, taxonomy)
        add_materials(library, count, taxonomy)

    assert_flat_query_count(*listing_queries(client, "/en/programmes/countries/MW/", grow), MAX_QUERIES)


def test_country_list(client, programmes, southern_africa, taxonomy):
    codes = iter(["MW", "ZM", "IN", "AR", "KE", "ZA", "MZ", "BW", "NA", "TZ", "UG", "GH", "SN", "NG", "ET"] * 4)

    def grow(count):
        for _ in range(count):
            add_plans(southern_africa, 1, taxonomy, country=next(codes))

    assert_flat_query_count(*listing_queries(client, "/en/programmes/countries/", grow), MAX_QUERIES)
