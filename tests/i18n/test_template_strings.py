"""No visible text in the public templates bypasses translation: it is in {% translate %}, {% blocktranslate %} or a
variable. Editors' content arrives through variables; everything else a visitor reads must be in the catalogues."""

import re
import unicodedata
from pathlib import Path

import pytest
from django.conf import settings

BASE = Path(settings.BASE_DIR)
TEMPLATE_DIRS = [BASE / "site" / "templates", *(BASE / app / "templates" for app in settings.PROJECT_APPS)]
# The admin report follows Wagtail's admin rules.
EXCLUDED_DIRS = [BASE / "editorial" / "templates" / "editorial" / "admin"]
# Attributes whose values people read or hear: a text alternative, a tooltip, an accessible name, a hint.
TEXT_ATTRIBUTES = ("alt", "title", "aria-label", "aria-description", "placeholder", "label", "data-label-[\\w-]+")

_BLANKED = [
    re.compile(r"\{#.*?#\}", re.S),
    re.compile(r"\{%\s*comment\s*%\}.*?\{%\s*endcomment\s*%\}", re.S),
    re.compile(r"<!--.*?-->", re.S),
    re.compile(r"\{%\s*blocktrans(?:late)?\b.*?\{%\s*endblocktrans(?:late)?\s*%\}", re.S),
    re.compile(r"\{%.*?%\}", re.S),
    re.compile(r"\{\{.*?\}\}", re.S),
    re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I),
    re.compile(r"&(?:#\d+|#x[0-9a-f]+|\w+);", re.I),
]
_TAG = re.compile(r"<[^<>]*>", re.S)  # a tag name may itself be a variable: <{{ value.level }}>
_ATTRIBUTE = re.compile(r"""\s(""" + "|".join(TEXT_ATTRIBUTES) + r""")\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)


def _blank(match):
    """The match as spaces, keeping its line breaks so positions still give the right line numbers."""
    return re.sub(r"[^\n]", " ", match.group(0))


def _has_words(text):
    return any(unicodedata.category(char)[0] in "LN" for char in text)


def unmarked_strings(source):
    """(line, text) for each run of visible text or readable attribute value outside translation tags and variables."""
    for pattern in _BLANKED:
        source = pattern.sub(_blank, source)
    found = []
    for tag in _TAG.finditer(source):
        for attribute in _ATTRIBUTE.finditer(tag.group(0)):
            value = attribute.group(2) if attribute.group(2) is not None else attribute.group(3)
            if _has_words(value):
                line = source.count("\n", 0, tag.start() + attribute.start()) + 1
                found.append((line, f'{attribute.group(1)}="{value.strip()}"'))
    source = _TAG.sub(_blank, source)
    for text in re.finditer(r"[^\s][^\n]*", source):
        if _has_words(text.group(0)):
            found.append((source.count("\n", 0, text.start()) + 1, " ".join(text.group(0).split())))
    return sorted(found)


def public_templates():
    files = []
    for folder in TEMPLATE_DIRS:
        for path in sorted(folder.rglob("*")):
            if path.suffix == ".html" and not any(folder in path.parents for folder in EXCLUDED_DIRS):
                files.append(path)
    return files


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('<p>{% translate "Hello" %}</p>', []),
        ("<p>{{ page.title }} – {{ page.date }}</p>", []),
        ("{% blocktranslate trimmed %}\n  Hello {{ name }}\n{% endblocktranslate %}", []),
        ("{# A note #}<p>{% if x %}|{% endif %} … ×</p>", []),
        ("<p>\n  Hello\n</p>", [(2, "Hello")]),
        ('<img src="x.png" alt="A logo">', [(1, 'alt="A logo"')]),
        ('<nav aria-label="{% translate \'Main\' %}"><a href="/en/">Home</a></nav>', [(1, "Home")]),
        ("<style>body { color: red; }</style><script>let x = 'y';</script>", []),
        ("<p>Page {{ number }}</p>", [(1, "Page")]),
        ("<p>2003</p>", [(1, "2003")]),
        ('<{{ value.level }} class="heading">{{ value.text }}</{{ value.level }}>', []),
    ],
)
def test_the_scanner(source, expected):
    assert unmarked_strings(source) == expected


def test_the_scanner_covers_the_public_templates():
    names = {path.relative_to(BASE).as_posix() for path in public_templates()}
    assert "site/templates/base.html" in names
    assert "site/templates/includes/language_switcher.html" in names
    assert "search/templates/search/search.html" in names
    assert not any(name.startswith("home/templates/home/admin/") for name in names)


def test_no_template_shows_text_outside_translation():
    problems = []
    for path in public_templates():
        for line, text in unmarked_strings(path.read_text(encoding="utf-8")):
            problems.append(f"{path.relative_to(BASE)}:{line}: {text}")
    assert not problems, "text that is not marked for translation:\n" + "\n".join(problems)
