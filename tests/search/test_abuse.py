"""Search under abuse: floods get 429 with Retry-After, and fuzzing leaves no "popular search terms" behind."""

import pytest
from wagtail.contrib.search_promotions.models import Query

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "scope, url, params",
    [
        ("search", "/en/search/", {"q": "advocacy"}),
        ("search-api", "/en/search/api/", {"q": "advocacy"}),
        ("autocomplete", "/en/search/autocomplete/", {"q": "adv"}),
    ],
)
def test_a_flood_of_searches_gets_429_with_retry_after(client, site, settings, scope, url, params):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, scope: (3, 60)}

    statuses = [client.get(url, params).status_code for _ in range(3)]
    refused = client.get(url, params)

    assert statuses == [200, 200, 200]
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 61
    if scope != "search":
        assert refused.json()["error"] == "rate_limited"
        assert refused.json()["retry_after"] == int(refused["Retry-After"])


def test_limits_count_each_client_separately_behind_the_proxy(client, site, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "search-api": (1, 60)}
    settings.PROXY_COUNT = 1

    def search(client_address, spoofed=""):
        forwarded = f"{spoofed}, {client_address}" if spoofed else client_address
        return client.get("/en/search/api/", {"q": "advocacy"}, headers={"x-forwarded-for": forwarded}).status_code

    assert search("203.0.113.1") == 200
    assert search("203.0.113.1", spoofed="198.51.100.7") == 429, "a forged left-hand entry changes nothing"
    assert search("203.0.113.2") == 200


def test_only_searches_with_results_are_recorded_normalised(client, site):
    client.get("/en/search/", {"q": "Advocacy,  TRAINING!"})
    client.get("/en/search/", {"q": "advocacy training"})
    for junk in ("zzqxj", "' OR 1=1 --", "%00%0d%0a", "a" * 300):
        client.get("/en/search/", {"q": junk})

    terms = dict(Query.objects.values_list("query_string", "daily_hits__hits"))
    assert terms == {"advocacy training": 2}
