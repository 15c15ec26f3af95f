"""The hand-written translations the demo ships, read from PO files in ``demo/texts/translations/<language>/``.

Messages are keyed by their English ``msgid`` alone, in the form wagtail-localize exports them (HTML, with ``&amp;``
for ``&``). Contexts are left out on purpose: a segment's ``msgctxt`` holds StreamField block ids, which differ in
every database, while the English text is the same wherever it appears. ``taxonomy.po`` holds the taxonomy terms;
every other file in the folder holds page texts.
"""

from pathlib import Path

import polib
from wagtail_localize.strings import StringValue

TEXTS = Path(__file__).resolve().parent.parent / "texts" / "translations"
TAXONOMY_FILE = "taxonomy.po"


class CatalogueError(Exception):
    """Two files give different translations of one English text."""


class Catalogue:
    """English text → translation for one language."""

    def __init__(self, language_code, messages):
        self.language_code = language_code
        self.messages = messages

    def __len__(self):
        return len(self.messages)

    def get(self, msgid):
        """The translation of a message as wagtail-localize writes it (HTML), or None."""
        return self.messages.get(msgid)

    def get_plain(self, text):
        """The translation of plain text (a form label, a document title), or None."""
        msgstr = self.messages.get(StringValue.from_plaintext(text).data)
        return None if msgstr is None else StringValue(msgstr).render_text()


def _read(paths):
    messages = {}
    for path in paths:
        for entry in polib.pofile(str(path)):
            if entry.obsolete or not entry.msgstr or "fuzzy" in entry.flags:
                continue
            known = messages.setdefault(entry.msgid, entry.msgstr)
            if known != entry.msgstr:
                raise CatalogueError(f"{path.parent.name}: two translations of {entry.msgid!r}.")
    return messages


def page_catalogue(language_code):
    """Every page text translated into ``language_code`` (all its PO files but the taxonomy)."""
    folder = TEXTS / language_code
    paths = sorted(path for path in folder.glob("*.po") if path.name != TAXONOMY_FILE)
    return Catalogue(language_code, _read(paths))


def taxonomy_catalogue(language_code):
    """The taxonomy terms' names and descriptions translated into ``language_code``."""
    path = TEXTS / language_code / TAXONOMY_FILE
    return Catalogue(language_code, _read([path] if path.exists() else []))
