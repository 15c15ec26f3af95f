"""Filtering the programme plans: links with counts, a form, pagination, bad input."""

import pytest

from tests import factories, hrefs, soup_of, text_of
from tests.module_data import built_once, read_again, references
from tests.programmes.listing import build, card_titles, facets, status

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _plans_built(django_db_setup, django_db_blocker):
    """The plans of `plans`, built once for the module (tests/module_data.py)."""
    with built_once(django_db_blocker):
        home = factories.create_site_home(summary="The home of the WSIS Gender Caucus.")
        programmes = factories.create_programme_index(home, summary="National and regional programmes.")
        southern_africa = factories.create_region_page(
            programmes, factories.create_region("Southern Africa"), summary="Plans and events in Southern Africa."
        )
        yield references(build_plans(programmes, southern_africa))


@pytest.fixture
def plans(_plans_built, db):
    """Four live plans in two regions (one showcased) and a draft; the tests of empty and long listings are in
    test_plan_pagination.py."""
    return read_again(_plans_built)


def build_plans(programmes, southern_africa):
    capacity = factories.create_priority(1, "Capacity building")
    governance = factories.create_priority(2, "Governance")
    east_africa = factories.create_region_page(programmes, factories.create_region("East Africa"), revision=False)
    return {
        "malawi": build(
            southern_africa,
            title="Malawi national programme",
            country="MW",
            priorities=[capacity],
            showcased=True,
            showcase_reason="The first one.",
        ),
        "zambia": build(
            southern_africa, title="Zambia regional programme", country="ZM", scope="regional", priorities=[governance]
        ),
        "kenya": build(east_africa, title="Kenya national programme", country="KE", priorities=[capacity, governance]),
        "nairobi": build(east_africa, title="Nairobi sub-regional meeting", country="KE", scope="subregional"),
        "draft": factories.create_plan(east_africa, title="Kenya draft", country="KE", publish=False),
    }


def test_all_live_plans_are_listed_showcased_first(client, plans):
    response = client.get("/en/programmes/")

    assert response.status_code == 200
    titles = card_titles(response)
    assert titles[0] == "Malawi national programme"
    assert sorted(titles) == sorted(
        [
            "Malawi national programme",
            "Zambia regional programme",
            "Kenya national programme",
            "Nairobi sub-regional meeting",
        ]
    )
    assert "4 programme plans" in status(response)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("region=east-africa", {"Kenya national programme", "Nairobi sub-regional meeting"}),
        ("region=southern-africa", {"Malawi national programme", "Zambia regional programme"}),
        ("country=KE", {"Kenya national programme", "Nairobi sub-regional meeting"}),
        ("country=mw", {"Malawi national programme"}),
        ("priority=governance", {"Zambia regional programme", "Kenya national programme"}),
        ("scope=subregional", {"Nairobi sub-regional meeting"}),
        ("region=east-africa&priority=capacity-building", {"Kenya national programme"}),
        ("country=KE&scope=national&priority=governance", {"Kenya national programme"}),
        ("region=southern-africa&country=KE", set()),
    ],
)
def test_each_filter_and_combination_narrows_the_plans(client, plans, query, expected):
    response = client.get(f"/en/programmes/?{query}")

    assert response.status_code == 200
    assert set(card_titles(response)) == expected
    if expected:
        assert f"{len(expected)} programme plan" in status(response)
    else:
        assert "No programme plan matches these filters." in text_of(response)


def test_links_show_counts_given_the_other_filters(client, plans):
    shown = facets(client.get("/en/programmes/"), "plan-facets")

    assert {label: count for label, (count, _, _) in shown["region"].items()} == {
        "East Africa": 2,
        "Southern Africa": 2,
    }
    assert {label: count for label, (count, _, _) in shown["country"].items()} == {"Kenya": 2, "Malawi": 1, "Zambia": 1}
    assert {label: count for label, (count, _, _) in shown["priority"].items()} == {
        "Capacity building": 2,
        "Governance": 2,
    }
    assert {label: count for label, (count, _, _) in shown["scope"].items()} == {
        "National": 2,
        "Sub-regional": 1,
        "Regional": 1,
    }

    narrowed = facets(client.get("/en/programmes/?region=east-africa"), "plan-facets")

    # The region counts ignore the region filter (they say what choosing another region would give); the others obey it.
    assert {label: count for label, (count, _, _) in narrowed["region"].items()} == {
        "East Africa": 2,
        "Southern Africa": 2,
    }
    assert {label: count for label, (count, _, _) in narrowed["country"].items()} == {"Kenya": 2}
    assert {label: count for label, (count, _, _) in narrowed["priority"].items()} == {
        "Capacity building": 1,
        "Governance": 1,
    }


def test_a_link_adds_its_filter_to_those_in_force(client, plans):
    shown = facets(client.get("/en/programmes/?region=east-africa"), "plan-facets")

    count, href, active = shown["scope"]["National"]
    assert (count, active) == (1, False)
    assert href == "?region=east-africa&scope=national#plans"
    assert card_titles(client.get("/en/programmes/" + href.removesuffix("#plans"))) == ["Kenya national programme"]


def test_the_filter_in_force_is_marked_and_can_be_removed(client, plans):
    response = client.get("/en/programmes/?region=east-africa&scope=national")

    shown = facets(response, "plan-facets")
    assert shown["region"]["East Africa"][2] is True
    assert shown["region"]["Southern Africa"][2] is False
    assert shown["scope"]["National"][2] is True
    soup = soup_of(response)
    removals = {link["href"] for link in soup.select("a.facet__remove")}
    assert removals == {"?scope=national#plans", "?region=east-africa#plans"}
    summary = soup.select_one(".active-filters")
    assert "Region: East Africa" in summary.get_text(" ")
    assert "Scope: National" in summary.get_text(" ")
    assert "/en/programmes/#plans" in hrefs(summary)

    without_region = client.get("/en/programmes/?scope=national")
    assert set(card_titles(without_region)) == {"Malawi national programme", "Kenya national programme"}


def test_a_country_code_in_lower_case_is_the_same_filter(client, plans):
    shown = facets(client.get("/en/programmes/?country=ke"), "plan-facets")

    assert shown["country"]["Kenya"] == (2, "?country=KE#plans", True)
    assert not shown["country"]["Malawi"][2]


def test_a_filter_in_force_without_results_is_still_shown_for_removal(client, plans):
    shown = facets(client.get("/en/programmes/?region=southern-africa&country=KE"), "plan-facets")

    assert shown["country"]["Kenya"] == (0, "?region=southern-africa&country=KE#plans", True)
    assert shown["region"]["Southern Africa"][2] is True


def test_the_form_is_labelled_and_keeps_the_filters_in_force(client, plans):
    soup = soup_of(client.get("/en/programmes/?country=KE"))

    form = soup.select_one("form.filter-form")
    assert form["role"] == "search"
    assert form["method"] == "get"
    assert form.find("fieldset").find("legend").get_text(strip=True) == "Filter programme plans"
    for name in ("region", "country", "priority", "scope"):
        select = form.find("select", attrs={"name": name})
        label = form.find("label", attrs={"for": select["id"]})
        assert label is not None and label.get_text(strip=True)
        assert select.find("option")["value"] == ""
    assert form.find("button", attrs={"type": "submit"}) is not None
    country = form.find("select", attrs={"name": "country"})
    assert country.find("option", selected=True)["value"] == "KE"
    assert country.find("option", selected=True).get_text(strip=True) == "Kenya (2)"
    # What the browser sends for the form, empty selects included, filters the same as the links.
    response = client.get("/en/programmes/", {"region": "", "country": "KE", "priority": "governance", "scope": ""})
    assert card_titles(response) == ["Kenya national programme"]


def test_the_result_count_is_a_status_message(client, plans):
    response = client.get("/en/programmes/?priority=governance")

    assert status(response) == "2 programme plans match these filters."


@pytest.mark.parametrize(
    "query",
    [
        "country=XX",
        "country=Malawi",
        "region=nowhere",
        "priority=42",
        "scope=global",
        "region=east-africa&scope=galactic",
        "priority=%3Cscript%3E",
    ],
)
def test_unknown_filter_values_show_everything_with_a_message(client, plans, query):
    response = client.get(f"/en/programmes/?{query}")

    assert response.status_code == 200
    assert len(card_titles(response)) == 4
    assert "Some filters in the address were not recognised, so nothing is filtered." in status(response)
    assert not soup_of(response).select("a.facet__link[aria-current]")


def test_unknown_parameters_are_ignored(client, plans):
    response = client.get("/en/programmes/?utm_source=newsletter&country=MW")

    assert card_titles(response) == ["Malawi national programme"]
    assert "not recognised" not in status(response)
    assert "utm_source" not in response.content.decode()


def test_only_one_page_has_no_pagination(client, plans):
    assert soup_of(client.get("/en/programmes/")).select_one("nav.pagination") is None
