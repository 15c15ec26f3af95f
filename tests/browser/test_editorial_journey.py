"""The editors' journey in a real browser: log in, find the English page on the dashboard, translate it (a rich-text
segment included) in wagtail-localize's editor, submit it to Caucus review; the coordinator approves it from the
dashboard; the translation is live, the English page links to it, the report says up to date. Played by the French
regional editor of Southern Africa with a programme plan, and by a Spanish translator with a Sourcebook chapter.

The screenshots are the ones docs/editors.md shows (build/screenshots/<case>-*.png, copied to docs/screenshots/).
"""

import re

import pytest
from wagtail.models import Locale

from tests.browser.admin_journeys import LINK, Clicks, log_in, translate_segments

pytestmark = [pytest.mark.browser, pytest.mark.admin_journey, pytest.mark.django_db]

MAX_CLICKS_TO_SUBMITTED = 25


def test_an_editor_translates_submits_and_the_coordinator_approves_from_the_dashboard(journey, screenshots):
    source, base_url, name = journey.page, journey.url, journey.name
    page = journey.open_tab()
    clicks = Clicks(page)

    log_in(page, clicks, base_url, journey["username"])
    page.screenshot(path=screenshots / f"{name}-1-dashboard.png", full_page=True)
    row = page.locator(f"tr[data-work-item='{source.pk}']")
    clicks.click(row.get_by_role("link", name=re.compile("Translate")), navigates=True)
    assert page.locator("input[type=checkbox][name=locales]:checked").count() == 1
    page.screenshot(path=screenshots / f"{name}-2-translate-this-page.png")
    clicks.click(page.locator("main input[type=submit]"), navigates=True)
    # Rich text reads as text: the source's bold words are bold, without <b> marks to read around.
    formatted = page.locator(".js-translation-editor .caucus-formatted-segment strong").first
    formatted.wait_for(state="attached")
    translate_segments(page, clicks, journey["words"], screenshots / f"{name}-3a-formatted-translation.png")
    # ...and so is her own: she formats with Ctrl+B, Ctrl+I and the link button, never typing a tag.
    shown = page.locator(".js-translation-editor").inner_text()
    assert "<b>" not in shown and "<a id" not in shown and "<i>" not in shown
    own_text = page.locator(".js-translation-editor li.complete .caucus-formatted-segment")
    own_bold = own_text.locator("strong", has_text=journey["bold"])
    assert own_bold.count() == 1
    page.screenshot(path=screenshots / f"{name}-3-translation-editor.png", full_page=True)
    clicks.click(page.get_by_role("button", name="Submit to Caucus review"), navigates=True)

    assert "submitted to Caucus review" in page.locator(".messages").inner_text()
    page.screenshot(path=screenshots / f"{name}-4-submitted.png")
    assert clicks.count <= MAX_CLICKS_TO_SUBMITTED, clicks.count

    coordinator_page = journey.open_tab()
    coordinator = Clicks(coordinator_page)
    log_in(coordinator_page, coordinator, base_url, "coordinator")
    coordinator_page.screenshot(path=screenshots / f"{name}-5-coordinator-dashboard.png", full_page=True)
    # The task comes with the source beside the translation, to read before deciding.
    translated = source.get_translation(Locale.objects.get(language_code=journey["language"]))
    waiting = coordinator_page.locator(f"tr[data-review-item='{translated.pk}']")
    coordinator.click(waiting.get_by_role("link", name=re.compile("Source beside translation")), navigates=True)
    side_by_side = coordinator_page.locator("table[data-side-by-side]")
    assert journey["title"] in side_by_side.locator("tr", has_text=source.title).inner_text()
    assert side_by_side.locator("td[data-source] b").count() >= 1
    assert side_by_side.locator("td[data-translation] b", has_text=journey["bold"]).count() == 1
    coordinator_page.screenshot(path=screenshots / f"{name}-5b-source-beside-translation.png", full_page=True)
    coordinator_page.go_back()
    review_row = coordinator_page.locator("#awaiting-review-section tr", has_text=journey["title"]).first
    coordinator.click(review_row.get_by_role("button", name="Actions"))
    with coordinator_page.expect_navigation():
        coordinator.click(review_row.get_by_role("button", name="Approve", exact=True))

    translated.refresh_from_db()
    assert translated.live
    assert translated.title == journey["title"]
    assert f"/{journey['language']}/" in translated.url
    assert coordinator_page.goto(base_url + translated.url).status == 200
    assert coordinator_page.locator("main b", has_text=journey["bold"]).count() == 1
    if journey["link"]:
        assert coordinator_page.locator(f"main a[href='{LINK}']", has_text=journey["link"]).count() == 1
    coordinator_page.goto(base_url + source.url)
    assert coordinator_page.locator(f"a[hreflang={journey['language']}][href$='{translated.url}']").count() >= 1

    coordinator_page.goto(f"{base_url}/admin/reports/translation-status/?locale={journey['language']}")
    cell = coordinator_page.locator(f"tr[data-page='{source.pk}'] td[data-language={journey['language']}]")
    assert cell.get_attribute("data-status") == "up_to_date"
    coordinator_page.screenshot(path=screenshots / f"{name}-6-report-up-to-date.png", full_page=True)
    assert journey.server_errors == []
