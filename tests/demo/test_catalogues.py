"""The shipped PO catalogues: they load, agree with themselves, and keep the markup of the English texts."""

import re
from collections import Counter

import polib
import pytest

from demo.terms import VOCABULARIES
from demo.translations import LANGUAGE_PAGES
from demo.translations.catalogue import TAXONOMY_FILE, TEXTS, page_catalogue, taxonomy_catalogue

TAG = re.compile(r"<[^>]+>")


def entries(code):
    for path in sorted((TEXTS / code).glob("*.po")):
        for entry in polib.pofile(str(path)):
            yield path, entry


@pytest.mark.parametrize("code", LANGUAGE_PAGES)
def test_every_language_ships_page_and_taxonomy_catalogues(code):
    assert len(page_catalogue(code)) > 70
    assert len(taxonomy_catalogue(code)) >= 23
    assert (TEXTS / code / TAXONOMY_FILE).exists()
    for path in (TEXTS / code).glob("*.po"):
        assert polib.pofile(str(path)).metadata["Language"] == code, path


@pytest.mark.parametrize("code", LANGUAGE_PAGES)
def test_translations_keep_the_markup_and_are_complete(code):
    problems = []
    for path, entry in entries(code):
        if not entry.msgstr or "fuzzy" in entry.flags:
            problems.append(f"{path.name}: untranslated {entry.msgid[:60]!r}")
        elif Counter(TAG.findall(entry.msgid)) != Counter(TAG.findall(entry.msgstr)):
            problems.append(f"{path.name}: markup differs in {entry.msgid[:60]!r}")
    assert problems == []


@pytest.mark.parametrize("code", LANGUAGE_PAGES)
def test_translated_slugs_are_url_safe(code):
    slugs = [entry.msgstr for _path, entry in entries(code) if entry.comment == "slug"]
    assert slugs and all(re.fullmatch(r"[a-z0-9-]+", slug) for slug in slugs), slugs


@pytest.mark.parametrize("code", LANGUAGE_PAGES)
def test_every_taxonomy_translation_fits_its_column(code):
    """PostgreSQL refuses text longer than max_length (SQLite stores it): an Arabic short name once did not fit."""
    catalogue = taxonomy_catalogue(code)
    too_long = []
    for model, specs in VOCABULARIES:
        for spec in specs:
            for name, english in spec.items():
                field = model._meta.get_field(name.removesuffix("_en"))
                translated = catalogue.get_plain(english) if isinstance(english, str) else None
                if translated and field.max_length and len(translated) > field.max_length:
                    too_long.append(f"{spec['slug']}.{name}: {len(translated)} > {field.max_length}")
    assert too_long == []
