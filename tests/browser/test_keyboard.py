"""Keyboard only: from the top of a page, Tab reaches the skip link, the search box, the menu and the filters."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# The focused element, described for the assertions and for a person reading a failure.
_FOCUSED = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        classes: element.getAttribute("class") || "",
        text: (element.innerText || element.value || element.getAttribute("aria-label") || "").trim().slice(0, 40),
        outlined: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
        inMenu: Boolean(element.closest(".main-menu")),
        inFilters: Boolean(element.closest("#plans form.filter-form")),
    };
}"""


def focused(page):
    return page.evaluate(_FOCUSED)


def name(element):
    if element is None:
        return "(nothing)"
    label = element["tag"] + (f"#{element['id']}" if element["id"] else "")
    return f"{label}.{element['classes'].split()[0]} {element['text']!r}" if element["classes"] else label


def tab_until(page, wanted, limit):
    """Press Tab until `wanted(focused element)`; returns every element focused on the way, the match last."""
    path = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        element = focused(page)
        path.append(element)
        if element and wanted(element):
            return path
    raise AssertionError(f"{limit} presses of Tab never got there; focus went " + " → ".join(map(name, path[:40])))


def assert_focus_shows(path):
    hidden = [name(element) for element in path if element and not (element["outlined"] and element["onScreen"])]
    assert not hidden, f"focus is not visible (outline, on screen) on: {hidden}"


def test_tab_reaches_the_skip_link_the_search_box_and_the_menu(desktop, demo):
    page = desktop.page
    desktop.open(demo.path("en", "home"))

    path = tab_until(page, lambda element: True, 1)
    assert "skip-link" in path[0]["classes"], f"the first Tab goes to {name(path[0])}, not the skip link"
    path += tab_until(page, lambda element: element["id"] == "site-search-query", 10)
    path += tab_until(page, lambda element: element["inMenu"], 10)
    assert_focus_shows(path)


def test_on_a_phone_tab_reaches_the_menu_button_which_opens_the_menu(phone, demo):
    page = phone.page
    phone.open(demo.path("ar", "home"))

    path = tab_until(page, lambda element: "skip-link" in element["classes"], 1)
    path += tab_until(page, lambda element: element["id"] == "site-search-query", 10)
    path += tab_until(page, lambda element: "site-nav__toggle" in element["classes"], 10)
    page.keyboard.press("Enter")
    assert page.locator(".site-nav__toggle").get_attribute("aria-expanded") == "true"
    path += tab_until(page, lambda element: element["inMenu"], 1)
    assert_focus_shows(path)


def test_the_skip_link_moves_the_focus_to_the_main_content(desktop, demo):
    page = desktop.page
    desktop.open(demo.path("fr", "plan"))

    tab_until(page, lambda element: "skip-link" in element["classes"], 1)
    page.keyboard.press("Enter")

    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize(("language", "width"), [("en", "desktop"), ("fr", "phone")])
def test_keyboard_reaches_the_filters_and_applies_one(tabs, demo, language, width):
    tab = tabs[width]
    page = tab.page
    tab.open(demo.path(language, "programmes"))
    before = int(re.search(r"\d+", page.locator("#plans .listing-status__count").inner_text()).group())

    path = tab_until(page, lambda element: element["tag"] == "select" and element["inFilters"], 400)
    assert_focus_shows(path[-1:])
    for _ in range(30):  # Down the options to the first value that leaves fewer plans.
        page.keyboard.press("ArrowDown")
        count = re.search(r"\((\d+)\)\s*$", page.evaluate("document.activeElement.selectedOptions[0].textContent"))
        if count and 0 < int(count.group(1)) < before:
            break
    else:
        raise AssertionError("no value of the first filter leaves fewer plans")
    tab_until(page, lambda element: element["tag"] == "button" and element["inFilters"], 10)
    with page.expect_navigation():
        page.keyboard.press("Enter")

    after = int(re.search(r"\d+", page.locator("#plans .listing-status__count").inner_text()).group())
    assert after == int(count.group(1)) < before
