"""The Content-Security-Policy in Chromium: the public pages and the script a visitor uses run under the strict policy
with no violation, and the Wagtail admin's page editor works under its own policy."""

import pytest
from django.urls import reverse

from home.models import HomePage
from tests.browser.catalogue import PAGE_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# Records every CSP violation the page reports, from before its first script runs.
_RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`);
});
"""


@pytest.fixture(scope="module")
def context(browser, site_url):
    """A browser context of its own, so the admin session does not leak into the other browser tests."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    context.add_init_script(_RECORD_VIOLATIONS)
    yield context
    context.close()


@pytest.fixture
def tab(context, site_url):
    page = context.new_page()
    page.base_url = site_url
    yield page
    page.close()


def directives(header):
    """The policy as {directive: sources}: django-csp does not promise an order of directives."""
    parts = (part.split() for part in header.split(";") if part.strip())
    return {name: sources for name, *sources in parts}


def violations(page):
    return page.evaluate("window.__cspViolations")


def test_every_public_page_type_runs_under_the_strict_policy(tab, demo):
    for page_type in PAGE_TYPES:
        response = tab.goto(tab.base_url + demo.path("en", page_type), wait_until="load")

        policy = directives(response.headers["content-security-policy"])
        assert policy["script-src"] == ["'self'"], page_type
        assert not any("'unsafe-inline'" in sources for sources in policy.values()), page_type
        assert violations(tab) == [], page_type


def test_the_search_suggestions_work_under_the_policy(tab, demo):
    tab.goto(tab.base_url + demo.path("en", "home"), wait_until="load")

    title = demo.titles["en"]["plan"]
    box = tab.locator("#site-search-query")
    box.press_sequentially(title[: title.index(" ") + 4], delay=40)
    tab.locator(f"#{box.get_attribute('aria-controls')} [role=option]").first.wait_for()

    assert violations(tab) == []


def test_the_admin_page_editor_works_under_the_admin_policy(tab, demo, django_user_model):
    django_user_model.objects.create_superuser("csp-editor", "csp@example.org", "a long browser password")
    tab.goto(tab.base_url + reverse("wagtailadmin_login"), wait_until="load")
    tab.locator("input[name=username]").fill("csp-editor")
    tab.locator("input[name=password]").fill("a long browser password")
    tab.locator("form button[type=submit], form input[type=submit]").first.click()
    tab.wait_for_url("**/admin/")

    home = HomePage.objects.get(locale__language_code="en")
    tab.goto(tab.base_url + reverse("wagtailadmin_pages:edit", args=[home.pk]), wait_until="load")

    # The sidebar and the rich-text editors are drawn by the admin's scripts: they only appear if the scripts ran.
    tab.locator("[data-wagtail-sidebar] nav, .sidebar nav").first.wait_for(state="visible")
    tab.locator(".Draftail-Editor").first.wait_for(state="visible")
    assert violations(tab) == []
