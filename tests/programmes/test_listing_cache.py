"""The programmes listings are kept in the fragment cache, per page, filters and page number: the next request after
a publish, an unpublish, a privacy change, a taxonomy edit or midnight shows the change, and a cached render runs
fewer queries than a fresh one, never more than the listings' budget.

Drafts are published through their revision here (Wagtail's own publish and its signals), so only the sections the
page cache purges for that page are purged; the factories' bulk saves would purge everything.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from pagecache import store
from tests import factories, soup_of, text_of
from tests.programmes.listing import card_titles, facets
from tests.programmes.test_query_counts import MAX_QUERIES

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site_settings(client, home):
    """The first visit creates the site settings, which purges the cache: made here, so the visits that fill the cache
    in the tests stay cached until what the test changes."""
    client.get(home.url)


def publish(draft):
    draft.get_latest_revision().publish()


def country_names(response):
    return [item.get_text(strip=True) for item in soup_of(response).select(".country-list__link")]


def test_a_published_plan_is_in_every_cached_state_of_the_plan_listing(client, programmes, southern_africa):
    factories.create_plan(southern_africa, title="Malawi plan", priorities=[factories.create_priority(1, "Access")])
    draft = factories.create_plan(southern_africa, title="Zambia plan", publish=False)
    filtered = f"{programmes.url}?region={southern_africa.region.slug}"
    assert card_titles(client.get(programmes.url)) == ["Malawi plan"]
    assert card_titles(client.get(filtered)) == ["Malawi plan"]
    assert "Zambia plan" not in text_of(client.get(southern_africa.url))

    publish(draft)

    assert sorted(card_titles(client.get(programmes.url))) == ["Malawi plan", "Zambia plan"]
    assert sorted(card_titles(client.get(filtered))) == ["Malawi plan", "Zambia plan"]
    assert facets(client.get(programmes.url), "plan-facets")["region"]["Southern Africa"][0] == 2
    assert "Zambia plan" in text_of(client.get(southern_africa.url))


def test_each_filter_and_page_is_cached_apart(client, programmes, southern_africa):
    other = factories.create_region_page(programmes, factories.create_region("West Africa"))
    factories.create_plan(southern_africa, title="Malawi plan")
    factories.create_plan(other, title="Senegal plan")

    assert sorted(card_titles(client.get(programmes.url))) == ["Malawi plan", "Senegal plan"]
    assert card_titles(client.get(f"{programmes.url}?region={southern_africa.region.slug}")) == ["Malawi plan"]
    assert card_titles(client.get(f"{programmes.url}?region={other.region.slug}")) == ["Senegal plan"]
    assert "not recognised" in text_of(client.get(f"{programmes.url}?region=nowhere"))
    assert "not recognised" not in text_of(client.get(programmes.url))


def test_an_unpublished_or_private_plan_leaves_the_cached_listings(client, programmes, southern_africa):
    kept = factories.create_plan(southern_africa, title="Malawi plan")
    unpublished = factories.create_plan(southern_africa, title="Zambia plan")
    private = factories.create_plan(southern_africa, title="Botswana plan")
    assert len(card_titles(client.get(programmes.url))) == 3
    assert "Botswana plan" in text_of(client.get(southern_africa.url))

    unpublished.unpublish()
    assert sorted(card_titles(client.get(programmes.url))) == ["Botswana plan", "Malawi plan"]

    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert card_titles(client.get(programmes.url)) == [kept.title]
    assert "Botswana plan" not in text_of(client.get(southern_africa.url))


def test_a_renamed_topic_is_renamed_in_the_cached_library_facets(client, programmes):
    library = factories.create_training_index(programmes)
    topic = factories.create_topic("Advocacy")
    factories.create_material(library, title="Advocacy toolkit", topics=[topic])
    assert "Advocacy" in facets(client.get(library.url), "material-facets")["topic"]

    topic.name = "Lobbying"
    topic.save()

    assert list(facets(client.get(library.url), "material-facets")["topic"]) == ["Lobbying"]


def test_a_material_published_in_a_library_outside_the_section_is_on_the_map_and_the_webspace(client, home, programmes):
    library = factories.create_training_index(home, slug="library")  # /en/library/: another section
    factories.create_material(library, title="Zambian guide", countries=["ZM"])
    draft = factories.create_material(library, title="East African guide", countries=["KE", "ZM"], publish=False)
    countries_url = f"{programmes.url}countries/"
    assert country_names(client.get(programmes.url)) == ["Zambia"]
    assert country_names(client.get(countries_url)) == ["Zambia"]
    assert "East African guide" not in text_of(client.get(f"{countries_url}ZM/"))

    publish(draft)

    assert country_names(client.get(programmes.url)) == ["Kenya", "Zambia"]
    assert country_names(client.get(countries_url)) == ["Kenya", "Zambia"]
    assert "East African guide" in text_of(client.get(f"{countries_url}ZM/"))


def test_a_material_published_in_another_language_is_counted_in_the_cached_language_links(client, home):
    library = factories.create_training_index(home, slug="library")
    factories.create_material(library, title="Advocacy toolkit")
    factories.publish_translation(home, "fr", copy_parents=False)
    french_library = factories.publish_translation(library, "fr", copy_parents=False, title="Formation")
    draft = factories.create_material(french_library, title="Boîte à outils", publish=False)
    assert french_library.url == "/fr/formation/"  # Not the English library's section.
    assert facets(client.get(library.url), "material-facets")["language"]["Français"][0] == 0

    publish(draft)

    assert facets(client.get(library.url), "material-facets")["language"]["Français"][0] == 1


def test_the_cached_calendar_moves_an_event_to_the_past_the_day_after_it_ends(
    client, programmes, southern_africa, monkeypatch
):
    calendar = factories.create_event_calendar(programmes)
    today = timezone.localdate()
    factories.create_event(southern_africa, title="Closing workshop", start_date=today)
    draft = factories.create_event(southern_africa, title="Opening workshop", start_date=today, publish=False)

    def titles(section_id):
        section = soup_of(client.get(calendar.url)).select_one(f"[aria-labelledby='{section_id}-title']")
        return sorted(heading.get_text(strip=True) for heading in section.select(".card__title"))

    assert titles("upcoming") == ["Closing workshop"]
    publish(draft)
    assert titles("upcoming") == ["Closing workshop", "Opening workshop"]

    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: today + datetime.timedelta(days=1))

    assert titles("upcoming") == []
    assert titles("past") == ["Closing workshop", "Opening workshop"]


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "name", ["programmes", "countries", "region", "calendar", "training library", "filtered library", "country"]
)
def test_a_cached_listing_runs_fewer_queries_and_a_fresh_one_stays_in_budget(client, home, programmes, name):
    region_page = factories.create_region_page(programmes, factories.create_region("Southern Africa"))
    factories.create_plan(region_page, title="Malawi plan", country="MW")
    factories.create_event(region_page, title="Lilongwe workshop", country="MW")
    library = factories.create_training_index(programmes)
    topic = factories.create_topic("Advocacy")
    factories.create_material(library, title="Advocacy toolkit", topics=[topic], countries=["MW"])
    calendar = factories.create_event_calendar(programmes)
    url = {
        "programmes": programmes.url,
        "countries": f"{programmes.url}countries/",
        "region": region_page.url,
        "calendar": calendar.url,
        "training library": library.url,
        "filtered library": f"{library.url}?topic=advocacy&level=introductory",
        "country": f"{programmes.url}countries/MW/",
    }[name]
    client.get(url)  # The first visit creates the site settings, which purges the cache.

    store.purge()  # As a publish would: every fragment is rendered again.
    fresh = queries_of(client, url)
    cached = queries_of(client, url)

    assert fresh <= MAX_QUERIES
    assert cached <= fresh - 2, f"{cached} queries with the listing cached, {fresh} without"


@pytest.mark.usefixtures("no_fragment_cache")
def test_without_the_fragment_cache_each_render_runs_in_full(client, programmes, southern_africa):
    """What the query-count tests rely on to count a listing's own queries (a query per card would show)."""
    factories.create_plan(southern_africa, title="Malawi plan")
    client.get(programmes.url)

    assert queries_of(client, programmes.url) == queries_of(client, programmes.url) > 15
