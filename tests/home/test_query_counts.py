"""The home page runs the same number of queries with 5 menu sections and listed items as with 50."""

import datetime

import pytest
from django.utils import timezone

from tests import assert_flat_query_count, factories, listing_queries

pytestmark = pytest.mark.django_db

MAX_QUERIES = 25


def test_home_page(client, programmes):
    home = programmes.get_parent().specific
    region_page = factories.create_region_page(programmes)
    library = factories.create_training_index(programmes)
    factories.create_event_calendar(programmes)
    image = factories.create_image()
    material_type = factories.create_material_type("Guide")
    for number in range(1, 6):
        factories.create_priority(number)
    today = timezone.localdate()

    def grow(count):
        plans = []
        for index in range(count):
            factories.create_standard_page(home, revision=False, show_in_menus=True)
            plans.append(factories.create_plan(region_page, revision=False, listing_image=image, country="MW"))
            offset = datetime.timedelta(days=index + 1)
            factories.create_event(region_page, revision=False, start_date=today + offset, country="MW", city="Zomba")
            factories.create_event(region_page, revision=False, start_date=today - offset, country="IN")
            factories.create_material(library, revision=False, material_type=material_type, duration_minutes=45)
        factories.feature_plans(home, [*home.get_featured_plans(), *plans][:6])

    assert_flat_query_count(*listing_queries(client, home.url, grow, purged=True), MAX_QUERIES)
