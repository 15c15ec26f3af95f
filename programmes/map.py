"""The world map of the programmes section: a bundled base map, and the countries with content picked out on it.

The base map (site/static/maps/world.json) is built once, at development time, by scripts/build_world_map.py.
"""

import functools
import json
from dataclasses import dataclass

from django.contrib.staticfiles import finders

MAP_FILE = "maps/world.json"


@functools.cache
def world_map():
    """The base map: read from the static files on first use, then kept in memory for the life of the process."""
    path = finders.find(MAP_FILE)
    if path is None:
        raise FileNotFoundError(f"The base map {MAP_FILE} is missing from the static files.")
    with open(path, encoding="utf-8") as file:
        return json.load(file)


@dataclass(frozen=True)
class MapCountry:
    country: object  # a django_countries Country: its name is translated when read
    shape: str  # SVG path data, empty for a country drawn as a marker only
    marker: tuple | None  # (x, y) of a dot for a country too small to click at this scale

    @property
    def code(self):
        return self.country.code


@dataclass(frozen=True)
class CountryMap:
    width: int
    height: int
    background: str  # every country without content, as one path
    countries: list  # MapCountry, in the order they were given
    missing: list  # Country objects the base map cannot show (kept in the text list)


def country_map(countries):
    """The base map with `countries` (django_countries Country objects) picked out, in the order given."""
    base = world_map()
    shown, missing = [], []
    for country in countries:
        shape = base["shapes"].get(country.code, "")
        marker = base["markers"].get(country.code)
        if shape or marker:
            shown.append(MapCountry(country, shape, tuple(marker) if marker else None))
        else:
            missing.append(country)
    return CountryMap(
        width=base["width"],
        height=base["height"],
        background=_background(frozenset(item.code for item in shown)),
        countries=shown,
        missing=missing,
    )


@functools.lru_cache(maxsize=64)
def _background(highlighted):
    base = world_map()
    shapes = [shape for code, shape in base["shapes"].items() if code not in highlighted]
    return "".join([*shapes, base["unlabelled"]])
