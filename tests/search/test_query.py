"""The one tokenizer: every script, Unicode forms, elisions and possessives, quoted phrases."""

import unicodedata

import pytest

from search.highlight import highlight
from search.query import fold, parse_query, query_terms


def test_decomposed_input_gives_the_same_words_as_composed_input():
    composed = "égalité des genres"
    assert query_terms(unicodedata.normalize("NFD", composed)) == query_terms(composed) == ["égalité", "des", "genres"]


def test_arabic_diacritics_and_tatweel_do_not_split_or_change_words():
    assert query_terms("النَّوْعِ الاجْتِمَاعِيِّ") == query_terms("النوع الاجتماعي") == ["النوع", "الاجتماعي"]
    assert query_terms("مـــناصرة") == ["مناصرة"]


def test_arabic_letter_variants_fold_alike():
    assert fold("أمر") == fold("امر") == fold("إمر")
    assert fold("مناصرة") == fold("مناصره")
    assert fold("على") == fold("علي")


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("women's rights", ["women", "rights"]),
        ("women’s rights", ["women", "rights"]),
        ("l'Inde", ["Inde"]),
        ("d’accord qu'il", ["accord", "il"]),
        ("O'Brien", ["O", "Brien"]),
    ],
)
def test_elisions_and_possessives_leave_the_word(query, terms):
    assert query_terms(query) == terms


def test_quoted_words_are_a_phrase_and_still_words():
    parsed = parse_query('“gender equality” policy "solo" «plaidoyer politique»')

    assert parsed.phrases == ["gender equality", "plaidoyer politique"]
    assert parsed.terms == ["gender", "equality", "policy", "solo", "plaidoyer", "politique"]


def test_highlighting_marks_the_word_not_its_elided_article_or_possessive():
    assert highlight("Women's groups in India", query_terms("women's")) == "<mark>Women</mark>&#x27;s groups in India"
    assert highlight("le plan de l'Inde", query_terms("l'Inde")) == "le plan de l&#x27;<mark>Inde</mark>"


def test_highlighting_arabic_ignores_diacritics_and_alef_forms():
    assert highlight("أمر المناصرة", query_terms("امر")) == "<mark>أمر</mark> المناصرة"
    assert highlight("النوع الاجتماعي", query_terms("النَّوْعِ")) == "<mark>النوع</mark> الاجتماعي"
