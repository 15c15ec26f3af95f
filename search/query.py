"""The words of a query: the one tokenizer that search, highlighting and suggestions share.

Input is made comparable before it is split: Unicode NFC (a decomposed "é" is one letter, not a letter and a mark),
Arabic diacritics and tatweel removed (the engine's Arabic analysis removes them from the text too), typographic
apostrophes made plain, elided articles and possessives taken off ("l'Inde" → "Inde", "women's" → "women").
Double-quoted stretches are phrases: their words must appear together and in order.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MAX_PHRASES = 3

WORD = re.compile(r"\w+")
CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_OPERATORS = {"AND", "OR", "NOT"}

# Arabic short vowels, shadda, sukun, superscript alef and Quranic marks; tatweel (the stretching stroke).
_ARABIC_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'})
# A word, possibly with apostrophes inside it ("l'Inde", "women's", "aujourd'hui").
_WORD_WITH_APOSTROPHES = re.compile(r"\w+(?:'\w+)*'?")
# Elided articles and pronouns (French, Italian, Catalan), taken off the front of a word.
_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|lorsqu|puisqu|jusqu|quoiqu|dell|all|dall|nell|sull|un)'", re.IGNORECASE)
_POSSESSIVE = re.compile(r"'s?$", re.IGNORECASE)


def normalise(text):
    """NFC, without Arabic diacritics or tatweel and with plain apostrophes and quotes."""
    text = unicodedata.normalize("NFC", text or "")
    text = _ARABIC_MARKS.sub("", text)
    return text.translate(_APOSTROPHES).translate(_QUOTES)


def _words(text):
    """The words of normalised text, elisions and possessives taken off."""
    words = []
    for token in _WORD_WITH_APOSTROPHES.findall(text):
        token = _POSSESSIVE.sub("", _ELISION.sub("", token))
        words.extend(WORD.findall(token))  # any apostrophe left ("o'clock") separates words, as before
    return words


@dataclass(frozen=True)
class ParsedQuery:
    terms: list[str]  # every word, the phrases' included: what highlighting marks and "all words" requires
    phrases: list[str]  # the quoted stretches of two words or more, words joined by spaces

    @property
    def text(self):
        return " ".join(self.terms)


def parse_query(query):
    """The words and quoted phrases of a query; operators and punctuation are dropped, so no input breaks a backend."""
    text = normalise(query)
    phrases = []
    for quoted in re.findall(r'"([^"]*)"', text)[:MAX_PHRASES]:
        words = _words(quoted)
        if len(words) > 1:
            phrases.append(" ".join(words[:MAX_TERMS]))
    words = _words(text.replace('"', " "))
    terms = ([word for word in words if word not in _OPERATORS] or words)[:MAX_TERMS]
    return ParsedQuery(terms, phrases)


def query_terms(query):
    """The words of a query (see parse_query)."""
    return parse_query(query).terms


SEARCH_TERM_MAX_LENGTH = 100


def search_term(query):
    """The query as editors see it among popular search terms: its words, lowercased, single-spaced, at most 100
    characters, so that "Gender,  ICT!" and "gender ict" count as one term."""
    return " ".join(query_terms(query)).casefold()[:SEARCH_TERM_MAX_LENGTH].strip()


# Arabic letters the engine's Arabic normalisation merges: alef wasla, alef maksura, ta marbuta.
_ARABIC_LETTERS = str.maketrans({"\u0671": "\u0627", "\u0649": "\u064a", "\u0629": "\u0647"})


def fold(text):
    """Lowercase without accents or Arabic marks, so "Égalité" and "egalite", "أمر" and "امر" compare equal.

    One character in gives at most one out for the scripts of our languages, which highlighting relies on to map
    matches back onto the original text.
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(char for char in decomposed if not unicodedata.combining(char) and char != "\u0640")
    return kept.translate(_ARABIC_LETTERS).casefold()
