"""Snippets: an extract of a page's text around the first match of the query, the matched words marked.

A word is marked when it starts with a query word once both are folded (accents, case, Arabic letter forms), or when
both have the same stem in the page's language (Snowball's stemmers, close to the engine's): the engine matched
"lobbied" for "lobbying" and "справочника" for "справочник", so the snippet shows it. Chinese query words longer than
two characters are matched by their two-character pieces, as the engine's bigram analysis matches them.
"""

from __future__ import annotations

import functools
import html
import re
import threading

import snowballstemmer
from django.core.exceptions import FieldDoesNotExist
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.fields import RichTextField
from wagtail.search.index import SearchField

from search.query import CJK, WORD, fold

SNIPPET_LENGTH = 240
SNIPPET_SCAN_LENGTH = 20_000
# Pieces of a page's text (a heading, a paragraph, a field) are separated by this in page_text().
PIECE_SEPARATOR = "\n"
_PIECE_ENDS = frozenset('.!?:;…。！？؟»”")')  # a piece ending otherwise (a heading) is set off with a dash

# Snowball algorithm per language code prefix; the other languages are matched by prefix only.
STEMMERS = {"en": "english", "fr": "french", "es": "spanish", "pt": "portuguese", "ru": "russian", "ar": "arabic"}
_local = threading.local()  # Snowball stemmers keep state while they stem: one per thread


@functools.lru_cache(maxsize=65_536)
def _stem(algorithm, word):
    stemmers = _local.__dict__.setdefault("stemmers", {})
    if algorithm not in stemmers:
        stemmers[algorithm] = snowballstemmer.stemmer(algorithm)
    return stemmers[algorithm].stemWord(word)


def _algorithm(language_code):
    return STEMMERS.get((language_code or "").lower().split("-")[0])


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
    alternatives = set()
    for term in {fold(term) for term in terms if term}:
        if CJK.search(term):  # written without spaces: the term, or each two-character piece of a longer one
            alternatives.add(re.escape(term))
            alternatives.update(re.escape(term[i : i + 2]) for i in range(len(term) - 1) if len(term) > 2)
        else:  # the whole word that starts with the term ("plaidoyer" marks "plaidoyers")
            alternatives.add(r"(?<!\w)" + re.escape(term) + r"\w*")
    return re.compile("|".join(sorted(alternatives, key=len, reverse=True))) if alternatives else None


def _match_spans(text, terms, language_code):
    """[(start, end)] in `text` of the words to mark, in order, not overlapping."""
    folded, offsets = _folded_with_offsets(text)
    pattern = _terms_pattern(terms)
    spans = []
    if pattern:
        matches = [match for match in pattern.finditer(folded) if match.end() > match.start()]
        spans = [(offsets[match.start()], offsets[match.end() - 1] + 1) for match in matches]
    algorithm = _algorithm(language_code)
    if algorithm:
        # Stemmed unfolded (lowercase only): folding changes Russian й to и, which the stemmer reads differently.
        stems = {_stem(algorithm, term.lower()) for term in terms if len(term) > 2 and not CJK.search(term)}
        # A word is stemmed only if it starts like a stem (cheap), except in Arabic, whose stemmer takes off prefixes.
        heads = None if algorithm == "arabic" else {stem[:2] for stem in stems}
        marked = {start for start, _end in spans}
        for word in WORD.finditer(text):
            lowered = word.group().lower()
            candidate = len(lowered) > 2 and (heads is None or lowered[:2] in heads) and word.start() not in marked
            if candidate and _stem(algorithm, lowered) in stems:
                spans.append((word.start(), word.end()))
        spans.sort()
    kept, end = [], -1
    for span in spans:
        if span[0] >= end:
            kept.append(span)
            end = span[1]
    return kept


def _flat(text):
    """The text on one line, each piece set off from the next: a heading does not run into its paragraph."""
    flat = ""
    for piece in text[:SNIPPET_SCAN_LENGTH].split(PIECE_SEPARATOR):
        piece = " ".join(piece.split())
        if piece:
            flat += (" " if flat[-1] in _PIECE_ENDS else " — ") + piece if flat else piece
    return flat


def highlight(text, terms, length=SNIPPET_LENGTH, language_code=None):
    """An HTML-escaped extract of `text` around the first match of `terms`, each match in <mark>.

    `text` may be in pieces (page_text()); `language_code` is the text's, for matching inflected forms."""
    text = _flat(text)
    if not text:
        return SafeString("")
    spans = _match_spans(text, terms, language_code)
    start = 0
    if spans and len(text) > length:
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


def mark_words(text, terms, language_code=None):
    """The whole of a short text (a title), HTML-escaped, with the matched words in <mark>."""
    return highlight(text, terms, length=len(text), language_code=language_code)


def _html_text(value):
    return html.unescape(strip_tags(_BLOCK_TAGS.sub(PIECE_SEPARATOR, value)))


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
    """The plain text a page is found by: its summary first, then its other indexed text fields, in pieces (a
    heading, a paragraph, a field) separated by PIECE_SEPARATOR."""
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
    pieces = (" ".join(piece.split()) for text in texts for piece in text.split(PIECE_SEPARATOR))
    return PIECE_SEPARATOR.join(piece for piece in pieces if piece)


@functools.cache
def _is_rich_text(model, name):
    try:
        return isinstance(model._meta.get_field(name), RichTextField)
    except FieldDoesNotExist:
        return False
