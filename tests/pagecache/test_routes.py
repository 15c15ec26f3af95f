"""Which page an address names, and the section pages a render links to, are kept until the page tree changes
(core.routing, core.tree_cache, pagecache.tree): a render finds its page in one query, and whatever changes the tree
shows on the next request. The page cache is off here (the test settings); only these caches and the fragments are on.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from core.models import SiteSettings
from tests import factories, hrefs, soup_of, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site_settings(home):
    # The first render would create the site's settings row, and a settings change purges: create it before any visit.
    SiteSettings.for_site(home.get_site())


@pytest.fixture
def plan(programmes):
    region_page = factories.create_region_page(programmes, factories.create_region("Southern Africa"), slug="africa")
    return factories.create_plan(region_page, title="Malawi plan", slug="malawi")


def title_of(response):
    return soup_of(response).h1.get_text(strip=True)


def by_slug(sql):
    return '."slug" = ' in sql.partition(" WHERE ")[2]


def render(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, [query["sql"] for query in queries]


def test_a_page_visited_before_is_found_in_one_query(client, plan):
    first, walked = render(client, "/en/programmes/africa/malawi/")
    second, found = render(client, "/en/programmes/africa/malawi/")

    assert title_of(first) == title_of(second) == "Malawi plan"
    # The first render walks the tree: the site, then a page per path segment by its slug.
    assert any('"wagtailcore_site"' in sql for sql in walked)
    assert sum(by_slug(sql) for sql in walked) == 3
    assert not any('"wagtailcore_site"' in sql or by_slug(sql) for sql in found)
    assert len(found) <= len(walked) - 6


def test_an_unpublished_page_is_gone_at_once(client, plan):
    client.get(plan.url)
    client.get(plan.url)

    plan.unpublish()

    assert client.get(plan.url).status_code == 404


def test_a_published_slug_change_moves_the_page_at_once(client, plan):
    client.get("/en/programmes/africa/malawi/")

    plan.slug = "malawi-2030"
    plan.save_revision().publish()

    assert client.get("/en/programmes/africa/malawi/").status_code == 404
    assert title_of(client.get("/en/programmes/africa/malawi-2030/")) == "Malawi plan"


def test_an_address_whose_page_changed_without_a_publish_is_walked_again(client, plan):
    client.get("/en/programmes/africa/")
    client.get("/en/programmes/africa/malawi/")

    # A save without a revision or a publish (a script, a shell) tells the page cache nothing.
    region_page = plan.get_parent()
    region_page.slug = "southern-africa"
    region_page.save()

    assert client.get("/en/programmes/africa/malawi/").status_code == 404
    assert title_of(client.get("/en/programmes/southern-africa/malawi/")) == "Malawi plan"


def test_a_moved_page_answers_at_its_new_address(client, programmes, plan):
    other = factories.create_region_page(programmes, factories.create_region("Asia"), slug="asia")
    client.get("/en/programmes/africa/malawi/")

    plan.move(other, pos="last-child")

    assert client.get("/en/programmes/africa/malawi/").status_code != 200
    assert title_of(client.get("/en/programmes/asia/malawi/")) == "Malawi plan"


def test_a_language_whose_home_page_is_published_answers_from_its_own_tree(client, home):
    about = factories.create_standard_page(home, title="About the Caucus", slug="about")
    french = factories.locale("fr")  # Beforehand: a new locale changes every page's cache (the site's generation).
    # No French home page yet: Wagtail finds the English page, which the visitor is sent to.
    response = client.get("/fr/about/")
    assert (response.status_code, response["Location"]) == (302, "/en/about/")

    # Translated and published as in the admin (the test factories purge the whole cache instead).
    home.copy_for_translation(french).save_revision().publish()
    french_about = about.copy_for_translation(french)
    french_about.title = "À propos du Caucus"
    french_about.save_revision().publish()

    response = client.get("/fr/about/")
    assert response.status_code == 200
    assert title_of(response) == "À propos du Caucus"


def test_a_page_made_private_asks_for_the_password_at_once(client, plan):
    assert "Malawi plan" in text_of(client.get(plan.url))

    PageViewRestriction.objects.create(
        page=plan.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="letmein"
    )

    response = client.get(plan.url)
    assert "Malawi plan" not in text_of(response)
    assert soup_of(response).find("input", attrs={"type": "password"}) is not None


def test_links_to_a_section_page_follow_its_publishing(client, home, programmes):
    library = factories.create_training_index(home)
    material = factories.create_material(library, title="A guide", countries=["MW"])
    country_page = "/en/programmes/countries/MW/"
    assert country_page in hrefs(client.get(material.url))
    assert country_page in hrefs(client.get(material.url))

    programmes.unpublish()

    response = client.get(material.url)
    assert country_page not in hrefs(response)
    assert "Malawi" in text_of(response)

    programmes.save_revision().publish()

    assert country_page in hrefs(client.get(material.url))
