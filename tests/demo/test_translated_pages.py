"""The seeded site read in each language: French and Spanish in full, the showcase in four more languages."""

import pytest

from core.models import FormPage, StandardPage
from programmes.models import ProgrammePlanPage, TrainingMaterialPage
from sourcebook.models import SourcebookChapterPage
from tests import soup_of, text_of
from tests.demo.conftest import TRANSLATED_LANGUAGES, english_page, translation_of

pytestmark = pytest.mark.django_db

HOME_TEXT = {
    "fr": ("Caucus Genre du SMSI", "Réduire l'écart entre les sexes dans la société de l'information"),
    "es": ("Caucus de Género de la CMSI", "Cerrar la brecha de género en la sociedad de la información"),
    "ar": ("تجمّع النوع الاجتماعي في القمة العالمية لمجتمع المعلومات", "سدّ الفجوة بين الجنسين في مجتمع المعلومات"),
    "ru": ("Гендерный кокус ВВУИО", "Преодолеть гендерный разрыв в информационном обществе"),
    "zh-hans": ("信息社会世界峰会性别问题核心小组", "弥合信息社会中的性别鸿沟"),
    "pt": ("Caucus de Gênero da CMSI", "Superar a desigualdade de gênero na sociedade da informação"),
}
CHAPTER_TITLES = {
    "fr": "Les cinq priorités stratégiques",
    "es": "Las cinco prioridades estratégicas",
    "ar": "الأولويات الاستراتيجية الخمس",
    "ru": "Пять стратегических приоритетов",
    "zh-hans": "五个战略优先事项",
    "pt": "As cinco prioridades estratégicas",
}
PLAN_TITLES = {
    "fr": "Programme régional latino-américain, Buenos Aires 2003",
    "es": "Programa regional latinoamericano, Buenos Aires 2003",
    "ar": "البرنامج الإقليمي لأمريكا اللاتينية، بوينس آيرس 2003",
    "ru": "Латиноамериканская региональная программа, Буэнос-Айрес, 2003",
    "zh-hans": "拉丁美洲区域方案，布宜诺斯艾利斯，2003年",
    "pt": "Programa regional latino-americano, Buenos Aires 2003",
}


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_home_page_reads_in_its_language(client, english_home, code):
    home = translation_of(english_home, code)
    assert home is not None and home.live

    response = client.get(f"/{code}/")

    assert response.status_code == 200
    assert soup_of(response).html["lang"].lower() == code
    title, hero = HOME_TEXT[code]
    assert home.title == title
    assert hero in text_of(response)


def test_arabic_home_page_is_right_to_left(client, seed_output):
    response = client.get("/ar/")

    assert soup_of(response).html["dir"] == "rtl"
    assert "القمة العالمية لمجتمع المعلومات" in text_of(response)


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_a_sourcebook_chapter_and_a_showcased_plan_read_in_every_language(client, english_pages, code):
    chapter = translation_of(english_page(english_pages, SourcebookChapterPage, "the-five-strategic-priorities"), code)
    plan = translation_of(english_page(english_pages, ProgrammePlanPage, "latin-american-regional-programme"), code)

    for page, title in ((chapter, CHAPTER_TITLES[code]), (plan, PLAN_TITLES[code])):
        assert page.live and page.title == title
        response = client.get(page.url)
        assert response.status_code == 200
        assert title in text_of(response)
    assert plan.showcased
    assert chapter.get_parent().specific.locale.language_code == code  # The book page is translated, not aliased.


def test_french_and_spanish_chapters_and_plans_render_their_language(client, english_pages):
    chapter = english_page(english_pages, SourcebookChapterPage, "advocacy-and-lobbying")
    plan = english_page(english_pages, ProgrammePlanPage, "india-national-programme")
    expected = {
        "fr": ("Le plaidoyer crée la pression ; le lobbying la transforme en texte.", "Programme national de l'Inde"),
        "es": ("La incidencia crea la presión; el cabildeo la convierte en texto.", "Programa nacional de la India"),
    }
    for code, (chapter_text, plan_text) in expected.items():
        assert chapter_text in text_of(client.get(translation_of(chapter, code).url))
        assert plan_text in text_of(client.get(translation_of(plan, code).url))


@pytest.mark.parametrize("code", ["fr", "es"])
def test_every_page_is_translated_and_live_in_french_and_spanish(english_pages, code):
    translations = {page.url_path: translation_of(page, code) for page in english_pages}

    assert len(translations) == 44
    assert [path for path, page in translations.items() if page is None or not page.live or page.alias_of_id] == []


@pytest.mark.parametrize("code", ["ar", "ru", "zh-hans", "pt"])
def test_the_showcase_languages_get_the_showcase_and_its_parents_only(english_pages, code):
    translated = [page.slug for page in english_pages if translation_of(page, code) is not None]

    assert translated == [
        "home",
        "programmes",
        "latin-america",
        "latin-american-regional-programme",
        "sourcebook",
        "the-five-strategic-priorities",
    ]


def test_a_french_training_material_is_live(client, english_pages):
    guide = english_page(english_pages, TrainingMaterialPage, "advocacy-at-national-level")
    french = translation_of(guide, "fr")

    assert french.live
    assert french.title == "Le plaidoyer au niveau national : un guide pas à pas"
    assert french.url == "/fr/supports-de-formation/plaidoyer-au-niveau-national/"
    assert "Étape 1 : connaître le processus" in text_of(client.get(french.url))


def test_links_lead_to_pages_in_the_same_language(client, english_pages, english_home):
    about = translation_of(english_page(english_pages, StandardPage, "about"), "fr")
    partnership = translation_of(english_page(english_pages, StandardPage, "partnership-offer"), "fr")
    french_home = translation_of(english_home, "fr")

    assert partnership.url in [a["href"] for a in soup_of(client.get(about.url)).select("a.button")]
    assert {plan.locale.language_code for plan in french_home.get_featured_plans()} == {"fr"}
    assert len(french_home.get_featured_plans()) == len(english_home.get_featured_plans())
    arabic_home = translation_of(english_home, "ar")
    assert [plan.slug for plan in arabic_home.get_featured_plans()] == ["latin-american-regional-programme"]


def test_french_forms_ask_in_french(client, english_pages):
    contact = translation_of(english_page(english_pages, FormPage, "contact"), "fr")
    fields = {field.clean_name: field for field in contact.form_fields.all()}

    assert fields["your_name"].label == "Votre nom"  # Submissions keep the English field names.
    assert fields["your_message_is_about"].choices.splitlines()[0] == "Le Caucus"
    assert "Votre nom" in text_of(client.get(contact.url))
