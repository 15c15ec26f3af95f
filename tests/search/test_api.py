"""The JSON search API for partner sites and the autocomplete endpoint behind the search box."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

pytestmark = pytest.mark.django_db


def test_api_answers_with_the_documented_shape(client, site):
    response = client.get("/fr/search/api/", {"q": "formation plaidoyer"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    assert set(data) == {
        "version",
        "query",
        "language",
        "scope",
        "sort",
        "total",
        "page",
        "pages",
        "page_size",
        "capped",
        "any_words",
        "approximate",
        "correction",
        "degraded",
        "notice",
        "suggestion",
        "promotions",
        "results",
        "facets",
        "related_priorities",
        "other_languages_total",
    }
    assert (data["query"], data["language"], data["scope"], data["sort"]) == (
        "formation plaidoyer",
        "fr",
        "current",
        "relevance",
    )
    assert (data["total"], data["page"], data["pages"], data["page_size"]) == (2, 1, 1, 10)
    assert data["degraded"] is False and data["notice"] is None
    first = data["results"][0]
    assert set(first) == {
        "id",
        "title",
        "url",
        "type",
        "language",
        "date",
        "snippet",
        "region",
        "material_type",
        "priorities",
    }
    assert first["title"] == "Formation au plaidoyer"
    assert first["id"] == site.toolkit_fr.pk
    assert first["url"] == "http://testserver/fr/programmes/training/formation-au-plaidoyer/"
    assert first["type"] == {"key": "material", "label": "Support de formation"}
    assert first["language"] == {"code": "fr", "label": "Français"}
    assert "<mark>formation</mark>" in first["snippet"] and "<mark>plaidoyer</mark>" in first["snippet"]
    assert first["material_type"] == "Toolkit"
    facets = {facet["name"]: facet for facet in data["facets"]}
    assert {value["value"]: value["count"] for value in facets["type"]["values"]} == {"material": 1, "chapter": 1}
    assert facets["priority"]["values"] == [
        {"value": site.taxonomy.advocacy.slug, "label": "Plaidoyer", "count": 1, "selected": False}
    ]


def test_api_takes_the_page_parameters(client, site):
    t = site.taxonomy
    data = client.get(
        "/en/search/api/", {"q": "programme", "priority": t.advocacy.slug, "sort": "date", "lang": "all"}
    ).json()

    assert data["scope"] == "all" and data["sort"] == "date"
    # The plan and its translation share a date: newest first, and between the two the backend's ranking decides.
    assert sorted(result["title"] for result in data["results"]) == [
        "Malawi national programme",
        "Programme national du Malawi",
    ]
    dates = [result["date"] for result in data["results"]]
    assert dates == sorted(dates, reverse=True)
    assert all(result["priorities"] == ["Advocacy"] for result in data["results"])
    selected = [value for facet in data["facets"] for value in facet["values"] if value["selected"]]
    assert [value["value"] for value in selected] == [t.advocacy.slug]
    languages = {value["value"] for facet in data["facets"] if facet["name"] == "language" for value in facet["values"]}
    assert languages == {"en", "fr"}


def test_api_lists_promotions(client, site):
    SearchPromotion.objects.create(query=Query.get("plaidoyer"), page=site.toolkit, description="À lire", sort_order=0)

    data = client.get("/fr/search/api/", {"q": "plaidoyer"}).json()

    assert data["promotions"] == [
        {
            "title": "Formation au plaidoyer",
            "url": "http://testserver/fr/programmes/training/formation-au-plaidoyer/",
            "description": "À lire",
            "language": {"code": "fr", "label": "Français"},
        }
    ]
    assert site.toolkit_fr.pk not in [result["id"] for result in data["results"]]


def test_api_corrects_a_misspelling_unless_asked_not_to(client, site):
    corrected = client.get("/en/search/api/", {"q": "advocasy"}).json()

    assert corrected["query"] == "advocasy" and corrected["correction"] == "advocacy"
    assert corrected["total"] == 5


def test_api_empty_result_has_suggestions(client, site):
    data = client.get("/en/search/api/", {"q": "advocasy", "exact": "1"}).json()

    assert data["total"] == 0 and data["results"] == []
    assert data["suggestion"] == "advocacy"
    assert [priority["label"] for priority in data["related_priorities"]] == ["Access", "Advocacy", "Capacity"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"q": "x" * 2000}, "q"),
        ({"q": "advocacy", "page": "abc"}, "page"),
        ({"q": "advocacy", "page": "-1"}, "page"),
        ({"q": "advocacy", "page": "0"}, "page"),
        ({"q": "advocacy", "sort": "newest"}, "sort"),
        ({"q": "advocacy", "lang": "klingon"}, "lang"),
        ({"q": "advocacy", "type": "spaceship"}, "type"),
        ({"q": "advocacy", "priority": "no-such-priority"}, "priority"),
        ({"q": "advocacy", "region": "atlantis"}, "region"),
        ({"q": "advocacy", "topic": "nothing"}, "topic"),
        ({"q": "advocacy", "material_type": "scroll"}, "material_type"),
        ({"q": "advocacy", "language": "tlh"}, "language"),
        ({"q": "nul\x00byte"}, "q"),
        ({"q": "advocacy", "type": ["event"] * 21}, "type"),
        ({}, "q"),
        ({"q": "   "}, "q"),
        ({"q": '" ( ) * : ~ ^ [ ]'}, "q"),
    ],
)
def test_api_refuses_bad_parameters_with_a_message(client, site, params, field):
    response = client.get("/en/search/api/", params)

    assert response.status_code == 400
    data = response.json()
    assert data["error"] == "invalid_parameters"
    assert data["message"]
    assert list(data["errors"]) == [field]
    assert all(isinstance(message, str) and message for message in data["errors"][field])


def test_api_allows_filters_without_words(client, site):
    response = client.get("/fr/search/api/", {"type": "material"})

    assert response.status_code == 200
    assert {result["title"] for result in response.json()["results"]} == {
        "Formation au plaidoyer",
        "Guide des relations avec les médias",
    }


def test_api_refuses_other_methods(client, site):
    assert client.post("/en/search/api/", {"q": "advocacy"}).status_code == 405


def test_autocomplete_suggests_titles(client, site):
    response = client.get("/fr/search/autocomplete/", {"q": "plaid"})

    assert response.status_code == 200
    data = response.json()
    assert data["query"] == "plaid" and data["degraded"] is False
    titles = [suggestion["title"] for suggestion in data["suggestions"]]
    assert "Formation au plaidoyer" in titles
    assert "Advocacy training toolkit" not in titles
    suggestion = next(item for item in data["suggestions"] if item["title"] == "Formation au plaidoyer")
    assert suggestion == {
        "title": "Formation au plaidoyer",
        "url": "/fr/programmes/training/formation-au-plaidoyer/",
        "type": "Support de formation",
        "language": {"code": "fr", "label": "Français"},
    }


def test_autocomplete_in_all_languages(client, site):
    titles = {
        item["title"]
        for item in client.get("/en/search/autocomplete/", {"q": "Mala", "lang": "all"}).json()["suggestions"]
    }

    assert titles == {"Malawi national programme", "Programme national du Malawi"}


@pytest.mark.parametrize("query", ["", "a", "🙂", '" * ( ~', "   "])
def test_autocomplete_needs_two_letters(client, site, query):
    response = client.get("/en/search/autocomplete/", {"q": query})

    assert response.status_code == 200
    assert response.json()["suggestions"] == []


def test_autocomplete_refuses_bad_parameters(client, site):
    assert client.get("/en/search/autocomplete/", {"q": "x" * 2000}).status_code == 400
    assert client.get("/en/search/autocomplete/", {"q": "advo", "lang": "mars"}).status_code == 400
