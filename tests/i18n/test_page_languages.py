"""No address leads nowhere: a page missing in one language offers the others, and only one missing in all is a 404."""

import pytest

from tests import factories, hrefs, soup_of, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def malawi_plan(site):
    return factories.create_plan(site["region_page"], title="Malawi national programme", country="MW")


def test_a_country_webspace_answers_in_a_language_with_nothing_about_it_and_points_to_those_that_have(
    client, site, french_site, malawi_plan
):
    response = client.get("/fr/programmes/countries/MW/")

    assert response.status_code == 200
    assert "Malawi" in soup_of(response).find("h1").get_text()
    english = soup_of(response).find("a", hreflang="en", href="/en/programmes/countries/MW/")
    assert english is not None and english["lang"] == "en"
    assert "Malawi national programme" not in text_of(response)


def test_every_language_the_switcher_links_from_a_country_webspace_answers(client, site, french_site, malawi_plan):
    nav = soup_of(client.get("/en/programmes/countries/MW/")).find("nav", class_="language-switcher")
    urls = [anchor["href"] for anchor in nav.find_all("a", href=True)]

    assert "/fr/programmes/countries/MW/" in urls
    assert {url: client.get(url).status_code for url in urls} == dict.fromkeys(urls, 200)


def test_a_country_with_nothing_published_in_any_language_is_not_found(client, site, french_site, malawi_plan):
    assert client.get("/fr/programmes/countries/KE/").status_code == 404


def test_an_address_with_another_languages_slug_redirects_to_the_translation(client, site, french_site):
    response = client.get("/fr/about/")

    assert response.status_code == 302
    assert response["Location"] == "/fr/a-propos/"


def test_a_sub_page_address_keeps_its_route_when_redirected(client, site, malawi_plan):
    index = factories.publish_translation(site["programmes"], "fr", title="Nos programmes", slug="nos-programmes")

    response = client.get("/fr/programmes/countries/MW/")

    assert response.status_code == 302
    assert response["Location"] == f"{index.url}countries/MW/" == "/fr/nos-programmes/countries/MW/"


def test_a_page_missing_in_this_language_offers_the_languages_it_exists_in(client, site, french_site, arabic_site):
    response = client.get("/ar/programmes/")

    assert response.status_code == 300
    choices = {anchor["hreflang"]: anchor["href"] for anchor in soup_of(response).select("main .link-list a")}
    assert choices == {"en": "/en/programmes/", "fr": "/fr/programmes/"}
    assert soup_of(response).find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_an_address_that_exists_in_no_language_is_not_found(client, site, french_site):
    assert client.get("/fr/nowhere/").status_code == 404
    assert client.get("/fr/about/nothing-below/").status_code == 404
    assert "/en/" in hrefs(client.get("/fr/nowhere/"))
