"""The training library with the materials each test adds: pagination, links to the library in other languages
with the same filters, and queries that do not grow with the number of materials (filters: test_material_filters.py).
"""

import pytest

from programmes.filters import PAGE_SIZE
from programmes.models import TrainingMaterialPage
from tests import assert_flat_query_count, factories, listing_queries
from tests.programmes.listing import MAX_QUERIES, attach_document, card_titles, facets

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(programmes):
    return factories.create_training_index(programmes)


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


@pytest.mark.usefixtures("no_fragment_cache")
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
