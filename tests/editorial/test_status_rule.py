"""The status rule in editorial/translation_status.py, read straight from wagtail-localize's data."""

import pytest
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from core.models import StandardPage
from editorial.translation_status import (
    Reason,
    Status,
    page_translation_statuses,
    section_pages,
    source_pages,
    target_languages,
)
from tests.editorial import pages

pytestmark = pytest.mark.django_db

FRENCH = [("fr", "Français")]


def cell_for(page, languages=FRENCH):
    (row,) = page_translation_statuses(Page.objects.filter(pk=page.pk), languages)
    return row.cells[0]


def test_every_other_content_language_is_a_column():
    assert [code for code, _name in target_languages()] == ["fr", "es", "ar", "ru", "zh-hans", "pt"]


def test_source_pages_are_the_english_pages_below_the_root(sections, french):
    pages.translate(sections["about"], french)
    titles = [page.title for page in source_pages()]
    assert titles == ["Home", "Programmes", "About the programmes", "Sourcebook", "Access", "Training materials"]
    assert [page.title for page in section_pages()] == ["Programmes", "Sourcebook", "Training materials"]


def test_untranslated_page_is_missing_in_every_language_even_without_a_locale(sections, french):
    (row,) = page_translation_statuses(Page.objects.filter(pk=sections["about"].pk))
    assert {cell.language_code: cell.status for cell in row.cells} == dict.fromkeys(
        ["fr", "es", "ar", "ru", "zh-hans", "pt"], Status.MISSING
    )
    by_code = {cell.language_code: cell for cell in row.cells}
    assert by_code["fr"].locale_id == french.pk
    assert by_code["es"].locale_id is None


def published(translated_pages):
    """The translations, approved and published by a coordinator."""
    for page in translated_pages:
        page.get_latest_revision().publish()
    return translated_pages


def test_synced_translation_is_up_to_date_until_the_source_is_published_again(sections, french):
    (french_page,) = published(pages.translate(sections["about"], french))
    cell = cell_for(sections["about"])
    assert cell.status == Status.UP_TO_DATE
    assert cell.translated_page_id == french_page.pk
    assert cell.translation_source_id == TranslationSource.objects.get_for_instance(sections["about"]).pk

    pages.publish_with_title(sections["about"], "About our programmes")
    cell = cell_for(sections["about"])
    assert (cell.status, cell.reason) == (Status.OUT_OF_DATE, Reason.NOT_SYNCED)


def test_a_translation_starts_as_a_draft_in_progress_and_is_up_to_date_once_published(sections, french):
    (french_page,) = pages.translate(sections["about"], french)
    assert not french_page.live  # it goes through review like any other edit
    cell = cell_for(sections["about"])
    assert cell.status == Status.IN_PROGRESS
    source = TranslationSource.objects.get_for_instance(sections["about"])
    assert (cell.translated_segments, cell.total_segments) == (0, StringSegment.objects.filter(source=source).count())
    french_page.get_latest_revision().publish()
    assert cell_for(sections["about"]).status == Status.UP_TO_DATE
    pages.publish_with_title(sections["about"], "About our programmes")
    pages.sync(sections["about"])
    assert cell_for(sections["about"]).status == Status.UP_TO_DATE


def test_a_never_published_source_and_its_draft_translation_are_in_progress(sections, french):
    draft = pages.add_page(sections["programmes"], StandardPage, title="Coming soon", publish=False)
    (french_draft,) = pages.translate(draft, french)
    assert not french_draft.live
    assert cell_for(draft).status == Status.IN_PROGRESS


def test_a_translation_in_review_is_awaiting_review_then_changes_requested(sections, french, superuser):
    (french_page,) = pages.translate(sections["about"], french)
    state = french_page.get_workflow().start(french_page, superuser)
    assert cell_for(sections["about"]).status == Status.AWAITING_REVIEW

    state.current_task_state.task.specific.on_action(state.current_task_state, superuser, "reject")
    assert cell_for(sections["about"]).status == Status.CHANGES_REQUESTED


def test_a_draft_of_the_source_does_not_make_the_translation_out_of_date(sections, french):
    published(pages.translate(sections["about"], french))
    about = sections["about"].specific
    about.title = "A draft title"
    about.save_revision()
    assert cell_for(about).status == Status.UP_TO_DATE


def test_a_sync_must_also_reach_the_published_translation(sections, french):
    published(pages.translate(sections["about"], french))
    pages.publish_with_title(sections["about"], "About our programmes")
    source = pages.sync(sections["about"], publish=False)  # "Sync translated pages" without "Publish immediately"
    cell = cell_for(sections["about"])
    assert (cell.status, cell.reason) == (Status.OUT_OF_DATE, Reason.SYNC_NOT_PUBLISHED)

    with pages.on_commit():  # the translator publishes the translation
        Translation.objects.get(source=source, target_locale=french).save_target(publish=True)
    assert cell_for(sections["about"]).status == Status.UP_TO_DATE
    assert Page.objects.get(pk=cell.translated_page_id).title == "About our programmes"


def test_translation_made_outside_wagtail_localize_compares_publish_dates(sections, french):
    french_page = pages.translate_by_copy(sections["about"], french)
    cell = cell_for(sections["about"])
    assert (cell.status, cell.translated_page_id, cell.is_synced) == (Status.UP_TO_DATE, french_page.pk, False)

    pages.publish_with_title(sections["about"], "About our programmes")
    cell = cell_for(sections["about"])
    assert (cell.status, cell.reason) == (Status.OUT_OF_DATE, Reason.SOURCE_NEWER)

    pages.publish_with_title(french_page, "À propos de nos programmes")
    assert cell_for(sections["about"]).status == Status.UP_TO_DATE


def test_a_stopped_synced_translation_counts_as_a_manual_one(sections, french):
    published(pages.translate(sections["about"], french))
    Translation.objects.filter(target_locale=french).update(enabled=False)
    cell = cell_for(sections["about"])
    assert (cell.status, cell.is_synced) == (Status.UP_TO_DATE, False)
    pages.publish_with_title(sections["about"], "About our programmes")
    assert cell_for(sections["about"]).reason == Reason.SOURCE_NEWER


def test_an_alias_is_not_a_translation(sections, french):
    pages.translate(sections["programmes"], french)
    sections["about"].specific.copy_for_translation(french, alias=True)
    assert Page.objects.filter(locale=french, alias_of=sections["about"]).exists()
    assert cell_for(sections["about"]).status == Status.MISSING


def test_rows_know_their_section(sections):
    rows = {row.page.title: row.section for row in page_translation_statuses(source_pages())}
    assert rows["Home"] is None
    assert rows["Programmes"].pk == sections["programmes"].pk
    assert rows["About the programmes"].pk == sections["programmes"].pk
    assert rows["Access"].pk == sections["sourcebook"].pk


@pytest.mark.parametrize("extra_pages", [0, 25])
def test_statuses_take_seven_queries_however_many_pages(sections, french, django_assert_num_queries, extra_pages):
    """Five, the review states, and the segment counts of the one language with a translation in progress."""
    pages.add_standard_pages(sections["programmes"], extra_pages)
    pages.translate(sections["about"], french)
    with django_assert_num_queries(7):
        rows = page_translation_statuses(source_pages())
    assert len(rows) == 6 + extra_pages
