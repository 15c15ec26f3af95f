"""Changes requested, in a real browser: the coordinator sends the French plan back with a comment from the dashboard
task; the editor reads it on her dashboard, is brought back into the translation editor (not a form of English
fields), fixes the title and resubmits; the coordinator approves, and the French page is live."""

import pytest
from wagtail.models import Locale

from tests.browser.admin_journeys import Clicks, log_in, translate_segments

pytestmark = [pytest.mark.browser, pytest.mark.admin_journey, pytest.mark.django_db]

COMMENT = "Le titre doit dire « plan national »."
FIXED_TITLE = "Plan national d’inclusion numérique"


def _task_action(page, clicks, title, action):
    """Open the task's Actions menu in "Awaiting your review" and choose `action`."""
    row = page.locator("#awaiting-review-section tr", has_text=title).first
    clicks.click(row.get_by_role("button", name="Actions"))
    clicks.click(row.get_by_role("button", name=action, exact=True))


@pytest.mark.parametrize("journey", ["editors"], indirect=True)
def test_the_coordinator_requests_changes_and_the_editor_fixes_them_in_the_translation_editor(journey, screenshots):
    source, base_url = journey.page, journey.url
    editor = journey.open_tab()
    clicks = Clicks(editor)
    log_in(editor, clicks, base_url, journey["username"])
    row = editor.locator(f"tr[data-work-item='{source.pk}']")
    clicks.click(row.get_by_role("link", name="Translate"), navigates=True)
    clicks.click(editor.locator("main input[type=submit]"), navigates=True)
    translate_segments(editor, clicks, journey["words"])
    clicks.click(editor.get_by_role("button", name="Submit to Caucus review"), navigates=True)

    coordinator = journey.open_tab()
    coordinator_clicks = Clicks(coordinator)
    log_in(coordinator, coordinator_clicks, base_url, "coordinator")
    _task_action(coordinator, coordinator_clicks, journey["title"], "Request changes")
    dialog = coordinator.get_by_role("dialog")
    dialog.locator("textarea[name=comment]").fill(COMMENT)
    with coordinator.expect_navigation():
        coordinator_clicks.click(dialog.get_by_role("button", name="Request changes"))
    assert coordinator.locator("#awaiting-review-section tr", has_text=journey["title"]).count() == 0

    # Her dashboard says what is wanted, and "Open" leads into the translation editor, with the comment above it.
    editor.goto(f"{base_url}/admin/")
    row = editor.locator(f"tr[data-work-item='{source.pk}']")
    assert "Changes requested" in row.inner_text()
    assert row.locator("[data-review-comment]").inner_text() == COMMENT
    editor.screenshot(path=screenshots / "changes-1-dashboard.png", full_page=True)
    clicks.click(row.get_by_role("link", name="Open"), navigates=True)
    translation_editor = editor.locator(".js-translation-editor")
    translation_editor.locator("li").first.wait_for()
    assert editor.locator("form#page-edit-form").count() == 0  # not Wagtail's form of the page's fields
    assert COMMENT in editor.locator(".caucus-review-bar").inner_text()
    segment = translation_editor.locator("li", has_text="Digital inclusion plan")
    clicks.click(segment.get_by_role("button", name="Edit", exact=True))
    segment.locator("textarea").fill(FIXED_TITLE)
    clicks.click(segment.get_by_role("button", name="Save", exact=True))
    segment.get_by_text(FIXED_TITLE).wait_for()
    editor.screenshot(path=screenshots / "changes-2-translation-editor.png", full_page=True)
    clicks.click(editor.get_by_role("button", name="Resubmit to Caucus review"), navigates=True)
    assert "submitted to Caucus review" in editor.locator(".messages").inner_text()

    coordinator.goto(f"{base_url}/admin/")
    with coordinator.expect_navigation():
        _task_action(coordinator, coordinator_clicks, FIXED_TITLE, "Approve")
    translated = source.get_translation(Locale.objects.get(language_code="fr"))
    translated.refresh_from_db()
    assert translated.live and translated.title == FIXED_TITLE
    response = coordinator.goto(base_url + translated.url)
    assert response.status == 200
    assert coordinator.locator("h1").inner_text() == FIXED_TITLE
    assert journey.server_errors == []
