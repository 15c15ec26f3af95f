"""Snippets: an escaped extract around the first match, with the query's words in <mark>, whatever their accents."""

import pytest

from search.highlight import highlight, mark_words, page_text
from search.query import query_terms
from tests import factories

LONG = " ".join(f"word{number}" for number in range(200))


def test_marks_every_term_and_escapes_the_rest():
    snippet = highlight('Training <b>"advocates"</b> & allies in advocacy.', ["advocacy", "training"])

    assert snippet == (
        "<mark>Training</mark> &lt;b&gt;&quot;advocates&quot;&lt;/b&gt; &amp; allies in <mark>advocacy</mark>."
    )


def test_matching_ignores_accents_and_case_both_ways():
    assert highlight("Égalité des genres", ["egalite"]) == "<mark>Égalité</mark> des genres"
    assert highlight("egalite des genres", ["ÉGALITÉ"]) == "<mark>egalite</mark> des genres"
    assert highlight("Stratégies de plaidoyer", ["STRATEGIES"]) == "<mark>Stratégies</mark> de plaidoyer"


def test_a_term_matches_the_start_of_a_word_only():
    assert highlight("reformation and formations", ["formation"]) == "reformation and <mark>formations</mark>"


def test_the_extract_is_centred_on_the_first_match_and_cut_at_words():
    snippet = highlight(f"{LONG} plaidoyer {LONG}", ["plaidoyer"], length=120)

    assert snippet.startswith("…word") and snippet.endswith("…")
    assert "<mark>plaidoyer</mark>" in snippet
    assert len(snippet) < 160


def test_without_a_match_the_extract_is_the_beginning():
    snippet = highlight(LONG, ["absent"], length=50)

    assert snippet.startswith("word0 word1") and snippet.endswith("…")
    assert "<mark>" not in snippet


def test_scripts_without_spaces_and_right_to_left_text():
    assert highlight("性别平等与信息社会", ["平等"]) == "性别<mark>平等</mark>与信息社会"
    assert highlight("المساواة بين الجنسين", ["الجنسين"]) == "المساواة بين <mark>الجنسين</mark>"


def test_empty_text_gives_an_empty_snippet():
    assert highlight("", ["x"]) == ""
    assert highlight("   ", []) == ""


def test_query_terms_drop_operators_and_punctuation():
    assert query_terms('" AND OR NOT ( ) * : ~ ^ [ ]') == ["AND", "OR", "NOT"]
    assert query_terms('formation AND "plaidoyer"*') == ["formation", "plaidoyer"]
    assert query_terms("🙂 !!") == []
    assert len(query_terms("word " * 100)) == 12


@pytest.mark.django_db
def test_page_text_reads_stream_and_rich_text_without_lookups(programmes, django_assert_num_queries):
    book = factories.create_sourcebook(programmes.get_parent(), revision=False)
    chapter = factories.create_chapter(
        book,
        title="Chapter",
        summary="Summary first.",
        body=[
            factories.heading("A heading"),
            factories.paragraph("<p>One <b>bold</b> paragraph.</p><p>Two&nbsp;&amp; more.</p>"),
            ("quote", {"text": "A quote.", "attribution": "Someone"}),
            ("image", {"image": factories.create_image(), "caption": "A caption", "attribution": ""}),
        ],
        revision=False,
    )
    chapter = type(chapter).objects.get(pk=chapter.pk)

    with django_assert_num_queries(0):
        text = page_text(chapter)

    assert text.split("\n") == [
        "Summary first.",
        "A heading",
        "One bold paragraph.",
        "Two & more.",
        "A quote.",
        "Someone",
        "A caption",
    ]


def test_a_heading_does_not_run_into_its_paragraph():
    text = "Held at the Summit.\nAdvocacy and lobbying\nAdvocacy is a plan."

    assert highlight(text, ["plan"]) == "Held at the Summit. Advocacy and lobbying — Advocacy is a <mark>plan</mark>."


def test_inflected_forms_the_engine_stems_alike_are_marked():
    assert highlight("Lobbying is advocacy in person.", ["lobbied"], language_code="en") == (
        "<mark>Lobbying</mark> is advocacy in person."
    )
    assert highlight("В Латинской Америке", ["латинская", "америка"], language_code="ru") == (
        "В <mark>Латинской</mark> <mark>Америке</mark>"
    )
    assert highlight("دليل المناصرة", ["مناصرة"], language_code="ar") == "دليل <mark>المناصرة</mark>"
    assert highlight("Lobbying is advocacy.", ["lobbied"]) == "Lobbying is advocacy."  # no language, no stemming


def test_a_long_chinese_word_is_marked_by_its_pieces():
    assert highlight("国家和区域筹备工作", ["区域方案"]) == "国家和<mark>区域</mark>筹备工作"


def test_a_title_is_marked_whole():
    title = "Southern Africa sub-regional programme, Malawi 2003"

    assert mark_words(title, ["malawi"]) == "Southern Africa sub-regional programme, <mark>Malawi</mark> 2003"
