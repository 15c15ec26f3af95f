"""Filtering the training library: links with counts, downloads on cards, languages, pagination, bad input."""

import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from programmes.filters import PAGE_SIZE
from programmes.models import TrainingMaterialDocument, TrainingMaterialPage
from tests import assert_flat_query_count, factories, listing_queries, soup_of
from tests.programmes.listing import MAX_QUERIES, card_titles, facets, status

pytestmark = pytest.mark.django_db


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
