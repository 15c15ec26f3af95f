"""<html lang dir> for every language, and hreflang alternates that point search engines at each translation."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories, soup_of

pytestmark = pytest.mark.django_db


def alternates(response):
    return {
        link["hreflang"]: link["href"]
        for link in soup_of(response).head.find_all("link", rel="alternate")
        if link.get("hreflang")
    }


@pytest.mark.parametrize(
    ("url", "lang", "direction"),
    [("/en/about/", "en", "ltr"), ("/fr/a-propos/", "fr", "ltr"), ("/ar/about/", "ar", "rtl")],
)
def test_the_html_element_has_the_pages_language_and_direction(
    client, site, french_site, arabic_site, url, lang, direction
):
    html = soup_of(client.get(url)).html

    assert (html["lang"], html["dir"]) == (lang, direction)


def test_simplified_chinese_is_tagged_zh_hans(client, site):
    chinese = factories.publish_translation(site["about"], "zh-hans", title="关于我们", slug="about")

    response = client.get(chinese.url)

    assert response.status_code == 200
    assert soup_of(response).html["lang"] == "zh-Hans"
    assert alternates(response)["zh-Hans"] == "http://testserver/zh-hans/about/"


def test_error_pages_have_the_language_of_their_prefix(client, site):
    html = soup_of(client.get("/ar/no-such-page/")).html

    assert (html["lang"], html["dir"]) == ("ar", "rtl")


def test_alternates_list_every_live_translation_and_the_english_default(client, site, french_site, arabic_site):
    site["about"].copy_for_translation(
        factories.publish_translation(site["home"], "es", title="Inicio").locale
    )  # a draft

    expected = {
        "en": "http://testserver/en/about/",
        "fr": "http://testserver/fr/a-propos/",
        "ar": "http://testserver/ar/about/",
        "x-default": "http://testserver/en/about/",
    }
    for url in ("/en/about/", "/fr/a-propos/", "/ar/about/"):
        assert alternates(client.get(url)) == expected


def test_alternates_and_switcher_share_one_query(client, site, french_site, arabic_site):
    client.get("/fr/a-propos/")  # warm the site-root-path cache

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/a-propos/")

    assert len(alternates(response)) == 4
    translation_lookups = [
        query["sql"]
        for query in queries.captured_queries
        if '"translation_key"' in query["sql"]
        and '"wagtailcore_locale"' in query["sql"]
        and '"show_in_menus"' not in query["sql"]  # The menu orders its items by the default language's tree.
    ]
    assert len(translation_lookups) == 1, translation_lookups


def test_views_that_are_not_pages_have_no_alternates(client, site):
    assert alternates(client.get("/en/search/", {"q": "gender"})) == {}
