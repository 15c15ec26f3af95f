"""The language switcher: the same page in every language that has it, and a plain note for those that do not."""

import pytest
from django.conf import settings
from django.urls import reverse

from tests import factories, soup_of

pytestmark = pytest.mark.django_db

NAMES = dict(settings.LANGUAGES)


def switcher(response):
    nav = soup_of(response).find("nav", class_="language-switcher")
    assert nav is not None, "the page has no language switcher"
    return nav


def links(nav):
    return {anchor["hreflang"]: anchor for anchor in nav.find_all("a", href=True)}


def untranslated(nav):
    """{language tag: note text} for the languages listed without a link."""
    items = {}
    for item in nav.select(".language-switcher__unavailable"):
        name = item.find(attrs={"lang": True})
        items[name["lang"]] = " ".join(item.select_one(".language-switcher__note").get_text(" ").split())
    return items


def test_links_to_the_same_page_in_each_language_that_has_it(client, site, french_site, arabic_site):
    nav = switcher(client.get("/en/about/"))

    assert {tag: anchor["href"] for tag, anchor in links(nav).items()} == {
        "en": "/en/about/",
        "fr": "/fr/a-propos/",
        "ar": "/ar/about/",
    }
    for tag, anchor in links(nav).items():
        assert anchor["lang"] == tag
        assert anchor.get_text(strip=True) == NAMES[tag]
    assert links(nav)["en"]["aria-current"] == "page"


def test_says_which_languages_have_no_translation_yet_instead_of_linking_elsewhere(
    client, site, french_site, arabic_site
):
    nav = switcher(client.get("/en/about/"))

    assert untranslated(nav) == dict.fromkeys(("es", "ru", "zh-Hans", "pt"), "not yet translated")
    # No link poses as this page while leading to a home page.
    assert {anchor["href"] for anchor in nav.find_all("a", href=True)} == {"/en/about/", "/fr/a-propos/", "/ar/about/"}
    names = [" ".join(item.get_text(" ").split()) for item in nav.select("li")]
    assert names == [
        "English",
        "Français",
        "Español not yet translated",
        "العربية",
        "Русский not yet translated",
        "简体中文 not yet translated",
        "Português not yet translated",
    ]


def test_the_note_is_in_the_visitors_language(client, site, french_site):
    nav = switcher(client.get("/fr/a-propos/"))

    assert untranslated(nav)["es"] == "pas encore de traduction"
    assert links(nav)["fr"]["aria-current"] == "page"
    assert links(nav)["en"]["href"] == "/en/about/"
    assert nav.find("summary").get_text(" ", strip=True) == "Langue Français"


def test_a_draft_translation_is_not_offered(client, site):
    factories.publish_translation(site["home"], "es", title="Inicio", hero_title="Cerrar la brecha")
    draft = site["about"].copy_for_translation(factories.locale("es"))
    assert not draft.live

    nav = switcher(client.get("/en/about/"))

    assert "es" not in links(nav)
    assert "es" in untranslated(nav)


def test_routable_sub_pages_keep_their_path_in_the_other_language(client, site, french_site):
    response = client.get("/en/programmes/countries/")

    assert response.status_code == 200
    assert links(switcher(response))["fr"]["href"] == "/fr/programmes/countries/"


def test_views_that_are_not_pages_link_to_the_same_view_in_every_language(client, site):
    nav = switcher(client.get(reverse("search"), {"q": "gender"}))

    assert links(nav)["zh-Hans"]["href"] == "/zh-hans/search/?q=gender"
    assert len(links(nav)) == len(settings.LANGUAGES)
    assert not untranslated(nav)


def test_the_404_page_links_each_language_to_its_home_page_and_says_so(client, site, french_site):
    nav = switcher(client.get("/en/no-such-page/"))

    assert {tag: anchor["href"] for tag, anchor in links(nav).items()} == {"en": "/en/", "fr": "/fr/"}
    for anchor in links(nav).values():
        assert anchor.select_one(".language-switcher__note").get_text(strip=True) == "home page"
