"""When the search engine is down or too slow, searches are answered from the database backend, and the page says the
results may be less complete. The engine here is a real Elasticsearch client talking to a real loopback port: one
that is closed (connection refused), or one that accepts connections and never answers (timeout)."""

import socket
import time

import pytest
from django.core.cache import cache
from django.test import override_settings

from search.fallback import Engine, searchable_pages
from search.query import parse_query
from search.service import _approximate_ids
from tests import soup_of

pytestmark = pytest.mark.django_db


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def engine_at(port, timeout=1):
    return {
        "default": {
            "BACKEND": "search.backends",
            "URLS": [f"http://127.0.0.1:{port}"],
            "INDEX_PREFIX": "fallback_test_",
            "TIMEOUT": timeout,
            "OPTIONS": {"max_retries": 0},
        },
        "database": {"BACKEND": "search.database.DatabaseSearchBackend"},
    }


@pytest.fixture
def engine_down():
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_at(closed_port())):
        yield


@pytest.fixture
def engine_hanging():
    """A port that accepts connections (the kernel queues them) but never answers a request."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        port = listener.getsockname()[1]
        with override_settings(WAGTAILSEARCH_BACKENDS=engine_at(port)):
            yield port


def result_titles(response):
    return [
        " ".join(link.get_text().split())
        for link in soup_of(response).select("ol.search-results .search-result__title a")
    ]


def test_search_page_answers_from_the_database_when_the_engine_is_down(client, site, engine_down):
    response = client.get("/fr/search/", {"q": "formation plaidoyer"})

    assert response.status_code == 200
    assert result_titles(response)[0] == "Formation au plaidoyer"
    notice = soup_of(response).select_one(".search-notice")
    assert notice["role"] == "status"
    assert notice.get_text(strip=True)


def test_narrowing_by_priority_works_with_the_engine_down(client, site, engine_down):
    response = client.get("/fr/search/", {"q": "formation plaidoyer", "priority": site.taxonomy.advocacy.slug})

    assert result_titles(response) == ["Formation au plaidoyer"]
    assert soup_of(response).select_one(".search-notice")


def test_api_and_autocomplete_say_they_are_degraded(client, site, engine_down):
    data = client.get("/en/search/api/", {"q": "advocacy"}).json()
    cache.clear()  # forget that the engine failed, so autocomplete tries it too
    suggestions = client.get("/en/search/autocomplete/", {"q": "advo"}).json()

    assert data["degraded"] is True and data["notice"]
    assert len(data["results"]) == 5
    assert suggestions["degraded"] is True
    assert "Advocacy training toolkit" in [item["title"] for item in suggestions["suggestions"]]


def test_a_slow_engine_times_out_and_the_database_answers(client, site, engine_hanging):
    started = time.monotonic()
    response = client.get("/en/search/", {"q": "Malawi"})

    # The engine's timeout is one second here: the visitor waits about that long, not the indexing timeout (a minute).
    assert time.monotonic() - started < 20
    assert response.status_code == 200
    assert result_titles(response) == ["Malawi national programme"]
    assert soup_of(response).select_one(".search-notice")


def test_after_a_failure_the_next_searches_skip_the_engine_for_a_while(client, site, engine_hanging):
    client.get("/en/search/", {"q": "Malawi"})

    started = time.monotonic()
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_at(engine_hanging, timeout=60)):  # would hang a minute
        response = client.get("/en/search/api/", {"q": "Malawi"})

    assert response.json()["degraded"] is True
    assert time.monotonic() - started < 20


def test_no_notice_when_the_database_is_the_configured_backend(client, site):
    response = client.get("/en/search/", {"q": "Malawi"})

    assert not soup_of(response).select(".search-notice")
    assert client.get("/en/search/api/", {"q": "Malawi"}).json()["degraded"] is False


def test_an_engine_that_fails_at_the_similar_spellings_step_costs_only_those(site, engine_down):
    """Seen under load (bench/faults.py, engine frozen): the engine answered the exact search, then failed when asked
    for similar spellings; the database backend was asked for those instead, and on PostgreSQL that was a 500."""
    engine = Engine()  # nothing has failed yet in this request

    ids = _approximate_ids(engine, parse_query("plaidoyre"), searchable_pages())

    assert ids == []
    assert engine.degraded  # the rest of the request answers from the database, with the notice
