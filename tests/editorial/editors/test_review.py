"""The regional editor's journey in the admin: translate an English plan of her region, submit it to Caucus review
from the translation editor, and the coordinator approves it or sends it back with a comment."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import WorkflowState
from wagtail_localize.models import StringSegment

from editorial.editors import COORDINATORS_GROUP
from editorial.review import synced_translation
from tests import factories
from tests.editorial.editors.admin_forms import edit_url, messages_of

EDITOR = "Southern Africa — French"


@pytest.fixture
def english_plan(editors):
    """A new, live English plan of Southern Africa, not yet translated."""
    return factories.create_plan(
        editors.page("southern-africa"),
        title="Digital inclusion plan",
        objectives="<p>Train <b>women</b> in <i>digital</i> skills.</p>",
    )


@pytest.fixture
def editor(client_for, django_user_model):
    client = client_for(EDITOR)
    client.user.email = "amina@example.org"
    client.user.save()
    return client


@pytest.fixture
def coordinator(client_for):
    client = client_for(COORDINATORS_GROUP)
    client.user.email = "coordinator@example.org"
    client.user.save()
    return client


def start_translation(editor, page):
    response = editor.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [factories.locale("fr").pk]},
    )
    assert response.status_code == 302, response
    return page.get_translation(factories.locale("fr")).specific


def translate_every_segment(editor, french):
    """What typing in the translation editor does: one request per segment."""
    translation = french_translation(french)
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    for segment in segments:
        response = editor.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            urlencode({"value": FRENCH.get(segment.string.data, f"[fr] {segment.string.data}")}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code == 201, response.content
    return segments.count()


def french_translation(french):
    return synced_translation(french)


FRENCH = {
    "Digital inclusion plan": "Plan d’inclusion numérique",
    "Train <b>women</b> in <i>digital</i> skills.": "Former les <b>femmes</b> aux compétences <i>numériques</i>.",
}


def submit(editor, french):
    return editor.post(edit_url(french), {"action": "caucus-submit"})


def task_state_of(page):
    return WorkflowState.objects.for_instance(page).get(status__in=["in_progress", "needs_changes"]).current_task_state


def test_the_dashboard_lists_the_english_plan_with_a_translate_link(editor, english_plan):
    response = editor.get(reverse("wagtailadmin_home"))

    html = response.content.decode()
    assert "Translation work in your languages" in html
    assert english_plan.title in html
    assert reverse("wagtail_localize:submit_page_translation", args=[english_plan.pk]) in html


def test_translate_opens_the_translation_editor_on_a_draft_with_a_submit_button(editor, english_plan):
    french = start_translation(editor, english_plan)

    assert not french.live
    html = editor.get(edit_url(french)).content.decode()
    assert "Submit to Caucus review" in html
    assert "0 of " in html


def test_submitting_saves_the_translated_segments_into_a_revision_and_starts_the_review(editor, english_plan):
    french = start_translation(editor, english_plan)
    total = translate_every_segment(editor, french)

    response = submit(editor, french)

    assert response.status_code == 302
    assert any("submitted to Caucus review" in message for message in messages_of(response))
    french.refresh_from_db()
    assert not french.live
    draft = french.get_latest_revision_as_object()
    assert draft.title == "Plan d’inclusion numérique"
    assert "<b>femmes</b>" in draft.objectives
    state = task_state_of(french)
    assert state.workflow_state.requested_by == editor.user
    assert f"{total} of {total} segments" in editor.get(edit_url(french)).content.decode()


def test_the_coordinator_sees_the_review_panel_only_while_a_translation_waits(editor, coordinator, english_plan):
    def dashboard():
        return coordinator.get(reverse("wagtailadmin_home")).content.decode()

    assert "Translations waiting for your review" not in dashboard()
    french = start_translation(editor, english_plan)
    translate_every_segment(editor, french)
    submit(editor, french)
    assert "Translations waiting for your review" in dashboard()


def test_the_coordinator_approves_from_the_dashboard_and_the_french_plan_goes_live(
    editor, coordinator, english_plan, django_capture_on_commit_callbacks
):
    french = start_translation(editor, english_plan)
    translate_every_segment(editor, french)
    submit(editor, french)
    task_state = task_state_of(french)

    dashboard = coordinator.get(reverse("wagtailadmin_home")).content.decode()
    assert "Plan d’inclusion numérique" in dashboard
    assert "Translations waiting for your review" in dashboard
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator.post(
            reverse("wagtailadmin_pages:workflow_action", args=[french.pk, "approve", task_state.pk]),
            {"comment": "Merci !"},
        )

    assert response.status_code == 302
    french.refresh_from_db()
    assert french.live
    assert french.title == "Plan d’inclusion numérique"
    assert "amina@example.org" in {address for message in mail.outbox for address in message.to}


def test_requested_changes_bring_the_editor_back_to_the_translation_editor_with_the_comment(
    editor, coordinator, english_plan
):
    french = start_translation(editor, english_plan)
    translate_every_segment(editor, french)
    submit(editor, french)

    coordinator.post(
        reverse("wagtailadmin_pages:workflow_action", args=[french.pk, "reject", task_state_of(french).pk]),
        {"comment": "Utilisez « numérique » partout."},
    )

    html = editor.get(edit_url(french)).content.decode()
    assert "js-translation-editor" in html
    assert "Utilisez « numérique » partout." in html
    assert "Resubmit to Caucus review" in html
    assert any("amina@example.org" in message.to for message in mail.outbox)

    submit(editor, french)

    state = WorkflowState.objects.for_instance(french).get(status="in_progress")
    assert state.current_task_state.status == "in_progress"
    french.refresh_from_db()
    assert not french.live


def test_translate_this_page_refused_says_what_is_missing_and_whom_to_ask(editors, client_for, coordinator):
    chapter = editors.page("chapter")
    regional = client_for("Latin America — Spanish")

    response = regional.get(reverse("wagtail_localize:submit_page_translation", args=[chapter.pk]))

    assert response.status_code == 403
    html = response.content.decode()
    assert "Translators — Spanish" in html
    assert "coordinator@example.org" in html


def test_a_user_without_the_translate_permission_gets_the_explanation_too(editors, django_user_model, client):
    user = django_user_model.objects.create_user("visitor", password="password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[editors.page("chapter").pk]))

    assert response.status_code == 403
    assert "Southern Africa — French" not in response.content.decode()
    assert "Translators — French" in response.content.decode()


def test_the_coordinator_reads_the_source_beside_the_translation_in_review(
    editor, coordinator, client_for, english_plan, django_assert_max_num_queries
):
    french = start_translation(editor, english_plan)
    translate_every_segment(editor, french)
    submit(editor, french)
    url = reverse("caucus_source_beside_translation", args=[french.pk])

    dashboard = coordinator.get(reverse("wagtailadmin_home")).content.decode()
    assert url in dashboard
    with django_assert_max_num_queries(60):
        response = coordinator.get(url)

    assert response.status_code == 200
    rows = {(row.field, str(row.source), str(row.translation)) for row in response.context["rows"]}
    assert ("Title", "Digital inclusion plan", "Plan d’inclusion numérique") in rows
    assert (
        "Objectives",
        "Train <b>women</b> in <i>digital</i> skills.",
        "Former les <b>femmes</b> aux compétences <i>numériques</i>.",
    ) in rows
    refused = client_for("Latin America — Spanish").get(url)  # Wagtail's admin answers a refusal with its dashboard
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))


def test_the_editor_reads_the_reviewers_comment_on_her_dashboard(editor, coordinator, english_plan):
    french = start_translation(editor, english_plan)
    translate_every_segment(editor, french)
    submit(editor, french)
    coordinator.post(
        reverse("wagtailadmin_pages:workflow_action", args=[french.pk, "reject", task_state_of(french).pk]),
        {"comment": "Le titre doit dire « plan national »."},
    )

    html = editor.get(reverse("wagtailadmin_home")).content.decode()

    assert "Changes requested" in html
    assert "Le titre doit dire « plan national »." in html
