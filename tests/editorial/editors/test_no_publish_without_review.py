"""No path publishes a translation without review for someone who may not publish in its language.

Each test is one way in, tried as the Spanish translator ("Translators — Spanish": add and change on the Spanish
Sourcebook, no publish) on a chapter whose French and Spanish synced translations are live. Each attempt is
refused or becomes a submission to Caucus review; the live Spanish chapter stays as the coordinators published it.
"""

import io

import polib
import pytest
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object

from editorial.editors import COORDINATORS_GROUP
from editorial.review import synced_translation
from tests import factories
from tests.editorial.editors.admin_forms import edit_url, form_data, messages_of
from tests.editorial.editors.conftest import module_savepoint
from tests.editorial.editors.test_translators import body_data

TRANSLATOR = "Translators — Spanish"
LIVE_TITLE = "Acceso para todas"


@pytest.fixture
def translator(client_for):
    return client_for(TRANSLATOR)


@pytest.fixture(scope="module")
def _chapter(_module_editors, django_db_blocker):
    """An English chapter with live French and Spanish synced translations; then the English title changed.

    Built once for the module (each test's changes are rolled back with its own savepoint)."""
    with module_savepoint(django_db_blocker):
        english = factories.create_chapter(_module_editors.page("sourcebook"), title="Access for all")
        with TestCase.captureOnCommitCallbacks(execute=True):
            translate_object(english, [factories.locale("fr"), factories.locale("es")])
            for code, title in (("fr", "Accès pour toutes"), ("es", LIVE_TITLE)):
                page = english.get_translation(factories.locale(code)).specific
                page.title = title
                page.save_revision().publish()
        english.title = "Access for every woman"
        english.save_revision().publish()
        yield english.pk


@pytest.fixture
def chapter(_chapter, editors):
    return Page.objects.get(pk=_chapter).specific


def spanish(chapter):
    return chapter.get_translation(factories.locale("es")).specific


def assert_spanish_live_unchanged(chapter):
    page = Page.objects.get(pk=spanish(chapter).pk)
    assert page.title == LIVE_TITLE
    assert page.live_revision.as_object().title == LIVE_TITLE


def in_review(page):
    return WorkflowState.objects.for_instance(page).filter(status=WorkflowState.STATUS_IN_PROGRESS).exists()


def test_sync_does_not_offer_publish_immediately_to_a_translator(chapter, translator, client_for):
    source = TranslationSource.objects.get(object_id=chapter.translation_key, locale=chapter.locale)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])

    assert "Publish immediately" not in translator.get(url).content.decode()
    assert "Publish immediately" in client_for(COORDINATORS_GROUP).get(url).content.decode()


def test_sync_with_publish_immediately_forced_publishes_nothing(
    chapter, translator, django_capture_on_commit_callbacks
):
    source = TranslationSource.objects.get(object_id=chapter.translation_key, locale=chapter.locale)

    with django_capture_on_commit_callbacks(execute=True):
        response = translator.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}
        )

    assert response.status_code == 302
    assert_spanish_live_unchanged(chapter)
    french = chapter.get_translation(factories.locale("fr"))
    assert french.title == "Accès pour toutes"


def test_publish_in_the_translation_editor_becomes_a_submission(
    chapter, translator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = translator.post(edit_url(spanish(chapter)), {"action": "publish"})

    assert response.status_code == 302
    assert_spanish_live_unchanged(chapter)
    assert in_review(spanish(chapter))


def test_submitting_a_live_translation_keeps_the_live_page_until_approval(
    chapter, translator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        translator.post(edit_url(spanish(chapter)), {"action": "caucus-submit"})

    assert_spanish_live_unchanged(chapter)
    assert in_review(spanish(chapter))


def test_po_upload_changes_the_translation_memory_only(chapter, translator, django_capture_on_commit_callbacks):
    translation = synced_translation(spanish(chapter))
    po = polib.pofile(
        translator.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).content.decode()
    )
    for entry in po:
        entry.msgstr = f"Subido: {entry.msgid}"
    upload = io.BytesIO(str(po).encode())
    upload.name = "es.po"

    with django_capture_on_commit_callbacks(execute=True):
        response = translator.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})

    assert response.status_code == 302
    assert_spanish_live_unchanged(chapter)
    assert not in_review(spanish(chapter))


@override_settings(
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR={"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
)
def test_machine_translation_changes_the_translation_memory_only(
    chapter, translator, django_capture_on_commit_callbacks
):
    translation = synced_translation(spanish(chapter))

    with django_capture_on_commit_callbacks(execute=True):
        response = translator.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))

    assert response.status_code == 302
    assert_spanish_live_unchanged(chapter)


def test_convert_to_alias_is_refused_with_the_reason(chapter, translator):
    response = translator.post(reverse("wagtail_localize:convert_to_alias", args=[spanish(chapter).pk]))

    assert response.status_code == 302
    assert any("Ask a Caucus coordinator" in message for message in messages_of(response))
    page = Page.objects.get(pk=spanish(chapter).pk)
    assert page.alias_of_id is None
    assert_spanish_live_unchanged(chapter)


def test_copy_with_publish_copies_does_not_publish(editors, chapter, translator):
    book = editors.page("sourcebook", "es")
    response = translator.post(
        reverse("wagtailadmin_pages:copy", args=[spanish(chapter).pk]),
        {"new_title": "Copia", "new_slug": "copia", "new_parent_page": book.pk, "publish_copies": "on"},
    )

    assert response.status_code == 302
    copy = Page.objects.get(slug="copia", locale__language_code="es")
    assert not copy.live


def test_bulk_publish_is_refused(chapter, translator):
    page = spanish(chapter)
    page.title = "Borrador"
    page.save_revision()
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={page.pk}"

    translator.post(url, {})

    assert_spanish_live_unchanged(chapter)


@pytest.fixture
def manual_spanish(chapter, translator):
    """The Spanish chapter after its synced translation was stopped: Wagtail's own edit form applies."""
    translation = synced_translation(spanish(chapter))
    translation.enabled = False
    translation.save()
    return spanish(chapter)


def test_reverting_to_an_old_revision_and_publishing_is_not_published(manual_spanish, chapter, translator):
    first = manual_spanish.revisions.order_by("created_at").first()
    url = reverse("wagtailadmin_pages:revisions_revert", args=[manual_spanish.pk, first.pk])
    response = translator.get(url)
    assert response.status_code == 200
    data = form_data(response.content.decode()) | body_data("<p>Texto anterior.</p>")
    data["action-publish"] = ["1"]

    translator.post(edit_url(manual_spanish), data)

    assert_spanish_live_unchanged(chapter)


def test_scheduled_publishing_is_not_possible(manual_spanish, chapter, translator):
    response = translator.get(edit_url(manual_spanish))
    data = form_data(response.content.decode()) | body_data("<p>Texto programado.</p>")
    data.update({"title": ["Programado"], "go_live_at": ["2030-01-01 10:00"], "action-publish": ["1"]})

    translator.post(edit_url(manual_spanish), data)

    page = Page.objects.get(pk=manual_spanish.pk)
    assert page.scheduled_revision is None
    assert_spanish_live_unchanged(chapter)


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_admin_api_is_read_only(chapter, translator, method):
    url = f"/admin/api/main/pages/{spanish(chapter).pk}/"

    response = getattr(translator, method)(url, {"title": "API"}, content_type="application/json")

    assert response.status_code in {403, 405}
    assert_spanish_live_unchanged(chapter)
