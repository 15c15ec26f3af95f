"""The site chrome (menu, breadcrumbs, language links, footer) is rendered once and reused until the content changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pagecache import store
from tests import factories, soup_of

pytestmark = pytest.mark.django_db


def menu_titles(response):
    nav = soup_of(response).select_one("nav.site-nav")
    return [anchor.get_text(strip=True) for anchor in nav.find_all("a", href=True)] if nav else []


def breadcrumb_titles(response):
    return [item.get_text(" ", strip=True) for item in soup_of(response).select("nav.breadcrumbs li")]


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_a_second_render_reuses_the_chrome_and_runs_fewer_queries(client, home, programmes):
    factories.create_standard_page(home, title="About", show_in_menus=True)
    region_page = factories.create_region_page(programmes, factories.create_region("Southern Africa"))
    plan = factories.create_plan(region_page, title="Malawi plan")

    first = queries_of(client, plan.url)
    second = queries_of(client, plan.url)
    # The menu, the breadcrumbs and the footer text come from the cache.
    assert second <= first - 3


@pytest.fixture
def site_pages(home, programmes):
    """One listing and one detail page of each section, and a page in the menu, so every fragment has content."""
    factories.create_standard_page(home, title="About", show_in_menus=True)
    region_page = factories.create_region_page(programmes, factories.create_region("Southern Africa"))
    library = factories.create_training_index(home)
    book = factories.create_sourcebook(home, title="Sourcebook")
    return {
        "home": home,
        "programmes": programmes,
        "region": region_page,
        "plan": factories.create_plan(region_page, title="Malawi plan"),
        "training library": library,
        "material": factories.create_material(library, title="A guide"),
        "sourcebook": book,
        "chapter": factories.create_chapter(book, title="Introduction"),
    }


@pytest.mark.parametrize(
    "name", ["home", "programmes", "region", "plan", "training library", "material", "sourcebook", "chapter"]
)
def test_listings_and_detail_pages_run_fewer_queries_with_the_chrome_cached(client, site_pages, name):
    url = site_pages[name].url
    client.get(url)  # The first visit creates the site settings, which purges the cache.

    store.purge()  # As a publish elsewhere would: every fragment is rendered again.
    cold = queries_of(client, url)
    warm = queries_of(client, url)

    # The menu and the footer text at least; detail pages also their breadcrumbs and translations.
    assert warm <= cold - 2, f"{warm} queries with the chrome cached, {cold} without"


def test_a_newly_published_menu_page_is_in_the_menu_at_once(client, home, programmes):
    factories.create_standard_page(home, title="About", show_in_menus=True)
    assert menu_titles(client.get(programmes.url)) == ["About"]

    factories.create_standard_page(home, title="Join us", show_in_menus=True)

    assert menu_titles(client.get(programmes.url)) == ["About", "Join us"]


def test_a_title_published_in_a_section_shows_in_its_breadcrumbs_at_once(client, home, programmes):
    region_page = factories.create_region_page(programmes, factories.create_region("Southern Africa"))
    plan = factories.create_plan(region_page, title="Malawi plan")
    assert "Southern Africa" in breadcrumb_titles(client.get(plan.url))

    region_page.title = "Africa South of the Sahara"
    region_page.save_revision().publish()

    assert "Africa South of the Sahara" in breadcrumb_titles(client.get(plan.url))


def test_arabic_and_french_menus_are_not_mixed_up(client, home):
    about = factories.create_standard_page(home, title="About", show_in_menus=True)
    factories.publish_translation(about, "fr", title="À propos")
    factories.publish_translation(about, "ar", title="من نحن")

    for _ in range(2):  # The second round is served from the cache.
        assert menu_titles(client.get("/fr/")) == ["À propos"]
        assert menu_titles(client.get("/ar/")) == ["من نحن"]
        assert menu_titles(client.get("/en/")) == ["About"]


def test_a_preview_of_a_draft_title_does_not_reach_visitors(client, home, programmes):
    region_page = factories.create_region_page(programmes, factories.create_region("Southern Africa"))
    plan = factories.create_plan(region_page, title="Malawi plan")
    assert client.get(region_page.url).status_code == 200  # Creates the site settings: that purges the cache.

    region_page.title = "Secret draft title"
    preview = region_page.make_preview_request()
    assert "Secret draft title" in preview.content.decode()
    region_page.refresh_from_db()

    response = client.get(region_page.url)
    assert "Secret draft title" not in response.content.decode()
    assert "Secret draft title" not in breadcrumb_titles(client.get(plan.url))


def test_an_editors_render_does_not_reach_anonymous_visitors(client, admin_client, home, programmes):
    factories.create_standard_page(home, title="About", show_in_menus=True)
    assert admin_client.get(programmes.url).status_code == 200

    response = client.get(programmes.url)

    assert "wagtail-userbar" not in response.content.decode()
    assert menu_titles(response) == ["About"]


def test_a_private_menu_page_stays_out_of_every_menu(client, admin_client, home, programmes):
    private = factories.create_standard_page(home, title="Members only", show_in_menus=True)
    private.view_restrictions.create(restriction_type="login")
    factories.create_standard_page(home, title="About", show_in_menus=True)

    assert menu_titles(admin_client.get(programmes.url)) == ["About"]
    assert menu_titles(client.get(programmes.url)) == ["About"]


def facts_of(response):
    return " ".join(soup_of(response).select_one("aside.facts-panel").get_text(" ").split())


def test_a_plans_facts_follow_its_publishing_and_the_taxonomy(client, home, programmes):
    priority = factories.create_priority(1, "Capacity building")
    region_page = factories.create_region_page(programmes, factories.create_region("Southern Africa"))
    plan = factories.create_plan(region_page, title="Malawi plan", priorities=[priority])
    client.get(plan.url)  # Creates the site settings: that purges the cache.
    assert "Capacity building" in facts_of(client.get(plan.url))

    priority.name = "Building capacity"
    priority.save()  # A snippet: every page may show it.
    plan.organisers = "Women of Uganda Network"
    preview = plan.make_preview_request()
    plan.refresh_from_db()

    assert "Women of Uganda Network" in preview.content.decode()
    facts = facts_of(client.get(plan.url))
    assert "Building capacity" in facts
    assert "Women of Uganda Network" not in facts

    plan.organisers = "Women of Uganda Network"
    plan.save_revision().publish()

    assert "Women of Uganda Network" in facts_of(client.get(plan.url))


def test_an_events_facts_link_its_plan_once_the_plan_is_published(client, home, programmes):
    region_page = factories.create_region_page(programmes, factories.create_region("Southern Africa"))
    plan = factories.create_plan(region_page, title="Malawi plan", publish=False)
    event = factories.create_event(region_page, title="Lilongwe workshop", plan=plan)
    client.get(event.url)
    assert "Malawi plan" not in facts_of(client.get(event.url))

    plan.get_latest_revision().publish()

    assert "Malawi plan" in facts_of(client.get(event.url))
