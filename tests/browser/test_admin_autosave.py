"""Finding 7 of the editors' trial, in a real browser: a regional editor creates a plan and chooses its listing image
while Wagtail's autosave runs; every autosave is answered (never a 500), the page is created once, and submitting
it for review then works: no "could not be created due to validation errors" from a half-created page, and no
"could not be saved" from the stale-save check taking her own autosaves for someone else's change."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page

from programmes.models import ProgrammePlanPage, RegionPage
from tests.browser.admin_journeys import PASSWORD, Clicks, log_in

pytestmark = [pytest.mark.browser, pytest.mark.admin_journey, pytest.mark.django_db]

TITLE = "Community radio plan"


@pytest.fixture
def editor_tab(demo_site, browser, site_url, django_user_model):
    call_command("setup_editors", verbosity=0)
    user = django_user_model.objects.create_user("thandi", "thandi@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Southern Africa — English"))
    context = browser.new_context(viewport={"width": 1280, "height": 900}, reduced_motion="reduce")
    context.set_default_timeout(20_000)
    yield context.new_page()
    context.close()


def test_autosave_while_choosing_an_image_answers_every_request_and_creates_the_page_once(editor_tab, site_url):
    page, clicks = editor_tab, Clicks(editor_tab)
    answers = []
    page.on("response", lambda response: answers.append((response.request.method, response.status, response.url)))
    region = RegionPage.objects.get(region__slug="southern-africa", locale__language_code="en")
    log_in(page, clicks, site_url, "thandi")
    page.goto(site_url + reverse("wagtailadmin_pages:add", args=("programmes", "programmeplanpage", region.pk)))
    # Wagtail notes the form's starting state 2 s after it loads; autosave runs on changes made after that.
    page.wait_for_timeout(2_500)

    page.locator("#id_title").press_sequentially(TITLE)
    # Autosave creates the draft: the browser moves to the new page's edit view without a reload.
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    page.locator("#id_summary").press_sequentially("Training women to run community radio stations.")
    clicks.click(page.get_by_role("tab", name="Promote"))
    clicks.click(page.get_by_role("button", name="Choose an image"))
    modal = page.locator(".modal-dialog")
    clicks.click(modal.locator("[data-chooser-modal-choice]").first)
    modal.wait_for(state="hidden")
    page.locator("#id_listing_image_alt").press_sequentially("A presenter at the microphone")
    page.wait_for_timeout(1_500)  # a few autosave intervals
    clicks.click(page.get_by_role("button", name="More actions"))
    with page.expect_navigation():
        clicks.click(page.get_by_role("button", name="Submit to Caucus review"))

    assert [answer for answer in answers if answer[1] >= 500] == []
    posts = [url for method, _status, url in answers if method == "POST"]
    assert any("/admin/pages/add/" in url for url in posts), "autosave did not create the page"
    assert sum("/edit/" in url for url in posts) >= 2, "autosave did not save the edits (besides the submission)"
    assert "submitted for moderation" in page.locator(".messages").inner_text()
    created = ProgrammePlanPage.objects.get(title=TITLE)
    assert Page.objects.filter(slug=created.slug).count() == 1
    revision = created.get_latest_revision_as_object()
    assert revision.listing_image_id is not None
    assert created.current_workflow_state is not None  # in review, not a half page
