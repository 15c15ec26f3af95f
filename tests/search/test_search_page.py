"""The search page on the database backend: results, language scope, facets, sorting, pagination, promotions and
the empty state, read the way a visitor (or a screen reader) meets them."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests import factories, hrefs, soup_of, text_of

pytestmark = pytest.mark.django_db


def result_titles(response):
    return [
        " ".join(link.get_text().split())
        for link in soup_of(response).select("ol.search-results .search-result__title a")
    ]


def facet_links(response, name):
    """{value label: (href, count, selected)} for one facet of the page (by its parameter name)."""
    heading = soup_of(response).select_one(f"#facet-{name}")
    links = {}
    for link in heading.find_parent("section").select("a.search-facet__link"):
        count = link.select_one(".search-facet__count")
        links[link.select_one(".search-facet__label").get_text(strip=True)] = (
            link["href"],
            int(count.contents[0]) if count else None,
            link.get("aria-current") == "true",
        )
    return links


def test_french_advocate_finds_french_training_material_first(client, site):
    response = client.get("/fr/search/", {"q": "formation plaidoyer"})

    assert response.status_code == 200
    titles = result_titles(response)
    assert titles[0] == "Formation au plaidoyer"
    assert "Stratégies de plaidoyer" in titles
    assert not {"Advocacy training toolkit", "Formación en incidencia política"} & set(titles)
    first = soup_of(response).select_one("ol.search-results .search-result")
    assert first.select_one(".search-result__type").get_text(strip=True) == "Support de formation"
    snippet = first.select_one(".search-result__snippet")
    assert [mark.get_text() for mark in snippet.select("mark")][:2] == ["formation", "plaidoyer"]
    assert snippet["lang"] == "fr"
    assert first.select_one("time")["datetime"]


def test_result_count_is_announced(client, site):
    response = client.get("/en/search/", {"q": "advocacy"})

    status = soup_of(response).select_one(".search-summary[role=status]")
    assert "5 results for “advocacy”" in " ".join(status.get_text().split())


def test_results_show_type_date_region_and_priorities(client, site):
    response = client.get("/en/search/", {"q": "Malawi"})

    item = soup_of(response).select_one("ol.search-results .search-result")
    meta = " ".join(item.select_one(".search-result__meta").get_text().split())
    assert "Programme plan" in meta
    assert "Africa" in meta
    assert item.select_one("time")["datetime"] == "2004-03-01"
    assert [tag.get_text() for tag in item.select(".tag")] == ["Advocacy"]


def test_search_is_scoped_to_the_visitors_language(client, site):
    english = result_titles(client.get("/en/search/", {"q": "advocacy"}))
    french = result_titles(client.get("/fr/search/", {"q": "plaidoyer"}))

    assert "Advocacy training toolkit" in english
    assert not {"Formation au plaidoyer", "Programme national du Malawi"} & set(english)
    assert set(french) == {"Formation au plaidoyer", "Programme national du Malawi", "Stratégies de plaidoyer"}


def test_all_languages_labels_each_result_with_its_language(client, site):
    response = client.get("/fr/search/", {"q": "Malawi", "lang": "all"})

    soup = soup_of(response)
    labels = {
        " ".join(item.select_one(".search-result__title").get_text().split()): item.select_one(
            ".search-result__language"
        )
        for item in soup.select("ol.search-results .search-result")
    }
    assert set(labels) == {"Malawi national programme", "Programme national du Malawi"}
    assert labels["Malawi national programme"].get_text(" ", strip=True).endswith("English")
    assert labels["Programme national du Malawi"].select_one("[lang]")["lang"] == "fr"
    assert soup.select_one("#search-all-languages").has_attr("checked")
    languages = facet_links(response, "language")
    assert {label: count for label, (_href, count, _selected) in languages.items()} == {"English": 1, "Français": 1}
    english_only = client.get(languages["English"][0])
    assert result_titles(english_only) == ["Malawi national programme"]


def test_current_language_results_carry_no_language_label(client, site):
    response = client.get("/en/search/", {"q": "advocacy"})

    assert not soup_of(response).select(".search-result__language")


def test_a_facet_narrows_the_results_and_shows_counts(client, site):
    response = client.get("/en/search/", {"q": "advocacy"})
    priorities = facet_links(response, "priority")
    types = facet_links(response, "type")
    regions = facet_links(response, "region")

    assert priorities["Advocacy"][1:] == (2, False)
    assert priorities["Capacity"][1:] == (2, False)
    assert types["Training materials"][1] == 2
    assert types["Sourcebook chapters"][1] == 1
    assert regions["Africa"][1] == 2
    assert list(facet_links(response, "material_type")) == ["Guide", "Toolkit"]
    assert set(facet_links(response, "topic")) == {"ICT policy", "Media"}

    narrowed = client.get(priorities["Advocacy"][0])
    assert set(result_titles(narrowed)) == {"Advocacy training toolkit", "Malawi national programme"}
    assert facet_links(narrowed, "priority")["Advocacy"][1:] == (2, True)
    # Counts of the other facets follow the filter.
    assert facet_links(narrowed, "type")["Training materials"][1] == 1
    assert "Sourcebook chapters" not in facet_links(narrowed, "type")


def test_each_facet_narrows(client, site):
    t = site.taxonomy
    cases = {
        "type": ("event", {"Lusaka advocacy workshop"}),
        "region": (t.africa.slug, {"Malawi national programme", "Lusaka advocacy workshop"}),
        "material_type": (t.guide.slug, {"Media outreach guide"}),
        "topic": (t.policy.slug, {"Advocacy training toolkit"}),
        "priority": (t.capacity.slug, {"Media outreach guide", "Lusaka advocacy workshop"}),
        "language": (
            "en",
            {
                "Advocacy strategies",
                "Advocacy training toolkit",
                "Malawi national programme",
                "Lusaka advocacy workshop",
                "Media outreach guide",
            },
        ),
    }
    for name, (value, expected) in cases.items():
        response = client.get("/en/search/", {"q": "advocacy", name: value})
        assert response.status_code == 200, name
        assert set(result_titles(response)) == expected, name


def test_facets_combine_and_values_of_one_facet_add_up(client, site):
    t = site.taxonomy
    both_priorities = client.get("/en/search/", {"q": "advocacy", "priority": [t.advocacy.slug, t.capacity.slug]})
    combined = client.get("/en/search/", {"q": "advocacy", "priority": t.advocacy.slug, "type": "plan"})

    assert len(result_titles(both_priorities)) == 4
    assert result_titles(combined) == ["Malawi national programme"]


def test_active_filters_are_removed_one_by_one(client, site):
    t = site.taxonomy
    response = client.get("/en/search/", {"q": "advocacy", "priority": t.advocacy.slug, "type": "plan"})

    soup = soup_of(response)
    chips = soup.select(".search-active-filters a.search-chip")
    assert len(chips) == 2
    assert all("Remove filter" in chip.get_text() for chip in chips)
    without_type = next(chip["href"] for chip in chips if "Content type" in chip.get_text())
    remaining = client.get(without_type)
    assert set(result_titles(remaining)) == {"Advocacy training toolkit", "Malawi national programme"}
    assert len(soup_of(remaining).select(".search-active-filters a.search-chip")) == 1
    cleared = client.get(soup.select_one(".search-active-filters__clear")["href"])
    assert len(result_titles(cleared)) == 5
    # A new query keeps the filters in use.
    hidden = {(field["name"], field["value"]) for field in soup.select("form.search-form input[type=hidden]")}
    assert hidden == {("priority", t.advocacy.slug), ("type", "plan")}


def test_filters_alone_browse_a_priority(client, site):
    response = client.get("/fr/search/", {"priority": site.taxonomy.advocacy.slug})

    assert response.status_code == 200
    assert set(result_titles(response)) == {"Formation au plaidoyer", "Programme national du Malawi"}


def test_sort_by_date_newest_first(client, site):
    # Plans only: PostgreSQL's English stemmer also finds "programme" in the "Programmes" section page.
    response = client.get("/en/search/", {"q": "programme", "sort": "date", "type": "plan"})

    assert result_titles(response) == ["Malawi national programme", "India national programme"]
    relevance_links = soup_of(response).select(".search-sort a")
    assert [link.get("aria-current") for link in relevance_links] == [None, "true"]


def test_sort_by_date_puts_dated_events_and_plans_in_order(client, site):
    response = client.get("/en/search/", {"q": "advocacy", "sort": "date", "type": ["plan", "event"]})

    assert result_titles(response) == ["Lusaka advocacy workshop", "Malawi national programme"]


def test_pagination(client, site):
    for number in range(23):
        factories.create_material(
            site.library, title=f"Advocacy exercise {number:02d}", revision=False, material_type=site.taxonomy.guide
        )

    first = client.get("/en/search/", {"q": "exercise"})
    soup = soup_of(first)
    assert len(result_titles(first)) == 10
    nav = soup.select_one("nav.pagination")
    assert nav["aria-label"]
    assert nav.select_one("[aria-current=page]").get_text(" ", strip=True).endswith("1")
    third = client.get(nav.select_one("a[rel=next]")["href"].replace("page=2", "page=3"))
    assert len(result_titles(third)) == 3
    assert soup_of(third).select_one("ol.search-results")["start"] == "21"
    assert not set(result_titles(first)) & set(result_titles(third))
    last = client.get("/en/search/", {"q": "exercise", "page": 99999})
    assert last.status_code == 200
    assert result_titles(last) == result_titles(third)


def test_promoted_results_come_first(client, site):
    query = Query.get("advocacy")
    SearchPromotion.objects.create(query=query, page=site.guide, description="Start here.", sort_order=0)
    SearchPromotion.objects.create(
        query=query, external_link_url="https://example.org/kit", external_link_text="Partner kit", sort_order=1
    )

    response = client.get("/en/search/", {"q": "Advocacy "})

    soup = soup_of(response)
    promoted = soup.select(".search-promotions .search-result__title a")
    assert [link.get_text(strip=True) for link in promoted] == ["Media outreach guide", "Partner kit"]
    html = response.content.decode()
    assert html.index("search-promotions") < html.index('class="search-results" start')
    assert "Media outreach guide" not in result_titles(response)
    assert "Start here." in text_of(response)


def test_a_promoted_page_is_shown_in_the_visitors_language(client, site):
    SearchPromotion.objects.create(query=Query.get("plaidoyer"), page=site.toolkit, sort_order=0)

    response = client.get("/fr/search/", {"q": "plaidoyer"})

    promoted = soup_of(response).select(".search-promotions .search-result__title a")
    assert [link.get_text(strip=True) for link in promoted] == ["Formation au plaidoyer"]


def test_a_misspelling_shows_the_results_of_its_correction_with_a_way_back(client, site):
    response = client.get("/en/search/", {"q": "advocasy"})

    correction = soup_of(response).select_one(".search-correction")
    assert " ".join(correction.get_text().split()).startswith("Showing results for advocacy.")
    assert len(result_titles(response)) == 5
    as_typed = client.get(correction.find("a")["href"])
    assert result_titles(as_typed) == []
    assert soup_of(as_typed).select_one(".search-empty__suggestion a").get_text() == "advocacy"


def test_empty_state_suggests_a_spelling_and_related_priorities(client, site):
    response = client.get("/en/search/", {"q": "advocasy", "exact": "1"})

    assert response.status_code == 200
    soup = soup_of(response)
    suggestion = soup.select_one(".search-empty__suggestion a")
    assert suggestion.get_text() == "advocacy"
    assert len(result_titles(client.get(suggestion["href"]))) == 5
    priorities = [link.get_text() for link in soup.select(".search-browse a")]
    assert priorities == ["Access", "Advocacy", "Capacity"]


def test_empty_state_points_to_other_languages(client, site):
    response = client.get("/es/search/", {"q": "Malawi"})

    assert not result_titles(response)
    link = soup_of(response).select_one(".search-empty a[href*='lang=all']")
    assert "2" in link.get_text()
    assert len(result_titles(client.get(link["href"]))) == 2


def test_related_priorities_match_the_query(client, site):
    site.taxonomy.access.description = "Affordable connectivity for women in rural areas."
    site.taxonomy.access.save()

    response = client.get("/en/search/", {"q": "connectivity"})

    assert [link.get_text() for link in soup_of(response).select(".search-browse a")] == ["Access"]


def test_landing_page_offers_priorities(client, site):
    response = client.get("/en/search/")

    assert response.status_code == 200
    assert [link.get_text() for link in soup_of(response).select(".search-browse a")] == [
        "Access",
        "Advocacy",
        "Capacity",
    ]
    assert not soup_of(response).select(".search-summary")


def test_form_works_without_javascript_and_is_labelled(client, site):
    soup = soup_of(client.get("/en/search/", {"q": "advocacy"}))

    form = soup.select_one("form.search-form")
    assert form["method"] == "get" and form["action"] == "/en/search/"
    query = form.select_one("input[name=q]")
    assert soup.select_one(f"label[for={query['id']}]")
    assert query["value"] == "advocacy"
    assert soup.select_one("label[for=search-all-languages]")
    assert form.select_one("[data-search-autocomplete]")["data-search-autocomplete"] == "/en/search/autocomplete/"
    assert soup.select_one("script[src$='js/autocomplete.js']")


def test_snippets_escape_page_text(client, site):
    factories.create_material(
        site.library,
        title="Escaping test",
        summary='Watch out for <script>alert("x")</script> in advocacy & more.',
        material_type=site.taxonomy.guide,
    )

    response = client.get("/en/search/", {"q": "escaping"})

    html = response.content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_links_keep_only_valid_parameters(client, site):
    response = client.get("/en/search/", {"q": "advocacy", "lang": "all", "sort": "date"})

    for href in hrefs(soup_of(response).select_one(".search-facets")):
        assert href.startswith("/en/search/?")
        assert "page=" not in href


def test_only_the_best_matches_are_filtered_and_counted(client, site, monkeypatch):
    monkeypatch.setattr("search.service.MAX_MATCHES", 3)

    response = client.get("/en/search/", {"q": "advocacy"})

    assert len(result_titles(response)) == 3
    assert "best 3 matches" in text_of(response)
    assert client.get("/en/search/api/", {"q": "advocacy"}).json()["capped"] is True
