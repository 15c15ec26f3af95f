"""The states a page reaches after a click (menus open, a filter on, form errors, suggestions shown) pass axe too."""

import pytest
from django.contrib.staticfiles import finders

from tests.browser.axe import axe_violations, describe
from tests.browser.chromium import REVIEW_SCREENSHOT
from tests.browser.layout import layout_problems

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def _open_switcher_and_menu(tab, demo):
    tab.open(demo.path("ar", "plan"))
    tab.page.locator(".site-nav__toggle").click()
    tab.page.locator(".language-switcher summary").click()


def _filtered_programmes(tab, demo):
    tab.open(demo.path("fr", "programmes"))
    with tab.page.expect_navigation():
        tab.page.locator("#plans nav.facets a.facet__link").first.click()


def _form_with_errors(tab, demo):
    tab.open(demo.path("en", "form-page"))
    form = tab.page.locator("form.form")
    form.evaluate("(form) => { form.noValidate = true; }")  # Let the server answer with its error summary.
    with tab.page.expect_navigation():
        form.locator("button[type=submit]").click()
    tab.page.locator(".error-summary").wait_for()


def _header_suggestions(tab, demo):
    tab.open(demo.path("ar", "plan"))
    tab.page.locator("#site-search-query").press_sequentially(demo.search_words["ar"][:4], delay=40)
    tab.page.get_by_role("option").first.wait_for()


STATES = {
    "menu-and-language-switcher-open": ("phone", _open_switcher_and_menu),
    "programmes-filtered": ("desktop", _filtered_programmes),
    "form-errors": ("phone", _form_with_errors),
    "header-search-suggestions": ("phone", _header_suggestions),
}


@pytest.mark.parametrize("state", STATES)
def test_open_and_error_states_pass_axe(tabs, demo, screenshots, state):
    width, reach = STATES[state]
    tab = tabs[width]
    if state == "header-search-suggestions" and finders.find("js/autocomplete.js") is None:
        pytest.xfail("the pages load js/autocomplete.js, which no static folder has yet")

    reach(tab, demo)
    tab.page.screenshot(path=screenshots / f"state-{state}-{width}.jpg", **REVIEW_SCREENSHOT)

    problems = list(tab.errors)
    problems += layout_problems(tab.page, width, tab.page.locator("html").get_attribute("dir"))
    violations = axe_violations(tab.page)
    if violations:
        problems.append("axe-core found serious or critical violations:\n" + describe(violations))
    assert not problems, f"{tab.page.url} ({width}, {state}):\n" + "\n".join(problems)
