"""What the seeded translations are made of: wagtail-localize's PO import, the taxonomy columns, idempotence."""

import json
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import translation
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Revision
from wagtail_localize.models import SegmentOverride, StringTranslation, Translation, TranslationSource

from core.models import FormPage, MaterialType, Region, StrategicPriority, Topic
from demo.terms import VOCABULARIES
from demo.translations import translation_order
from tests import soup_of
from tests.demo.conftest import TRANSLATED_LANGUAGES, translation_of

pytestmark = pytest.mark.django_db

PRIORITY_ONE = {
    "en": "Capacity building and training for women and gender and ICT specialists",
    "fr": "Renforcement des capacités et formation des femmes et des spécialistes du genre et des TIC",
    "es": "Fortalecimiento de capacidades y formación de mujeres y especialistas en género y TIC",
    "ar": "بناء القدرات والتدريب للنساء وللمتخصصين في قضايا النوع الاجتماعي وتكنولوجيا المعلومات والاتصالات",
    "ru": "Наращивание потенциала и обучение женщин и специалистов по гендерным вопросам и ИКТ",
    "zh-hans": "面向妇女以及性别与信息通信技术专家的能力建设与培训",
    "pt": "Capacitação e formação de mulheres e de especialistas em gênero e TIC",
}


def test_the_report_counts_the_translations_and_leaves_nothing_in_english(seed_output):
    assert re.search(r"Translations: 112 pages translated, 0 brought up to date, 0 already up to date", seed_output)
    assert "fr 44, es 44, ar 6, ru 6, zh-hans 6, pt 6" in seed_output
    assert "left in English" not in seed_output
    assert "without a translation" not in seed_output


@pytest.mark.parametrize("code", ["en", *TRANSLATED_LANGUAGES])
def test_taxonomy_reads_in_every_language(seed_output, code):
    priority = StrategicPriority.objects.get(number=1)
    with translation.override(code):
        assert priority.name == PRIORITY_ONE[code]
        assert Region.objects.get(slug="latin-america").name != "Latin America" or code == "en"
        assert Topic.objects.get(slug="advocacy").description != "" and MaterialType.objects.get(slug="guide").name


def test_every_taxonomy_column_is_filled(seed_output):
    empty = []
    for model, _specs in VOCABULARIES:
        fields = translator.get_options_for_model(model).fields
        for term in model.objects.all():
            for name in fields:
                if not getattr(term, build_localized_fieldname(name, "en")):
                    continue
                for code in TRANSLATED_LANGUAGES:
                    if not getattr(term, build_localized_fieldname(name, code)):
                        empty.append(f"{model.__name__} {term.slug} {name} {code}")
    assert empty == []


def test_french_pages_came_through_the_po_import(english_pages):
    for page in english_pages:
        source = TranslationSource.objects.get_for_instance(page)
        french = Translation.objects.get(source=source, target_locale__language_code="fr")
        total, translated = french.get_progress()
        assert french.enabled and total == translated > 0, page.url_path
        assert translation_of(page, "fr").live
    strings = StringTranslation.objects.filter(locale__language_code="fr")
    assert set(strings.values_list("translation_type", "tool_name").distinct()) == {("manual", "seed_demo")}


def test_page_links_are_overridden_to_the_translations(english_pages):
    overrides = SegmentOverride.objects.filter(locale__language_code="es")
    linked = Page.objects.filter(pk__in=[int(override.data_json) for override in overrides])

    assert overrides.exists()
    assert set(linked.values_list("locale__language_code", flat=True)) == {"es"}


def _counts():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
        "overrides": SegmentOverride.objects.count(),
    }


def test_running_seed_again_translates_nothing(seed_output):
    before = _counts()
    output = StringIO()

    call_command("seed_demo", stdout=output)

    assert _counts() == before
    assert "Translations: 0 pages translated, 0 brought up to date, 112 already up to date" in output.getvalue()
    assert "0 taxonomy translations filled in" in output.getvalue()


def test_a_sync_from_the_admin_is_localised_again_by_the_next_seed(english_pages):
    contact = next(page for page in english_pages if isinstance(page, FormPage) and page.slug == "contact")
    french = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(contact), target_locale__language_code="fr"
    )
    french.save_target(publish=False)  # "Sync translated pages": wagtail-localize copies the English form fields.
    translation_of(contact, "fr").get_latest_revision().publish()
    assert translation_of(contact, "fr").form_fields.first().label == "Your name"

    output = StringIO()
    call_command("seed_demo", stdout=output)

    assert "1 brought up to date, 111 already up to date" in output.getvalue()
    assert translation_of(contact, "fr").form_fields.first().label == "Votre nom"


def test_pages_are_translated_after_their_parents_and_the_pages_they_link_to(english_pages):
    order = [page.pk for page in translation_order(english_pages)]
    by_pk = {page.pk: page for page in english_pages}
    about = next(page for page in english_pages if page.slug == "about")
    partnership = next(page for page in english_pages if page.slug == "partnership-offer")

    assert sorted(order) == sorted(by_pk)
    for page in english_pages[1:]:
        assert order.index(page.get_parent().pk) < order.index(page.pk), page.url_path
    assert order.index(partnership.pk) < order.index(about.pk)  # About's call to action leads to the offer.


def test_no_translations_option_skips_the_step(seed_output):
    output = StringIO()

    call_command("seed_demo", "--no-translations", stdout=output)

    assert "Translations:" not in output.getvalue()


def test_a_translator_opens_a_seeded_translation_in_the_translation_editor(client, django_user_model, english_pages):
    contact = next(page for page in english_pages if isinstance(page, FormPage) and page.slug == "contact")
    french = translation_of(contact, "fr")
    client.force_login(django_user_model.objects.create_superuser("translator", "translator@example.org", "pw"))

    response = client.get(f"/admin/pages/{french.pk}/edit/")

    assert response.status_code == 200
    props = json.loads(soup_of(response).select_one(".js-translation-editor")["data-props"])
    sources = {segment["id"]: segment["source"] for segment in props["segments"] if segment["type"] == "string"}
    translated = {sources[row["segment_id"]]: row for row in props["initialStringTranslations"]}
    assert set(translated) == set(sources.values())  # Every string of the page has its translation, none to fill in.
    assert translated[contact.title]["data"] == french.title
    assert all(row["error"] is None and "seed_demo" in row["comment"] for row in translated.values())
