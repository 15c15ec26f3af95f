"""Snippets: an extract of a page's text around the first match of the query, the matched words marked."""

from __future__ import annotations

import functools
import html
import re

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.fields import RichTextField
from wagtail.search.index import SearchField

from search.query import CJK, fold

SNIPPET_LENGTH = 240
SNIPPET_SCAN_LENGTH = 20_000


def _folded_with_offsets(text):
    """The folded text and, for each of its characters, the index of the character it came from."""
    if text.isascii():
        return text.lower(), range(len(text))
    folded, offsets = [], []
    for index, char in enumerate(text):
        for folded_char in fold(char):
            folded.append(folded_char)
            offsets.append(index)
    return "".join(folded), offsets


def _terms_pattern(terms):
    """Matches a word that starts with one of the terms (accent-insensitive once the text is folded)."""
    alternatives = []
    for term in sorted({fold(term) for term in terms if term}, key=len, reverse=True):
        if CJK.search(term):  # written without spaces: the term itself, wherever it is
            alternatives.append(re.escape(term))
        else:  # the whole word that starts with the term ("plaidoyer" marks "plaidoyers")
            alternatives.append(r"(?<!\w)" + re.escape(term) + r"\w*")
    return re.compile("|".join(alternatives)) if alternatives else None


def highlight(text, terms, length=SNIPPET_LENGTH):
    """An HTML-escaped extract of `text` around the first match of `terms`, each match in <mark>."""
    text = " ".join(text[:SNIPPET_SCAN_LENGTH].split())
    if not text:
        return SafeString("")
    pattern = _terms_pattern(terms)
    folded, offsets = _folded_with_offsets(text)
    spans = []
    if pattern:
        spans = [
            (offsets[m.start()], offsets[m.end() - 1] + 1) for m in pattern.finditer(folded) if m.end() > m.start()
        ]
    start = 0
    if spans:
        start = max(0, spans[0][0] - length // 3)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < spans[0][0] else spans[0][0]
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    parts = ["…" if start else ""]
    position = start
    for span_start, span_end in spans:
        if span_start < position or span_start >= end:
            continue
        span_end = min(span_end, end)
        parts.append(escape(text[position:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    parts.append(escape(text[position:end]))
    parts.append("…" if end < len(text) else "")
    return mark_safe("".join(parts))  # every piece of text in it went through escape()


_BLOCK_TAGS = re.compile(r"</?(?:p|h[1-6]|li|ul|ol|br|div|blockquote|table|tr|td|th)\b[^>]*>", re.IGNORECASE)


def _html_text(value):
    return html.unescape(strip_tags(_BLOCK_TAGS.sub(" ", value)))


def _block_text(block, raw):
    """The words in a block's stored (JSON) value, without converting it: no image or page lookups."""
    if raw is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        yield _html_text(str(raw))
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        yield str(raw)
    elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            yield from _block_text(child, raw.get(name))
    elif isinstance(block, blocks.ListBlock) and isinstance(raw, list):
        for item in raw:
            is_wrapped = isinstance(item, dict) and item.get("type") == "item" and "value" in item
            yield from _block_text(block.child_block, item["value"] if is_wrapped else item)
    elif isinstance(block, blocks.StreamBlock) and isinstance(raw, list):
        for item in raw:
            if isinstance(item, dict) and item.get("type") in block.child_blocks:
                yield from _block_text(block.child_blocks[item["type"]], item.get("value"))


def page_text(page):
    """The plain text a page is found by: its summary first, then its other indexed text fields."""
    names = ["summary"] + [
        search_field.field_name
        for search_field in page.get_search_fields()
        if isinstance(search_field, SearchField) and search_field.field_name not in ("title", "summary")
    ]
    texts = []
    for name in dict.fromkeys(names):
        value = getattr(page, name, None)
        if isinstance(value, StreamValue):
            texts.extend(_block_text(value.stream_block, list(value.raw_data)))
        elif isinstance(value, str):
            texts.append(_html_text(value) if _is_rich_text(type(page), name) else value)
    return " ".join(" ".join(texts).split())


@functools.cache
def _is_rich_text(model, name):
    try:
        return isinstance(model._meta.get_field(name), RichTextField)
    except FieldDoesNotExist:
        return False
