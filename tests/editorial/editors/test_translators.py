"""Translators in the admin: the shared sections of their locale, and wagtail-localize's "Translate this page"."""

import pytest
from django.test import override_settings
from django.urls import reverse
from wagtail.admin.rich_text import get_rich_text_editor_widget

from tests import factories
from tests.editorial.editors.admin_forms import edit_url, form_data, messages_of
from tests.editorial.editors.test_regional_editors import assert_refused

TRANSLATOR = "Translators — French"


@pytest.fixture
def translator(client_for):
    return client_for(TRANSLATOR)


@pytest.fixture
def new_english_chapter(editors):
    """A live English chapter that has no translations yet."""
    return factories.create_chapter(editors.page("sourcebook"), title="Digital safety")


def body_data(html):
    """StreamField form data for a body of one paragraph (the admin builds these inputs in JavaScript)."""
    return {
        "body-count": ["1"],
        "body-0-type": ["paragraph"],
        "body-0-value": [get_rich_text_editor_widget().format_value(html)],
        "body-0-deleted": [""],
        "body-0-order": ["0"],
        "body-0-id": [""],
    }


def submit_translation(client, page, *language_codes):
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [factories.locale(code).pk for code in language_codes]},
    )


def test_translator_edits_and_saves_a_draft_of_a_french_chapter(editors, translator):
    chapter = editors.page("chapter", "fr")
    response = translator.get(edit_url(chapter))
    assert response.status_code == 200
    assert 'name="action-publish"' not in response.content.decode()
    data = form_data(response.content.decode()) | body_data("<p>Le texte traduit.</p>")
    data["title"] = ["Genre et politiques des TIC"]

    response = translator.post(edit_url(chapter), data)

    assert response.status_code == 302, messages_of(response)
    chapter.refresh_from_db()
    assert chapter.title == "Gender and ICT policy"
    draft = chapter.get_latest_revision_as_object()
    assert draft.title == "Genre et politiques des TIC"
    assert "Le texte traduit." in str(draft.body)


@pytest.mark.parametrize(
    ("key", "language_code"),
    [
        ("chapter", "es"),  # the same section in another language
        ("chapter", "en"),  # the source
        ("home", "fr"),  # would cascade to the whole French tree (TRANSLATORS_EDIT_HOME_PAGE)
        ("latin-america-plan", "fr"),  # a regional team's section
    ],
)
def test_translator_is_refused_outside_the_shared_sections_of_their_locale(editors, translator, key, language_code):
    assert_refused(translator.get(edit_url(editors.page(key, language_code))))


def test_translator_may_open_translate_this_page_and_a_regional_editor_may_not(
    new_english_chapter, translator, client_for
):
    url = reverse("wagtail_localize:submit_page_translation", args=[new_english_chapter.pk])

    assert translator.get(url).status_code == 200
    refusal = client_for("Latin America — Spanish").get(url)
    assert refusal.status_code == 403
    assert "Translators — French" in refusal.content.decode()


def test_translate_this_page_gives_the_translator_the_translation_editor_without_publish(
    new_english_chapter, translator
):
    response = submit_translation(translator, new_english_chapter, "fr")

    french = new_english_chapter.get_translation(factories.locale("fr"))
    assert response["Location"] == edit_url(french)
    editor_page = translator.get(edit_url(french)).content.decode()
    assert "&quot;canPublish&quot;: false" in editor_page
    # wagtail-localize's editor replaces Wagtail's for synced translations: it has no "Submit for moderation".
    assert 'name="action-submit"' not in editor_page


@override_settings(WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE=False)
def test_with_live_status_sync_off_a_translation_waits_for_review(
    new_english_chapter, translator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit_translation(translator, new_english_chapter, "fr")

    assert not new_english_chapter.get_translation(factories.locale("fr")).live


def test_translating_a_live_page_does_not_publish_the_translation(
    new_english_chapter, translator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit_translation(translator, new_english_chapter, "fr")

    assert not new_english_chapter.get_translation(factories.locale("fr")).live


def test_a_french_translator_cannot_create_spanish_pages(new_english_chapter, translator):
    submit_translation(translator, new_english_chapter, "es")

    assert not new_english_chapter.get_translations().filter(locale__language_code="es").exists()


def test_translate_this_page_offers_only_the_translators_language(new_english_chapter, translator):
    response = translator.get(reverse("wagtail_localize:submit_page_translation", args=[new_english_chapter.pk]))

    assert response.status_code == 200
    offered = {locale.language_code for locale in response.context["form"].fields["locales"].queryset}
    assert offered == {"fr"}
