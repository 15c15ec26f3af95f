"""The editors' journey in a real browser: log in, find the English page on the dashboard, translate it (a rich-text
segment included) in wagtail-localize's editor, submit it to Caucus review; the coordinator approves it from the
dashboard; the translation is live, the English page links to it, the report says up to date. Played by the French
regional editor of Southern Africa with a programme plan, and by a Spanish translator with a Sourcebook chapter.

The screenshots are the ones docs/editors.md shows (build/screenshots/<case>-*.png, copied to docs/screenshots/).
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Locale

from editorial.editors import COORDINATORS_GROUP
from programmes.models import RegionPage
from sourcebook.models import SourcebookPage
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

MAX_CLICKS_TO_SUBMITTED = 25
PASSWORD = "journey-password"


def _english_plan():
    region = RegionPage.objects.get(region__slug="southern-africa", locale__language_code="en")
    return factories.create_plan(
        region,
        title="Digital inclusion plan",
        slug="digital-inclusion",
        objectives="<p>Train <b>women</b> in <i>digital</i> skills.</p>",
    )


def _english_chapter():
    """A new English chapter; the Sourcebook's Spanish tree is made first if the demo has none."""
    book = SourcebookPage.objects.get(locale__language_code="en")
    spanish = Locale.objects.get_or_create(language_code="es")[0]
    if not book.has_translation(spanish):
        book.copy_for_translation(spanish, copy_parents=True)
        for page in book.get_ancestors(inclusive=True).filter(depth__gt=1):
            translation = page.get_translation(spanish).specific
            if translation.alias_of_id is None:  # wagtail-localize makes missing parents aliases, live already
                translation.save_revision().publish()
    return factories.create_chapter(
        book,
        title="Digital safety",
        slug="digital-safety",
        body=[factories.paragraph("<p>Protect <b>activists</b> online.</p>")],
    )


CASES = {
    "editors": {
        "username": "amina",
        "group": "Southern Africa — French",
        "language": "fr",
        "source": _english_plan,
        "words": {
            "Train": "Former les <b>femmes</b> aux compétences <i>numériques</i>.",
            "digital-inclusion": "plan-inclusion-numerique",
            "Digital inclusion": "Plan d’inclusion numérique",
        },
        "title": "Plan d’inclusion numérique",
        "bold": "femmes",
    },
    "translators": {
        "username": "lucia",
        "group": "Translators — Spanish",
        "language": "es",
        "source": _english_chapter,
        "words": {
            "Protect": "Proteger a las <b>activistas</b> en línea.",
            "digital-safety": "seguridad-digital",
            "Digital safety": "Seguridad digital",
        },
        "title": "Seguridad digital",
        "bold": "activistas",
    },
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


@pytest.fixture(params=CASES)
def journey(request, demo, django_user_model, browser, site_url):
    """setup_editors on the demo, the editor and a coordinator, and an English page nobody has translated yet."""
    case = {"name": request.param, **CASES[request.param]}
    case["page"] = case["source"]()
    call_command("setup_editors", verbosity=0)
    for username, group in ((case["username"], case["group"]), ("coordinator", COORDINATORS_GROUP)):
        user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD)
        user.groups.add(Group.objects.get(name=group))
    contexts = []

    def open_tab():
        context = browser.new_context(viewport={"width": 1280, "height": 900}, reduced_motion="reduce")
        context.set_default_timeout(20_000)
        contexts.append(context)
        return context.new_page()

    yield {**case, "open_tab": open_tab, "url": site_url}
    for context in contexts:
        context.close()


def log_in(page, clicks, base_url, username):
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    clicks.click(page.locator("form button[type=submit]"), navigates=True)


def translate_segments(page, clicks, words):
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
            value = next(text for key, text in words.items() if key in segment.inner_text())
            clicks.click(segment.get_by_role("button", name="Translate", exact=True))
            segment.locator("textarea").fill(value)
            remaining = editor.locator("li.incomplete").count()
            clicks.click(segment.get_by_role("button", name="Save", exact=True))
            page.wait_for_function(
                "(n) => document.querySelectorAll('.js-translation-editor li.incomplete').length < n", arg=remaining
            )
    assert editor.locator("li.incomplete").count() == 0


def test_an_editor_translates_submits_and_the_coordinator_approves_from_the_dashboard(journey, screenshots):
    source, base_url, name = journey["page"], journey["url"], journey["name"]
    page = journey["open_tab"]()
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
    translate_segments(page, clicks, journey["words"])
    page.screenshot(path=screenshots / f"{name}-3-translation-editor.png", full_page=True)
    clicks.click(page.get_by_role("button", name="Submit to Caucus review"), navigates=True)

    assert "submitted to Caucus review" in page.locator(".messages").inner_text()
    page.screenshot(path=screenshots / f"{name}-4-submitted.png")
    assert clicks.count <= MAX_CLICKS_TO_SUBMITTED, clicks.count

    coordinator_page = journey["open_tab"]()
    coordinator = Clicks(coordinator_page)
    log_in(coordinator_page, coordinator, base_url, "coordinator")
    review_row = coordinator_page.locator("tr", has_text=journey["title"]).first
    coordinator_page.screenshot(path=screenshots / f"{name}-5-coordinator-dashboard.png", full_page=True)
    coordinator.click(review_row.get_by_role("button", name="Actions"))
    with coordinator_page.expect_navigation():
        coordinator.click(review_row.get_by_role("button", name="Approve", exact=True))

    translated = source.get_translation(Locale.objects.get(language_code=journey["language"]))
    translated.refresh_from_db()
    assert translated.live
    assert translated.title == journey["title"]
    assert f"/{journey['language']}/" in translated.url
    assert coordinator_page.goto(base_url + translated.url).status == 200
    assert coordinator_page.locator("b", has_text=journey["bold"]).count() == 1
    coordinator_page.goto(base_url + source.url)
    assert coordinator_page.locator(f"a[hreflang={journey['language']}][href$='{translated.url}']").count() >= 1

    coordinator_page.goto(f"{base_url}/admin/reports/translation-status/?locale={journey['language']}")
    cell = coordinator_page.locator(f"tr[data-page='{source.pk}'] td[data-language={journey['language']}]")
    assert cell.get_attribute("data-status") == "up_to_date"
    coordinator_page.screenshot(path=screenshots / f"{name}-6-report-up-to-date.png", full_page=True)
    assert clicks.server_errors == [] and coordinator.server_errors == []
