"""The regional editor's journey in a real browser: log in, find the English plan of her region on the dashboard,
translate it (a rich-text segment included) in wagtail-localize's editor, submit it to Caucus review; the coordinator
approves it from the dashboard; the French plan is live, the English page links to it, the report says up to date.

The screenshots are the ones docs/editors.md shows (build/screenshots/editors-*.png).
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Locale

from editorial.editors import COORDINATORS_GROUP
from programmes.models import RegionPage
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

MAX_CLICKS_TO_SUBMITTED = 25
PASSWORD = "journey-password"
FRENCH = {
    "Train": "Former les <b>femmes</b> aux compétences <i>numériques</i>.",
    "digital-inclusion": "plan-inclusion-numerique",
    "Digital inclusion": "Plan d’inclusion numérique",
}


class Clicks:
    """Counts what the editor does with the mouse (or Enter), and every admin answer of 500 or more."""

    def __init__(self, page):
        self.page = page
        self.count = 0
        self.server_errors = []
        page.on("response", self._response)

    def _response(self, response):
        if response.status >= 500:
            self.server_errors.append(f"HTTP {response.status} for {response.url}")

    def click(self, locator, navigates=False):
        self.count += 1
        if navigates:
            with self.page.expect_navigation():
                locator.click()
        else:
            locator.click()


@pytest.fixture
def journey(demo, django_user_model, browser, site_url):
    """setup_editors on the demo, a French editor of Southern Africa, a coordinator and an untranslated plan."""
    call_command("setup_editors", verbosity=0)
    english_region = RegionPage.objects.get(region__slug="southern-africa", locale__language_code="en")
    plan = factories.create_plan(
        english_region,
        title="Digital inclusion plan",
        slug="digital-inclusion",
        objectives="<p>Train <b>women</b> in <i>digital</i> skills.</p>",
    )
    people = {}
    for username, group in (("amina", "Southern Africa — French"), ("coordinator", COORDINATORS_GROUP)):
        user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        people[username] = user
    contexts = []

    def open_tab():
        context = browser.new_context(viewport={"width": 1280, "height": 900}, reduced_motion="reduce")
        context.set_default_timeout(20_000)
        contexts.append(context)
        return context.new_page()

    yield {"plan": plan, "open_tab": open_tab, "url": site_url}
    for context in contexts:
        context.close()


def log_in(page, clicks, base_url, username):
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    clicks.click(page.locator("form button[type=submit]"), navigates=True)


def translate_segments(page, clicks):
    """Translate every untranslated segment, tab by tab: "Translate", type, "Save" (3 clicks each)."""
    editor = page.locator(".js-translation-editor")
    editor.locator("li.incomplete").first.wait_for(state="attached")
    tabs = editor.get_by_role("tab")
    for index in range(max(tabs.count(), 1)):
        if index:
            clicks.click(tabs.nth(index))
        visible = editor.locator("li.incomplete:visible")
        while visible.count():
            segment = visible.first
            value = next(text for key, text in FRENCH.items() if key in segment.inner_text())
            clicks.click(segment.get_by_role("button", name="Translate", exact=True))
            segment.locator("textarea").fill(value)
            remaining = editor.locator("li.incomplete").count()
            clicks.click(segment.get_by_role("button", name="Save", exact=True))
            page.wait_for_function(
                "(n) => document.querySelectorAll('.js-translation-editor li.incomplete').length < n", arg=remaining
            )
    assert editor.locator("li.incomplete").count() == 0


def test_french_regional_editor_translates_submits_and_the_coordinator_approves(journey, screenshots):
    plan, base_url = journey["plan"], journey["url"]
    page = journey["open_tab"]()
    clicks = Clicks(page)

    log_in(page, clicks, base_url, "amina")
    page.screenshot(path=screenshots / "editors-1-dashboard.png", full_page=True)
    row = page.locator(f"tr[data-work-item='{plan.pk}']")
    clicks.click(row.get_by_role("link", name=re.compile("Translate")), navigates=True)
    assert page.locator("input[type=checkbox][name=locales]:checked").count() == 1
    page.screenshot(path=screenshots / "editors-2-translate-this-page.png")
    clicks.click(page.locator("main input[type=submit]"), navigates=True)
    translate_segments(page, clicks)
    page.screenshot(path=screenshots / "editors-3-translation-editor.png", full_page=True)
    clicks.click(page.get_by_role("button", name="Submit to Caucus review"), navigates=True)

    assert "submitted to Caucus review" in page.locator(".messages").inner_text()
    page.screenshot(path=screenshots / "editors-4-submitted.png")
    assert clicks.count <= MAX_CLICKS_TO_SUBMITTED, clicks.count

    coordinator_page = journey["open_tab"]()
    coordinator = Clicks(coordinator_page)
    log_in(coordinator_page, coordinator, base_url, "coordinator")
    review_row = coordinator_page.locator("tr", has_text="Plan d’inclusion numérique").first
    coordinator_page.screenshot(path=screenshots / "editors-5-coordinator-dashboard.png", full_page=True)
    coordinator.click(review_row.get_by_role("button", name="Actions"))
    with coordinator_page.expect_navigation():
        coordinator.click(review_row.get_by_role("button", name="Approve", exact=True))

    french = plan.get_translation(Locale.objects.get(language_code="fr"))
    french.refresh_from_db()
    assert french.live
    assert french.title == "Plan d’inclusion numérique"
    response = coordinator_page.goto(base_url + french.url)
    assert response.status == 200
    assert "/fr/" in french.url
    assert "<b>femmes</b>" in coordinator_page.content() or coordinator_page.locator("b", has_text="femmes").count()
    coordinator_page.goto(base_url + plan.url)
    switcher = coordinator_page.locator(f"a[hreflang=fr][href$='{french.url}']")
    assert switcher.count() >= 1

    coordinator_page.goto(f"{base_url}/admin/reports/translation-status/?locale=fr")
    cell = coordinator_page.locator(f"tr[data-page='{plan.pk}'] td[data-language=fr]")
    assert cell.get_attribute("data-status") == "up_to_date"
    coordinator_page.screenshot(path=screenshots / "editors-6-report-up-to-date.png", full_page=True)
    assert clicks.server_errors == [] and coordinator.server_errors == []
