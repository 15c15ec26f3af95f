"""Every text the demo site ships, as data files beside this module, split by family; this module gathers them.

The texts are the project's own copy of the seed material (YAML, one file per family; their translations are PO
files under translations/). A page body is a list of ``[block_type, value]`` pairs that mirrors
``core.blocks.BodyBlock``; images, documents and pages are named by key (demo/content.py says how).
"""

from pathlib import Path
from types import SimpleNamespace

import yaml

_HERE = Path(__file__).resolve().parent
# libyaml's safe loader when PyYAML has it (the wheels do): the same data, read ten times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(name):
    with open(_HERE / f"{name}.yaml", encoding="utf-8") as file:
        return SimpleNamespace(**yaml.load(file, Loader=_LOADER))


events = _load("events")
programmes = _load("programmes")
site = _load("site")
sourcebook = _load("sourcebook")
sourcebook_chapters = _load("sourcebook_chapters")
taxonomy = _load("taxonomy")
training_guides = _load("training_guides")
training_templates = _load("training_templates")
training_workshops = _load("training_workshops")

# Published in this order: the home page lists the most recently published materials, so the core guides go last.
MATERIALS = [
    *training_templates.TEMPLATES,
    *reversed(training_workshops.WORKSHOP_MATERIALS),
    *reversed(training_guides.GUIDES),
]
EVENTS = [*events.PAST_EVENTS, *events.UPCOMING_EVENTS]
CHAPTERS = sourcebook_chapters.CHAPTERS

MATERIAL_TYPE_NAMES = {term["slug"]: term["name"] for term in taxonomy.MATERIAL_TYPES}


def material_document_keys(material):
    """The keys of the downloads a training material page lists."""
    suffix = "docx" if "docx" in material else "pdf"
    return [f"{material['key']}-{suffix}"]


def _material_document(material):
    key = material_document_keys(material)[0]
    spec = {"key": key, "title": material["title"], "subtitle": material["summary"]}
    if "docx" in material:
        return {**spec, "format": "docx", "content": material["docx"]}
    if "slides" in material:
        return {**spec, "format": "slides", "slides": material["slides"], "subtitle": "WSIS Gender Caucus"}
    return {**spec, "format": "pdf", "content": [*material["body"], *material.get("pdf_extra", [])]}


IMAGES = [
    *site.IMAGES,
    *programmes.IMAGES,
    *events.IMAGES,
    {"key": "training", "title": "Training materials", "kicker": "Advocacy and lobbying"},
    *({"key": m["key"], "title": m["title"], "kicker": MATERIAL_TYPE_NAMES[m["material_type"]]} for m in MATERIALS),
    *sourcebook_chapters.IMAGES,
]

DOCUMENTS = [
    *site.DOCUMENTS,
    *programmes.DOCUMENTS,
    *events.DOCUMENTS,
    *(_material_document(material) for material in MATERIALS),
    *sourcebook_chapters.DOCUMENTS,
]

__all__ = ["CHAPTERS", "DOCUMENTS", "EVENTS", "IMAGES", "MATERIALS", "events", "programmes", "site", "sourcebook"]
