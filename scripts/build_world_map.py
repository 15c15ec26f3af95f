"""Build site/static/maps/world.json, the programmes section's base map, from the `world-atlas` npm package.

Run once at development time, not by the site:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python scripts/build_world_map.py package/countries-110m.json package/countries-50m.json

Country shapes come from the 1:110m file; countries too small for that scale (Singapore, Mauritius, …) get a
marker at the centre of their largest island in the 1:50m file, so every country can be linked.
"""

import json
import math
import sys
from pathlib import Path

from django.conf import settings
from django_countries import countries

REPO_ROOT = Path(__file__).resolve().parent.parent
OUTPUT = REPO_ROOT / "site" / "static" / "maps" / "world.json"
WIDTH = 1000
# Shapes narrower or shorter than this (in map units) also get a marker, so they remain a target for a pointer.
MIN_SHAPE_SIZE = 8
# Antarctica takes a fifth of the map's height and has no programmes.
LEFT_OUT = {"AQ"}


def _decode_arcs(topology):
    """TopoJSON arcs as lists of (longitude, latitude), undoing the delta encoding and quantisation."""
    (scale_x, scale_y), (move_x, move_y) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + move_x, y * scale_y + move_y))
        arcs.append(points)
    return arcs


def _ring(arcs, indexes):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _polygons(geometry, arcs):
    """A TopoJSON Polygon or MultiPolygon as a list of polygons, each a list of rings of (longitude, latitude)."""
    if geometry["type"] == "Polygon":
        polygons = [geometry["arcs"]]
    elif geometry["type"] == "MultiPolygon":
        polygons = geometry["arcs"]
    else:
        return []
    return [[piece for ring in polygon for piece in _split_at_antimeridian(_ring(arcs, ring))] for polygon in polygons]


def _clip(ring, keep, cross):
    """Sutherland–Hodgman: the part of a ring on one side of a meridian (`keep` tests points, `cross` finds edges)."""
    clipped = []
    for current, following in zip(ring, ring[1:] + ring[:1], strict=True):
        if keep(current):
            clipped.append(current)
            if not keep(following):
                clipped.append(cross(current, following))
        elif keep(following):
            clipped.append(cross(current, following))
    return clipped


def _at_longitude(longitude):
    def cross(start, end):
        share = (longitude - start[0]) / (end[0] - start[0])
        return longitude, start[1] + share * (end[1] - start[1])

    return cross


def _split_at_antimeridian(ring):
    """A ring that crosses 180° (Russia, Fiji) as the rings on either side of it; any other ring as it is."""
    unwrapped = [ring[0]]
    for longitude, latitude in ring[1:]:
        previous = unwrapped[-1][0]
        longitude += 360 * round((previous - longitude) / 360)
        unwrapped.append((longitude, latitude))
    if all(-180 <= longitude <= 180 for longitude, _ in unwrapped):
        return [ring]
    pieces = []
    for shift in (-360, 0, 360):
        shifted = [(longitude + shift, latitude) for longitude, latitude in unwrapped]
        piece = _clip(shifted, lambda point: point[0] >= -180, _at_longitude(-180))
        piece = _clip(piece, lambda point: point[0] <= 180, _at_longitude(180)) if piece else []
        if len(piece) >= 3 and _area(piece) > 0:
            pieces.append(piece)
    return pieces


def _natural_earth(longitude, latitude):
    """The Natural Earth projection (Šavrič, Jenny, Patterson and Hurni, 2011): a world that looks like a world."""
    lam, phi = math.radians(longitude), math.radians(latitude)
    phi2 = phi * phi
    phi4 = phi2 * phi2
    x = lam * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)))
    y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)))
    return x, -y


def _path(rings):
    """Rings of integer map points as compact SVG path data: relative moves, no repeated points, no spare spaces."""
    parts = []
    for ring in rings:
        deduplicated = [point for index, point in enumerate(ring) if index == 0 or point != ring[index - 1]]
        if len(deduplicated) > 1 and deduplicated[0] == deduplicated[-1]:
            deduplicated.pop()
        if len(deduplicated) < 3:
            continue
        (x, y), rest = deduplicated[0], deduplicated[1:]
        numbers = []
        for next_x, next_y in rest:
            numbers += [next_x - x, next_y - y]
            x, y = next_x, next_y
        text = "".join(f"{'' if n < 0 or i == 0 else ' '}{n}" for i, n in enumerate(numbers))
        parts.append(f"M{deduplicated[0][0]} {deduplicated[0][1]}l{text}z")
    return "".join(parts)


def _area(ring):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def _centre(ring):
    """The centroid of a ring, or the mean of its points when it is too small to have an area."""
    area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2
    if abs(area) < 1e-9:
        return sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring)
    cx = sum((x0 + x1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))
    cy = sum((y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))
    return cx / (6 * area), cy / (6 * area)


def _features(topology):
    """(alpha-2 code or "", polygons in projected units) for every country of a world-atlas topology."""
    arcs = _decode_arcs(topology)
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = countries.alpha2(geometry["id"]) if "id" in geometry else ""
        if code in LEFT_OUT:
            continue
        polygons = [
            [[_natural_earth(*point) for point in ring] for ring in polygon] for polygon in _polygons(geometry, arcs)
        ]
        yield code, polygons


def build(detailed_topology, small_countries_topology):
    """The bundled map from world-atlas' countries-110m (shapes) and countries-50m (markers for small countries)."""
    features = list(_features(detailed_topology))
    points = [point for _, polygons in features for polygon in polygons for ring in polygon for point in ring]
    left, top = min(x for x, _ in points), min(y for _, y in points)
    right, bottom = max(x for x, _ in points), max(y for _, y in points)
    scale = WIDTH / (right - left)

    def to_map(point):
        return round((point[0] - left) * scale), round((point[1] - top) * scale)

    shapes, unlabelled, markers = {}, [], {}
    for code, polygons in features:
        rings = [[to_map(point) for point in ring] for polygon in polygons for ring in polygon]
        path = _path(rings)
        if not code:
            unlabelled.append(path)
            continue
        shapes[code] = shapes.get(code, "") + path
        outer = max((polygon[0] for polygon in polygons), key=_area)
        xs, ys = [x for x, _ in map(to_map, outer)], [y for _, y in map(to_map, outer)]
        if max(xs) - min(xs) < MIN_SHAPE_SIZE and max(ys) - min(ys) < MIN_SHAPE_SIZE:
            markers[code] = list(to_map(_centre(outer)))

    for code, polygons in _features(small_countries_topology):
        if code and code not in shapes and polygons:
            outer = max((polygon[0] for polygon in polygons), key=_area)
            markers[code] = list(to_map(_centre(outer)))

    return {
        "source": "world-atlas 2.0.2 (npm, ISC licence), from Natural Earth 1:110m and 1:50m (public domain)",
        "projection": "Natural Earth",
        "width": WIDTH,
        "height": round((bottom - top) * scale),
        "shapes": dict(sorted(shapes.items())),
        "unlabelled": "".join(unlabelled),
        "markers": dict(sorted(markers.items())),
    }


def main(detailed_path, small_countries_path, output=None):
    if not settings.configured:
        settings.configure(USE_I18N=False)  # django_countries reads its overrides from settings
    output = Path(output or OUTPUT)
    with open(detailed_path, encoding="utf-8") as detailed, open(small_countries_path, encoding="utf-8") as small:
        data = build(json.load(detailed), json.load(small))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{output}: {len(data['shapes'])} shapes, {len(data['markers'])} markers, {output.stat().st_size} bytes")


if __name__ == "__main__":
    main(*sys.argv[1:])
