"""Filtering the training library: links with counts, downloads on cards, bad input (pagination, languages and
query counts: test_material_listing.py)."""

import re

import pytest

from programmes.models import TrainingMaterialPage
from tests import factories, soup_of
from tests.module_data import built_once, read_again, references
from tests.programmes.listing import attach_document, card_titles, facets, status

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _library_built(django_db_setup, django_db_blocker):
    """The library and materials of `materials`, built once for the module (tests/module_data.py)."""
    with built_once(django_db_blocker):
        home = factories.create_site_home(summary="The home of the WSIS Gender Caucus.")
        programmes = factories.create_programme_index(home, summary="National and regional programmes.")
        library = factories.create_training_index(programmes)
        yield references({"library": library, "materials": build_materials(library)})


@pytest.fixture
def library(_library_built, db):
    """The training library at /en/programmes/training/; tests of a library they fill themselves are in
    test_material_listing.py."""
    return read_again(_library_built)["library"]


@pytest.fixture
def materials(_library_built, db):
    """Three materials, two of them with a download."""
    return read_again(_library_built)["materials"]


def build_materials(library):
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


def test_a_library_in_one_language_has_no_language_links(client, library, materials):
    assert "language" not in facets(client.get(library.url), "material-facets")
