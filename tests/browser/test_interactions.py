"""What a visitor does with the pages: switch language, filter the programme plans, take a search suggestion."""

import re

import pytest
from django.contrib.staticfiles import finders

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# Each filter value with the number of plans it would leave, read from the form's options and the facet links.
_FILTER_CHOICES = """() => {
    const choices = [];
    for (const select of document.querySelectorAll("#plans form.filter-form select")) {
        for (const option of select.options) {
            const count = option.value && option.textContent.match(/\\((\\d+)\\)\\s*$/);
            if (count) choices.push({kind: "option", name: select.name, value: option.value, count: +count[1]});
        }
    }
    document.querySelectorAll("#plans nav.facets a.facet__link").forEach((link, index) => {
        const count = link.querySelector(".facet__count");
        choices.push({kind: "link", index, label: link.querySelector(".facet__label").textContent.trim(),
                      count: parseInt(count.firstChild.textContent, 10)});
    });
    return choices;
}"""


def listed_plans(page):
    """The number of programme plans the listing says it has (all its pages together)."""
    text = page.locator("#plans .listing-status__count").inner_text()
    return int(re.search(r"\d+", text).group())


def narrower_choice(page, kind, total):
    """A filter value of `kind` ("option" or "link") that leaves some plans, but fewer than `total`."""
    choices = [choice for choice in page.evaluate(_FILTER_CHOICES) if choice["kind"] == kind]
    narrower = [choice for choice in choices if 0 < choice["count"] < total]
    assert narrower, f"no {kind} filter narrows the {total} plans: {choices}"
    return narrower[0]


@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_language_switcher_takes_a_plan_to_its_french_translation(tabs, demo, width):
    tab = tabs[width]
    page = tab.page
    tab.open(demo.path("en", "plan"))

    switcher = page.get_by_role("navigation", name="Languages")
    switcher.locator("summary").click()
    with page.expect_navigation():
        switcher.get_by_role("link", name="Français", exact=True).click()

    assert page.url == tab.url(demo.path("fr", "plan"))
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text() == demo.titles["fr"]["plan"]
    assert not tab.errors


@pytest.mark.parametrize(("language", "width"), [("en", "desktop"), ("fr", "phone")])
def test_filter_form_narrows_the_programme_plans(tabs, demo, language, width):
    tab = tabs[width]
    page = tab.page
    tab.open(demo.path(language, "programmes"))
    total = listed_plans(page)
    choice = narrower_choice(page, "option", total)

    form = page.locator("#plans form.filter-form")
    form.locator(f"select[name='{choice['name']}']").select_option(choice["value"])
    with page.expect_navigation():
        form.locator("button[type=submit]").click()

    assert f"{choice['name']}={choice['value']}" in page.url
    assert listed_plans(page) == choice["count"]
    assert form.locator(f"select[name='{choice['name']}']").input_value() == choice["value"]
    assert 0 < page.locator("#plans .card-list > li").count() <= choice["count"]
    assert not tab.errors


@pytest.mark.parametrize(("language", "width"), [("en", "phone"), ("fr", "desktop")])
def test_filter_links_narrow_the_programme_plans(tabs, demo, language, width):
    tab = tabs[width]
    page = tab.page
    tab.open(demo.path(language, "programmes"))
    total = listed_plans(page)
    choice = narrower_choice(page, "link", total)

    with page.expect_navigation():
        page.locator("#plans nav.facets a.facet__link").nth(choice["index"]).click()

    assert listed_plans(page) == choice["count"]
    current = page.locator("#plans nav.facets a.facet__link[aria-current]")
    assert current.locator(".facet__label").all_inner_texts() == [choice["label"]]
    assert 0 < page.locator("#plans .card-list > li").count() <= choice["count"]
    assert not tab.errors


# Where a search box is: (width, language, the page it is on, the input). The header's box is on every page but the
# search page, which has its own.
SEARCH_BOXES = {
    "search-page": ("desktop", "en", "search-results", "#search-page-query"),
    "header-fr": ("phone", "fr", "plan", "#site-search-query"),
    "header-ar": ("desktop", "ar", "chapter", "#site-search-query"),
}


@pytest.mark.parametrize("where", SEARCH_BOXES)
def test_search_box_suggests_page_titles(tabs, demo, where):
    if finders.find("js/autocomplete.js") is None:
        pytest.xfail("the pages load js/autocomplete.js, which no static folder has yet")
    width, language, page_type, selector = SEARCH_BOXES[where]
    tab = tabs[width]
    page = tab.page
    tab.open(demo.path(language, page_type))
    title = demo.titles[language]["plan"]
    typed = title[: title.index(" ") + 4]  # The first word and the start of the second: "Latin Ame".

    box = page.locator(selector)
    box.fill("")
    box.press_sequentially(typed, delay=40)
    options = page.locator(f"#{box.get_attribute('aria-controls')} [role=option]")
    options.first.wait_for()

    suggested = options.all_inner_texts()
    assert any(title in text for text in suggested), f"typing {typed!r} suggested {suggested}"
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "true"
    box.press("ArrowDown")
    first = options.first
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    chosen = first.locator(".search-combobox__title").inner_text()
    with page.expect_navigation():
        box.press("Enter")
    assert chosen in page.locator("h1").inner_text()
    assert not tab.errors
