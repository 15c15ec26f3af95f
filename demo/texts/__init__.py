"""Every text the demo site ships, as Python data, split by family; this module gathers what the builder needs.

The texts are the project's own copy of the seed material: nothing here reads files at run time.
"""

from demo.texts import (
    events,
    programmes,
    site,
    sourcebook,
    sourcebook_chapters,
    taxonomy,
    training_guides,
    training_templates,
    training_workshops,
)

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
