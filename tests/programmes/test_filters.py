"""Filtering the programme plans and the training library: links with counts, a form, pagination, bad input."""

import re

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.documents import get_document_model

from programmes.filters import PAGE_SIZE
from programmes.models import ProgrammePlanPage, TrainingMaterialDocument, TrainingMaterialPage
from tests import assert_flat_query_count, factories, hrefs, listing_queries, soup_of, text_of

pytestmark = pytest.mark.django_db

MAX_QUERIES = 30


@pytest.fixture(autouse=True)
def _back_to_english():
    """Requests in other languages leave theirs active in the thread; taxonomy saved later would be stored in it."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


def build(page, **fields):
    """Listing content: saved live without revision history, as the query-count tests do."""
    return factories.create_plan(page, revision=False, **fields)


def card_titles(response):
    return [heading.get_text(strip=True) for heading in soup_of(response).select(".listing-layout .card__title")]


def facets(response, nav_id):
    """{filter: {label: (count, href, active)}} as the filter links show them."""
    shown = {}
    for facet_list in soup_of(response).select(f"nav[aria-labelledby='{nav_id}-title'] ul.facet__list"):
        name = facet_list["aria-labelledby"].removeprefix(f"{nav_id}-")
        options = {}
        for link in facet_list.select("a.facet__link"):
            count = int(link.select_one(".facet__count").contents[0])
            options[link.select_one(".facet__label").get_text(strip=True)] = (
                count,
                link["href"],
                link.get("aria-current") == "true",
            )
        shown[name] = options
    return shown


def status(response):
    return " ".join(soup_of(response).select_one("[role=status]").get_text(" ").split())


# --- Programme plans -------------------------------------------------------------------------------------------------


@pytest.fixture
def plans(programmes, southern_africa):
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


@pytest.fixture
def many_plans(programmes, southern_africa):
    priority = factories.create_priority(1, "Capacity building")
    for number in range(PAGE_SIZE + 3):
        build(southern_africa, title=f"Plan {number:02d}", country="MW", priorities=[priority], showcased=number == 14)
    build(southern_africa, title="Zambia plan", country="ZM")


def test_plans_are_paginated_and_pages_keep_the_filters(client, many_plans):
    first = client.get("/en/programmes/?country=MW")

    assert len(card_titles(first)) == PAGE_SIZE
    assert card_titles(first)[0] == "Plan 14"
    assert "15 programme plans match these filters." in status(first)
    pagination = soup_of(first).select_one("nav.pagination")
    assert "Page 1 of 2" in pagination.get_text()
    next_link = pagination.find("a", rel="next")["href"]
    assert next_link == "?country=MW&page=2#plans"

    second = client.get("/en/programmes/?country=MW&page=2")

    assert len(card_titles(second)) == 3
    assert "Zambia plan" not in card_titles(second)
    assert soup_of(second).select_one("nav.pagination").find("a", rel="prev")["href"] == "?country=MW#plans"
    # A filter link starts again from the first page.
    assert all("page=" not in href for href in hrefs(soup_of(second).select_one("nav.facets")))


@pytest.mark.parametrize(("page", "shown"), [("abc", PAGE_SIZE), ("99", 4), ("-1", 4), ("0", 4)])
def test_a_bad_page_number_shows_a_page_instead_of_an_error(client, many_plans, page, shown):
    response = client.get(f"/en/programmes/?page={page}")

    assert response.status_code == 200
    assert len(card_titles(response)) == shown


def test_only_one_page_has_no_pagination(client, plans):
    assert soup_of(client.get("/en/programmes/")).select_one("nav.pagination") is None


def test_no_plans_at_all_shows_no_filters(client, programmes):
    response = client.get("/en/programmes/")

    assert "No programme plans have been published yet." in text_of(response)
    assert soup_of(response).select_one("form.filter-form") is None


@pytest.mark.parametrize("query", ["", "?region=east-africa&priority=governance&scope=national"])
def test_plan_listing_queries_do_not_grow_with_the_number_of_plans(client, programmes, southern_africa, query):
    priorities = [factories.create_priority(1, "Capacity building"), factories.create_priority(2, "Governance")]
    east_africa = factories.create_region_page(programmes, factories.create_region("East Africa"), revision=False)
    countries = ["MW", "ZM", "KE", "TZ", "UG", "IN", "BR"]
    built = []

    def grow(count):
        for _ in range(count):
            number = len(built)
            built.append(
                build(
                    (southern_africa, east_africa)[number % 2],
                    country=countries[number % len(countries)],
                    scope=ProgrammePlanPage.Scope.values[number % 3],
                    priorities=priorities[: number % 3],
                    showcased=number % 4 == 0,
                    showcase_reason="A model.",
                )
            )

    assert_flat_query_count(*listing_queries(client, f"/en/programmes/{query}", grow, sizes=(5, 40)), MAX_QUERIES)


# --- Training library ------------------------------------------------------------------------------------------------


def attach_document(material, title, content=b"%PDF-1.4 " + b"x" * 2039, name="guide.pdf"):
    document = get_document_model().objects.create(title=title, file=ContentFile(content, name=name))
    document.file_size = len(content)
    document.save(update_fields=["file_size"])
    TrainingMaterialDocument.objects.create(page=material, document=document, sort_order=0)
    return document


@pytest.fixture
def library(programmes):
    return factories.create_training_index(programmes)


@pytest.fixture
def materials(library):
    guide, template = factories.create_material_type("Guide"), factories.create_material_type("Template")
    advocacy, lobbying = factories.create_topic("Advocacy"), factories.create_topic("Lobbying")
    capacity = factories.create_priority(1, "Capacity building")
    Audience, Level = TrainingMaterialPage.Audience, TrainingMaterialPage.Level

    def material(title, **fields):
        return factories.create_material(library, title=title, revision=False, **fields)

    items = {
        "toolkit": material(
            "Advocacy toolkit",
            material_type=guide,
            topics=[advocacy],
            priorities=[capacity],
            audience=Audience.ADVOCATES,
            level=Level.INTRODUCTORY,
        ),
        "lobbying": material(
            "Lobbying guide",
            material_type=guide,
            topics=[advocacy, lobbying],
            audience=Audience.ORGANISERS,
            level=Level.ADVANCED,
        ),
        "budget": material(
            "Budget template",
            material_type=template,
            topics=[lobbying],
            priorities=[capacity],
            audience=Audience.ORGANISERS,
            level=Level.INTRODUCTORY,
        ),
    }
    attach_document(items["toolkit"], "Advocacy toolkit (print)")
    attach_document(items["budget"], "Budget spreadsheet", content=b"a,b\n" * 100, name="budget.csv")
    return items


def test_all_materials_are_listed(client, library, materials):
    response = client.get(library.url)

    assert sorted(card_titles(response)) == ["Advocacy toolkit", "Budget template", "Lobbying guide"]
    assert "3 training materials." in status(response)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=guide", {"Advocacy toolkit", "Lobbying guide"}),
        ("topic=lobbying", {"Lobbying guide", "Budget template"}),
        ("priority=capacity-building", {"Advocacy toolkit", "Budget template"}),
        ("audience=organisers", {"Lobbying guide", "Budget template"}),
        ("level=introductory", {"Advocacy toolkit", "Budget template"}),
        ("type=guide&topic=lobbying", {"Lobbying guide"}),
        ("topic=advocacy&level=introductory&audience=advocates", {"Advocacy toolkit"}),
        ("type=template&level=advanced", set()),
    ],
)
def test_each_material_filter_and_combination_narrows_the_library(client, library, materials, query, expected):
    response = client.get(f"{library.url}?{query}")

    assert response.status_code == 200
    assert set(card_titles(response)) == expected


def test_material_links_show_counts_and_the_filter_in_force(client, library, materials):
    shown = facets(client.get(f"{library.url}?topic=lobbying"), "material-facets")

    assert {label: count for label, (count, _, _) in shown["type"].items()} == {"Guide": 1, "Template": 1}
    assert {label: count for label, (count, _, _) in shown["topic"].items()} == {"Advocacy": 2, "Lobbying": 2}
    assert shown["topic"]["Lobbying"][2] is True
    assert {label: count for label, (count, _, _) in shown["audience"].items()} == {"National organisers": 2}
    assert {label: count for label, (count, _, _) in shown["level"].items()} == {"Introductory": 1, "Advanced": 1}
    assert shown["level"]["Advanced"][1] == "?topic=lobbying&level=advanced#materials"
    remove = soup_of(client.get(f"{library.url}?topic=lobbying&level=advanced")).select("a.facet__remove")
    assert {link["href"] for link in remove} == {"?level=advanced#materials", "?topic=lobbying#materials"}


@pytest.mark.parametrize("query", ["type=video", "topic=", "level=expert", "audience=aliens&type=guide", "page=x"])
def test_unknown_material_filters_show_the_whole_library(client, library, materials, query):
    response = client.get(f"{library.url}?{query}")

    assert response.status_code == 200
    assert len(card_titles(response)) == 3


def test_a_bogus_material_filter_has_a_message(client, library, materials):
    response = client.get(f"{library.url}?type=video")

    assert "not recognised" in status(response)


def test_cards_show_the_type_and_size_of_their_downloads(client, library, materials):
    soup = soup_of(client.get(library.url))

    downloads = {
        card.select_one(".card__title").get_text(strip=True): [
            " ".join(item.get_text(" ").split()) for item in card.select(".card__downloads li")
        ]
        for card in soup.select(".listing-layout .card")
    }
    assert downloads["Advocacy toolkit"] == ["Advocacy toolkit (print) (PDF, 2.0 KB)"]
    assert downloads["Budget template"] == ["Budget spreadsheet (CSV, 400 bytes)"]
    assert downloads["Lobbying guide"] == []
    link = soup.select_one(".card__downloads a")["href"]
    assert re.match(r"^/documents/\d+/guide[^/]*\.pdf$", link)


def test_materials_are_paginated(client, library):
    for number in range(PAGE_SIZE + 1):
        factories.create_material(library, title=f"Material {number:02d}", revision=False)

    first, second = client.get(library.url), client.get(f"{library.url}?page=2")

    assert len(card_titles(first)) == PAGE_SIZE
    assert card_titles(second) == [f"Material {PAGE_SIZE:02d}"]


def test_the_library_links_to_itself_in_other_languages_with_the_same_filters(client, home, programmes, library):
    topic = factories.create_topic("Advocacy")
    factories.create_material(library, title="Advocacy toolkit", topics=[topic])
    factories.create_material(library, title="Untagged guide")
    french_library = factories.publish_translated_tree([home, programmes, library], "fr")[-1]
    factories.create_material(french_library, title="Boîte à outils", topics=[topic])

    response = client.get(f"{library.url}?topic=advocacy")

    languages = facets(response, "material-facets")["language"]
    assert languages["English"] == (1, "/en/programmes/training/?topic=advocacy#materials", True)
    assert languages["Français"] == (1, "/fr/programmes/training/?topic=advocacy#materials", False)
    french = client.get("/fr/programmes/training/?topic=advocacy")
    assert card_titles(french) == ["Boîte à outils"]


def test_a_library_in_one_language_has_no_language_links(client, library, materials):
    assert "language" not in facets(client.get(library.url), "material-facets")


@pytest.mark.parametrize("query", ["", "?type=guide&topic=advocacy&level=introductory"])
def test_library_queries_do_not_grow_with_the_number_of_materials(client, library, query):
    types = [factories.create_material_type("Guide"), factories.create_material_type("Template")]
    topics = [factories.create_topic("Advocacy"), factories.create_topic("Lobbying")]
    priorities = [factories.create_priority(1, "Capacity building")]
    image = factories.create_image("Workshop photo")
    built = []

    def grow(count):
        for _ in range(count):
            number = len(built)
            material = factories.create_material(
                library,
                revision=False,
                material_type=types[number % 2],
                topics=topics[: number % 3],
                priorities=priorities,
                level=TrainingMaterialPage.Level.values[number % 3],
                listing_image=image,
            )
            attach_document(material, f"Handout {number}")
            built.append(material)

    assert_flat_query_count(*listing_queries(client, f"{library.url}{query}", grow, sizes=(5, 40)), MAX_QUERIES)
