"""Interface text, dates, taxonomy names and error pages in the visitor's language."""

import pytest
from django.template import Context, Template
from django.utils import translation

from core.templatetags.content_tags import date_range
from tests import factories, soup_of, text_of
from tests.i18n.conftest import EVENT_DATE

pytestmark = pytest.mark.django_db


def test_the_interface_is_translated(client, site, french_site, arabic_site):
    french = text_of(client.get("/fr/a-propos/"))
    arabic = text_of(client.get("/ar/about/"))

    assert "Aller au contenu principal" in french
    assert "Skip to main content" not in french
    assert "Caucus Genre du SMSI" in french
    assert "انتقل إلى المحتوى الرئيسي" in arabic


def test_an_event_page_shows_its_date_in_the_languages_format(client, site, french_site):
    french_event = factories.publish_translation(site["event"], "fr", title="Atelier genre et TIC")

    french = soup_of(client.get(french_event.url)).select_one(".page-header__date time")
    english = soup_of(client.get(site["event"].url)).select_one(".page-header__date time")

    assert french.get_text() == "17 novembre 2003"
    assert english.get_text() == "Nov. 17, 2003"
    assert french["datetime"] == english["datetime"] == "2003-11-17"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "17 novembre 2003"),
        ("es", "17 de noviembre de 2003"),
        ("ru", "17 ноября 2003 г."),
        ("zh-hans", "2003年11月17日"),
        ("ar", "17 نوفمبر، 2003"),
    ],
)
def test_date_ranges_use_the_active_languages_date_format(language, expected):
    with translation.override(language):
        assert f">{expected}</time>" in str(date_range(EVENT_DATE))


def test_a_region_without_a_french_name_shows_its_english_name(client, site, french_site):
    region = site["region"]
    assert not region.name_fr
    french_region_page = factories.publish_translation(site["region_page"], "fr", title="Afrique australe : programmes")

    eyebrow = soup_of(client.get(french_region_page.url)).select_one(".page-header .eyebrow")
    assert eyebrow.get_text(strip=True) == "Southern Africa"

    region.name_fr = "Afrique australe"
    region.save()
    eyebrow = soup_of(client.get(french_region_page.url)).select_one(".page-header .eyebrow")
    assert eyebrow.get_text(strip=True) == "Afrique australe"
    english = soup_of(client.get(site["region_page"].url)).select_one(".page-header .eyebrow")
    assert english.get_text(strip=True) == "Southern Africa"


def test_a_missing_page_under_fr_is_explained_in_french(client, settings, site, french_site):
    settings.DEBUG = False

    response = client.get("/fr/page-inexistante/")

    assert response.status_code == 404
    soup = soup_of(response)
    assert soup.html["lang"] == "fr"
    assert soup.find("h1").get_text(strip=True) == "Page introuvable"
    assert soup.title.get_text(strip=True).startswith("Page introuvable")
    home_link = soup.select_one("main a[href='/fr/']")
    assert home_link is not None
    assert home_link.get_text(strip=True) == "Aller à la page d’accueil"
    assert "Page not found" not in text_of(response)


@pytest.mark.parametrize(
    ("language", "counts", "expected"),
    [
        ("ru", [1, 3, 5, 21], ["1 минута", "3 минуты", "5 минут", "21 минута"]),
        ("ar", [1, 2, 3, 11], ["1 دقيقة", "2 دقيقتان", "3 دقائق", "11 دقيقة"]),
        ("fr", [0, 1, 2], ["0 minute", "1 minute", "2 minutes"]),
        ("zh-hans", [1, 5], ["1 分钟", "5 分钟"]),
    ],
)
def test_plural_forms_follow_the_language(language, counts, expected):
    template = Template(
        "{% load i18n %}{% blocktranslate trimmed count minutes=n %}{{ minutes }} minute{% plural %}"
        "{{ minutes }} minutes{% endblocktranslate %}"
    )
    with translation.override(language):
        assert [template.render(Context({"n": count})) for count in counts] == expected


@pytest.mark.parametrize(("language", "expected"), [("en", "1234.5"), ("fr", "1234,5"), ("pt", "1234,5")])
def test_numbers_in_templates_use_the_languages_decimal_separator(language, expected):
    with translation.override(language):
        assert Template("{{ value }}").render(Context({"value": 1234.5})) == expected
