"""The crawler's own checks catch what they are meant to catch (a checker that cannot fail proves nothing)."""

from bs4 import BeautifulSoup

from tests.i18n.crawler import english_sentence, english_text_nodes, naive_plurals


def test_english_sentences_are_recognised_and_other_languages_are_not():
    assert english_sentence("Read what there is in the library")
    assert not english_sentence("Lisez ce qui existe dans la bibliothèque")
    assert not english_sentence("Léalo capítulo a capítulo en la web")
    assert not english_sentence("Leia o que existe em português")
    assert not english_sentence("The Sourcebook")  # Three words or fewer pass.
    assert not english_sentence("WSIS Gender Caucus")


def test_english_marked_lang_en_is_allowed():
    soup = BeautifulSoup(
        '<html lang="fr"><p>Une phrase en français pour le lecteur.</p>'
        '<p lang="en">The footer of the site in English, marked as such.</p>'
        "<p>The footer of the site in English, not marked.</p>"
        '<img alt="An illustration of the workshop in Geneva" src="x.png"></html>',
        "html.parser",
    )

    assert english_text_nodes(soup) == [
        "The footer of the site in English, not marked.",
        "[img alt] An illustration of the workshop in Geneva",
    ]


def test_a_plural_made_by_adding_an_s_is_known_in_each_language():
    assert "Training librarys" in naive_plurals("en")
    assert "Training materials" not in naive_plurals("en")  # The right plural is not a wrong one.
    assert "Page standards" in naive_plurals("fr")
    assert "Bibliothèque de formations" in naive_plurals("fr")
