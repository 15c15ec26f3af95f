"""Whatever arrives in the query string, the search page, the API and autocomplete answer with a normal page or a
400 with a message: never a server error."""

import pytest

from tests import soup_of

pytestmark = pytest.mark.django_db

NASTY = [
    "",
    "q=",
    "q=" + "x" * 2000,
    "q=" + "plaidoyer " * 250,
    "q=%22+AND+OR+NOT+(+)+*+:+~+^+[+]",
    'q=" AND OR NOT ( ) * : ~ ^ [ ]',
    "q=AND",
    "q=NOT+advocacy",
    "q=advocacy*",
    "q=title:advocacy",
    "q=%D8%A7%D9%84%D9%85%D8%B3%D8%A7%D9%88%D8%A7%D8%A9",  # Arabic (right to left)
    "q=%E2%80%AEadvocacy%E2%80%AC",  # right-to-left override around a word
    "q=%F0%9F%99%82%F0%9F%8C%8D",  # emoji only
    "q=advocacy+%F0%9F%99%82",
    "q=%E6%80%A7%E5%88%AB%E5%B9%B3%E7%AD%89",  # Chinese
    "q=%C3%A9galit%C3%A9+des+genres",
    "q=e%CC%81galite%CC%81",  # decomposed accents
    "q=%00",
    "q=%ED%A0%80",  # a lone surrogate, as bytes
    "q=%FF%FE",  # not UTF-8
    "q=%25%25%25",
    "q=<script>alert(1)</script>",
    "q=advocacy&page=-1",
    "q=advocacy&page=abc",
    "q=advocacy&page=99999",
    "q=advocacy&page=1e3",
    "q=advocacy&page=99999999999999999999999999",
    "q=advocacy&page=",
    "q=advocacy&priority=nope",
    "q=advocacy&type=nope",
    "q=advocacy&language=xx",
    "q=advocacy&region=",
    "q=advocacy&sort=random",
    "q=advocacy&lang=",
    "q=advocacy&lang=all&lang=current",
    "q=advocacy&q=plaidoyer",
    "q=advocacy&page=1&page=2",
    "q=advocacy&type=plan&type=plan&type=event",
    "q=advocacy&sort=date&sort=relevance",
    "priority=" + "x" * 500,
    "type=" + "&type=".join(["event"] * 30),
    "q[]=advocacy",
    "q=advocacy&unknown=1",
]


def test_search_page_never_fails(client, site):
    for query_string in NASTY:
        response = client.get(f"/en/search/?{query_string}")

        assert response.status_code in (200, 400), (query_string, response.status_code)
        soup = soup_of(response)
        assert soup.select_one("form.search-form input[name=q]"), query_string
        if response.status_code == 400:
            assert soup.select_one(".error-summary li").get_text(strip=True), query_string


def test_api_never_fails(client, site):
    for query_string in NASTY:
        response = client.get(f"/fr/search/api/?{query_string}")

        assert response.status_code in (200, 400), (query_string, response.status_code)
        data = response.json()
        if response.status_code == 400:
            assert data["errors"], query_string
        else:
            assert isinstance(data["results"], list), query_string


def test_autocomplete_never_fails(client, site):
    for query_string in NASTY:
        response = client.get(f"/ar/search/autocomplete/?{query_string}")

        assert response.status_code in (200, 400), (query_string, response.status_code)
        assert isinstance(response.json(), dict), query_string


def test_operators_are_read_as_words(client, site):
    response = client.get("/en/search/", {"q": 'Malawi" AND (programme*) ~^'})

    links = soup_of(response).select("ol.search-results .search-result__title a")
    assert [" ".join(a.get_text().split()) for a in links] == ["Malawi national programme"]


def test_accents_do_not_matter(client, site):
    response = client.get("/fr/search/api/", {"q": "strategies"})

    assert [result["title"] for result in response.json()["results"]] == ["Stratégies de plaidoyer"]


def test_a_too_long_query_is_explained_on_the_page(client, site):
    response = client.get("/en/search/", {"q": "x" * 2000})

    assert response.status_code == 400
    soup = soup_of(response)
    assert "200" in soup.select_one(".error-summary").get_text()
    assert soup.select_one("#search-page-query")["aria-invalid"] == "true"


def test_an_unknown_filter_value_is_explained_and_the_rest_still_applies(client, site):
    response = client.get("/en/search/", {"q": "Malawi", "priority": "nope"})

    assert response.status_code == 400
    soup = soup_of(response)
    assert "nope" in soup.select_one(".error-summary").get_text()
    titles = [" ".join(a.get_text().split()) for a in soup.select("ol.search-results .search-result__title a")]
    assert titles == ["Malawi national programme"]
