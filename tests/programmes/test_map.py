"""The world map of the programmes section: the bundled base map, and the countries with content linked on it."""

import json

import pytest
from django.contrib.staticfiles import finders
from django_countries import countries

from programmes import map as country_maps
from scripts import build_world_map
from tests import factories, soup_of

pytestmark = pytest.mark.django_db


def mapped(response):
    """{code: (href, title)} for each country the map links."""
    svg = soup_of(response).select_one("svg.country-map__svg")
    return {link["data-country"]: (link["href"], link.find("title").get_text()) for link in svg.find_all("a")}


def listed(response):
    return [link["href"] for link in soup_of(response).select(".country-map__list a")]


@pytest.fixture
def content(programmes, southern_africa):
    """Live content for Malawi (plan), Kenya (event), Zambia and Singapore (a material); drafts for France."""
    library = factories.create_training_index(programmes)
    factories.create_plan(southern_africa, title="Malawi plan", country="MW", revision=False)
    factories.create_event(southern_africa, title="Nairobi workshop", country="KE", revision=False)
    factories.create_material(library, title="Toolkit", countries=["ZM", "SG"], revision=False)
    factories.create_plan(southern_africa, title="French draft", country="FR", publish=False)
    factories.create_plan(southern_africa, title="No country", revision=False)
    return library


@pytest.mark.parametrize("url", ["/en/programmes/", "/en/programmes/countries/"])
def test_the_map_links_exactly_the_countries_with_content(client, content, url):
    response = client.get(url)

    assert response.status_code == 200
    links = mapped(response)
    assert links == {
        "KE": ("/en/programmes/countries/KE/", "Kenya"),
        "MW": ("/en/programmes/countries/MW/", "Malawi"),
        "SG": ("/en/programmes/countries/SG/", "Singapore"),
        "ZM": ("/en/programmes/countries/ZM/", "Zambia"),
    }
    for href, _ in links.values():
        assert client.get(href).status_code == 200
    # The same countries as a list of links, in name order, for screen readers and browsers without SVG.
    assert listed(response) == [f"/en/programmes/countries/{code}/" for code in ("KE", "MW", "SG", "ZM")]


def test_countries_are_drawn_as_shapes_and_small_ones_get_a_marker(client, content):
    svg = soup_of(client.get("/en/programmes/countries/")).select_one("svg.country-map__svg")

    malawi = svg.find("a", attrs={"data-country": "MW"})
    singapore = svg.find("a", attrs={"data-country": "SG"})
    assert malawi.find("path")["d"].startswith("M")
    assert malawi.find("circle") is None
    assert singapore.find("path") is None
    assert singapore.find("circle") is not None
    # Everything else is one background shape, hidden from assistive technology.
    background = svg.find("path", class_="country-map__land")
    assert background["aria-hidden"] == "true"
    assert malawi.find("path")["d"] not in background["d"]


def test_the_map_is_accessible(client, content):
    soup = soup_of(client.get("/en/programmes/"))

    svg = soup.select_one("svg.country-map__svg")
    caption = soup.find(id=svg["aria-labelledby"])
    assert caption.name == "figcaption" and "highlighted" in caption.get_text()
    for link in svg.find_all("a"):
        assert link.get("tabindex") != "-1"
        assert link.find("title").get_text(strip=True)


def test_a_country_without_a_shape_is_still_listed(client, content, southern_africa):
    factories.create_plan(southern_africa, title="Tuvalu plan", country="TV", revision=False)
    response = client.get("/en/programmes/countries/")

    assert "TV" not in mapped(response)
    assert "/en/programmes/countries/TV/" in listed(response)


def test_no_content_no_map(client, programmes):
    response = client.get("/en/programmes/")

    assert soup_of(response).select_one("svg.country-map__svg") is None


def test_the_map_of_a_french_tree_links_french_webspaces_with_french_names(client, home, programmes, southern_africa):
    factories.create_plan(southern_africa, title="English only", country="MW", revision=False)
    french_region = factories.publish_translated_tree([home, programmes, southern_africa], "fr")[-1]
    factories.create_plan(french_region, title="Programme sud-africain", country="ZA", revision=False)

    response = client.get("/fr/programmes/")

    assert response.status_code == 200
    assert mapped(response) == {"ZA": ("/fr/programmes/countries/ZA/", "Afrique du Sud")}
    assert listed(response) == ["/fr/programmes/countries/ZA/"]
    assert client.get("/fr/programmes/countries/ZA/").status_code == 200
    assert set(mapped(client.get("/en/programmes/"))) == {"MW"}


def test_the_map_is_not_mirrored_in_a_right_to_left_language(client, home, programmes, southern_africa):
    arabic_region = factories.publish_translated_tree([home, programmes, southern_africa], "ar")[-1]
    factories.create_plan(southern_africa, country="MW", revision=False)
    factories.create_plan(arabic_region, country="MW", revision=False)

    english, arabic = client.get("/en/programmes/"), client.get("/ar/programmes/")

    assert soup_of(arabic).find("html")["dir"] == "rtl"
    english_svg, arabic_svg = (soup_of(r).select_one("svg.country-map__svg") for r in (english, arabic))
    base = country_maps.world_map()
    assert arabic_svg["viewbox"] == english_svg["viewbox"] == f"0 0 {base['width']} {base['height']}"
    assert "transform" not in str(arabic_svg)
    assert arabic_svg.select_one("a path")["d"] == english_svg.select_one("a path")["d"]
    assert arabic_svg.find("a")["href"] == "/ar/programmes/countries/MW/"


# --- The bundled base map --------------------------------------------------------------------------------------------


def test_the_bundled_map_is_small_and_keyed_by_iso_codes():
    path = finders.find(country_maps.MAP_FILE)
    with open(path, "rb") as file:
        size = len(file.read())

    data = country_maps.world_map()
    assert size < 300_000
    assert len(data["shapes"]) > 150
    assert {"MW", "KE", "BR", "IN", "FR", "RU", "FJ"} <= set(data["shapes"])
    assert "AQ" not in data["shapes"]
    assert {"SG", "MU", "BH", "CV"} <= set(data["markers"])
    for code in [*data["shapes"], *data["markers"]]:
        assert countries.alpha2(code) == code, code


def test_the_base_map_is_read_once_on_first_use():
    country_maps.world_map.cache_clear()
    country_maps._background.cache_clear()

    country_maps.country_map([])
    country_maps.country_map([])

    assert country_maps.world_map.cache_info().misses == 1


def _topology(*geometries, arcs):
    return {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": arcs,
        "objects": {"countries": {"type": "GeometryCollection", "geometries": list(geometries)}},
    }


def test_building_the_map_from_world_atlas_topojson():
    # Malawi (454) as a 20° square, Fiji (242) across the antimeridian, a country with no ISO code (Kosovo in
    # world-atlas), and Antarctica (010), which is left out. Arcs are delta-encoded, as in TopoJSON.
    detailed = _topology(
        {"type": "Polygon", "arcs": [[0]], "id": "454"},
        {"type": "Polygon", "arcs": [[1]], "id": "242"},
        {"type": "Polygon", "arcs": [[2]], "properties": {"name": "Kosovo"}},
        {"type": "Polygon", "arcs": [[3]], "id": "010"},
        arcs=[
            [[20, -20], [20, 0], [0, 20], [-20, 0], [0, -20]],
            [[170, -10], [-340, 0], [0, -10], [340, 0], [0, 10]],
            [[-60, 40], [5, 0], [0, 5], [-5, 0], [0, -5]],
            [[-180, -89], [360, 0], [0, 10], [-360, 0], [0, -10]],
        ],
    )
    small = _topology(
        {"type": "Polygon", "arcs": [[0]], "id": "702"},
        arcs=[[[103, 1], [1, 0], [0, 1], [-1, 0], [0, -1]]],
    )

    data = build_world_map.build(detailed, small)

    assert set(data["shapes"]) == {"MW", "FJ"}
    assert data["width"] == build_world_map.WIDTH
    # Fiji is cut at 180°: one ring on the eastern edge of the map, one on the western edge.
    assert data["shapes"]["FJ"].count("M") == 2
    assert data["unlabelled"].startswith("M")
    assert set(data["markers"]) == {"SG"}
    x, y = data["markers"]["SG"]
    assert 0 <= x <= data["width"] and 0 <= y <= data["height"]
    json.dumps(data)
