"""A small vocabulary for writing page bodies as plain data, kept free of Wagtail so the texts stay readable.

A body is a list of blocks, each a ``(block_type, value)`` pair that mirrors ``core.blocks.BodyBlock``.
Images, documents and pages are named by key; the builder swaps keys for the objects it created.
Inside rich text, ``<a page="key">…</a>`` and ``<a doc="key">…</a>`` become Wagtail internal links.
"""

import re

LINK_PATTERN = re.compile(r'<a (page|doc)="([^"]+)">(.*?)</a>', re.DOTALL)


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(html):
    return ("paragraph", html)


def quote(text, attribution=""):
    return ("quote", {"text": text, "attribution": attribution})


def image(key, caption="", attribution=""):
    return ("image", {"image": key, "caption": caption, "attribution": attribution})


def document(key, title=""):
    return ("document", {"document": key, "title": title})


def call_to_action(title, text, button_label, page=None, url=""):
    return ("call_to_action", {"title": title, "text": text, "page": page, "url": url, "button_label": button_label})


def section(title, *paragraphs, level="h2"):
    """A heading followed by paragraphs: the shape most chapters and guides are written in."""
    return [heading(title, level), *(paragraph(html) for html in paragraphs)]


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def ol(*items):
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


def p(*sentences):
    return "<p>" + " ".join(sentences) + "</p>"


def body(*parts):
    """Flatten blocks, lists of blocks (from ``section``) and bare HTML strings (paragraphs) into one body."""
    blocks = []
    for part in parts:
        if isinstance(part, list):
            blocks.extend(part)
        elif isinstance(part, str):
            blocks.append(paragraph(part))
        else:
            blocks.append(part)
    return blocks


def table(header, rows):
    """A table: only documents use it (PDF and Word); page bodies have no table block."""
    return ("table", {"header": list(header), "rows": [list(row) for row in rows]})
