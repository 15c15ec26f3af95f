"""Every page URL carries its language; / sends a visitor to the best language their browser asks for."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr-CA,fr;q=0.9", "/fr/"),
        ("zh-CN", "/zh-hans/"),
        ("ar", "/ar/"),
        ("pt-BR,pt;q=0.8,en;q=0.5", "/pt/"),
        ("de", "/en/"),
        ("de-DE,fr;q=0.5", "/fr/"),
        ("", "/en/"),
    ],
)
def test_the_root_redirects_to_the_best_accepted_language(client, home, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


def test_a_path_without_a_language_gets_one(client, home):
    response = client.get("/search/", HTTP_ACCEPT_LANGUAGE="es")

    assert response.status_code == 302
    assert response["Location"] == "/es/search/"


def test_a_language_without_a_home_page_sends_pages_to_their_own_language(client, site):
    """Wagtail would show the English page at /es/about/; the visitor goes to its real URL instead."""
    response = client.get("/es/about/?utm_source=newsletter")

    assert response.status_code == 302
    assert response["Location"] == "/en/about/?utm_source=newsletter"


def test_a_translated_page_is_served_under_its_own_language(client, site, french_site):
    response = client.get("/fr/a-propos/")

    assert response.status_code == 200
    # The English slug under the French prefix is not a second address for the page: it leads to the French one.
    assert client.get("/fr/about/")["Location"] == "/fr/a-propos/"
