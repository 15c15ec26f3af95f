"""Regional editors in the admin: they write and submit in their region and language; coordinators publish."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from editorial.editors import APPROVAL_TASK_NAME, COORDINATORS_GROUP
from tests.editorial.editors.admin_forms import edit_url, messages_of, post_edit

EDITOR = "Latin America — Spanish"
PERMISSION_DENIED = "Sorry, you do not have permission to access this area."


@pytest.fixture
def plan(editors):
    """The Spanish Latin America plan, live."""
    return editors.page("latin-america-plan", "es")


@pytest.fixture
def editor(client_for):
    return client_for(EDITOR)


def assert_refused(response):
    """Wagtail 8 turns a PermissionDenied in an admin view into a redirect to the dashboard with an error."""
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert PERMISSION_DENIED in messages_of(response)


def test_editor_opens_the_edit_view_of_a_plan_in_their_region_and_language(editor, plan):
    response = editor.get(edit_url(plan))

    assert response.status_code == 200
    assert 'name="action-submit"' in response.content.decode()


def test_editor_saves_a_draft_and_the_live_page_is_unchanged(editor, plan):
    response = post_edit(editor, plan, title="Plan de acción 2025")

    assert response.status_code == 302
    assert response["Location"] == edit_url(plan)
    plan.refresh_from_db()
    assert plan.title == "Latin America plan"
    assert plan.has_unpublished_changes
    assert plan.get_latest_revision_as_object().title == "Plan de acción 2025"


def test_editor_submits_for_moderation(editor, plan):
    response = post_edit(editor, plan, button="action-submit", title="Plan de acción 2025")

    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.workflow_in_progress
    state = WorkflowState.objects.for_instance(plan).get(status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.current_task_state.task.name == APPROVAL_TASK_NAME
    assert state.requested_by == editor.user
    assert plan.title == "Latin America plan"


def test_editor_is_not_offered_publish_and_a_forced_publish_only_saves_a_draft(editor, plan):
    assert 'name="action-publish"' not in editor.get(edit_url(plan)).content.decode()

    response = post_edit(editor, plan, button="action-publish", title="Publicado sin revisión")

    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.title == "Latin America plan"
    assert plan.live_revision.as_object().title == "Latin America plan"
    assert plan.get_latest_revision_as_object().title == "Publicado sin revisión"


@pytest.mark.parametrize(
    ("key", "language_code"),
    [
        ("latin-america-plan", "en"),  # their region, another language
        ("southern-africa-plan", "es"),  # their language, another region
        ("home", "fr"),  # another locale's home page
        ("programmes", "es"),  # above their region
    ],
)
def test_editor_is_refused_outside_their_region_and_language(editors, editor, key, language_code):
    page = editors.page(key, language_code)

    assert_refused(editor.get(edit_url(page)))
    assert_refused(editor.post(edit_url(page), {"title": "Hijacked"}))
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title != "Hijacked"


def test_editor_adds_plans_in_their_region_but_not_in_another(editors, editor):
    def add_plan_url(key, language_code):
        return reverse(
            "wagtailadmin_pages:add",
            args=["programmes", "programmeplanpage", editors.page(key, language_code).pk],
        )

    assert editor.get(add_plan_url("latin-america", "es")).status_code == 200
    assert_refused(editor.get(add_plan_url("southern-africa", "es")))


def test_coordinator_approves_and_the_submitted_revision_goes_live(editor, client_for, plan):
    post_edit(editor, plan, button="action-submit", title="Plan de acción 2025")
    task_state = WorkflowState.objects.for_instance(plan).get().current_task_state
    coordinator = client_for(COORDINATORS_GROUP)
    assert 'name="action-publish"' in coordinator.get(edit_url(plan)).content.decode()

    response = coordinator.post(
        reverse("wagtailadmin_pages:workflow_action", args=[plan.pk, "approve", task_state.pk]), {"comment": ""}
    )

    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.live
    assert plan.title == "Plan de acción 2025"
    assert not plan.workflow_in_progress
    assert WorkflowState.objects.for_instance(plan).get().status == WorkflowState.STATUS_APPROVED


def test_editor_cannot_approve_their_own_submission(editor, plan):
    post_edit(editor, plan, button="action-submit", title="Plan de acción 2025")
    task_state = WorkflowState.objects.for_instance(plan).get().current_task_state

    response = editor.post(
        reverse("wagtailadmin_pages:workflow_action", args=[plan.pk, "approve", task_state.pk]), {"comment": ""}
    )

    assert_refused(response)
    plan.refresh_from_db()
    assert plan.title == "Latin America plan"
    assert plan.workflow_in_progress


def explorer_titles(client, page):
    response = client.get(reverse("wagtailadmin_explore", args=[page.pk]), follow=True)
    assert response.status_code == 200
    return {child.title for child in response.context["pages"]}


def test_explorer_of_a_french_regional_editor_starts_at_and_lists_only_their_region(editors, client_for):
    editor = client_for("Southern Africa — French")
    french_region = editors.page("southern-africa", "fr")

    response = editor.get(reverse("wagtailadmin_explore", args=[editors.page("programmes", "fr").pk]))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[french_region.pk])
    assert explorer_titles(editor, french_region) == {"Southern Africa plan"}
    assert explorer_titles(editor, editors.page("home", "es")) == {"Southern Africa plan"}


def test_explorer_of_a_french_editor_and_translator_lists_only_pages_they_may_touch(editors, client_for):
    editor = client_for("Southern Africa — French", "Translators — French")

    assert explorer_titles(editor, editors.page("programmes", "fr")) == {"Southern Africa"}
    assert explorer_titles(editor, editors.page("home", "fr")) == {"Programmes", "Sourcebook", "Training materials"}
