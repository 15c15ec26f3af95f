"""The main menu and the breadcrumbs every page carries."""

import pytest

from tests import factories, hrefs, soup_of

pytestmark = pytest.mark.django_db


def main_menu(response):
    nav = soup_of(response).select_one("nav.site-nav")
    assert nav is not None, "the page has no main menu"
    return nav


def breadcrumbs(response):
    nav = soup_of(response).select_one("nav.breadcrumbs")
    assert nav is not None, "the page has no breadcrumbs"
    return nav


def breadcrumb_trail(response):
    return [" ".join(item.get_text(" ").split()) for item in breadcrumbs(response).find_all("li")]


@pytest.fixture
def sections(programmes):
    """Home's children: two sections in the menu, one page that is not, and one in the menu but unpublished."""
    home = programmes.get_parent().specific
    programmes.show_in_menus = True
    programmes.save_revision().publish()
    about = factories.create_standard_page(home, title="About", show_in_menus=True)
    hidden = factories.create_standard_page(home, title="Privacy notice", show_in_menus=False)
    draft = factories.create_standard_page(home, title="Coming soon", show_in_menus=True, publish=False)
    return {"home": home, "programmes": programmes, "about": about, "hidden": hidden, "draft": draft}


def test_main_menu_lists_the_home_pages_menu_children(client, sections):
    response = client.get("/en/")

    menu = main_menu(response)
    links = {anchor.get_text(strip=True): anchor["href"] for anchor in menu.find_all("a", href=True)}
    assert links == {"Programmes": "/en/programmes/", "About": "/en/about/"}


def test_main_menu_keeps_the_tree_order(client, sections):
    sections["about"].move(sections["home"], pos="first-child")

    titles = [anchor.get_text(strip=True) for anchor in main_menu(client.get("/en/")).find_all("a", href=True)]

    assert titles == ["About", "Programmes"]


def test_main_menu_marks_the_current_section(client, sections):
    region_page = factories.create_region_page(sections["programmes"], factories.create_region("Southern Africa"))
    plan = factories.create_plan(region_page, title="Malawi plan")

    menu = main_menu(client.get(plan.url))

    current = {anchor.get_text(strip=True): anchor.get("aria-current") for anchor in menu.find_all("a")}
    assert current["Programmes"] in {"true", "page", "location"}
    assert current["About"] is None


def test_main_menu_marks_the_section_page_itself(client, sections):
    menu = main_menu(client.get("/en/about/"))

    current = {anchor.get_text(strip=True): anchor.get("aria-current") for anchor in menu.find_all("a")}
    assert current == {"Programmes": None, "About": "page"}


def test_breadcrumbs_on_a_plan_show_home_programmes_region(client, sections):
    region_page = factories.create_region_page(sections["programmes"], factories.create_region("Southern Africa"))
    plan = factories.create_plan(region_page, title="Malawi national programme")

    response = client.get(plan.url)

    assert breadcrumb_trail(response) == ["Home", "Programmes", "Southern Africa", "Malawi national programme"]
    nav = breadcrumbs(response)
    assert [anchor["href"] for anchor in nav.find_all("a", href=True)] == [
        "/en/",
        "/en/programmes/",
        region_page.url,
    ]
    assert nav.find(attrs={"aria-current": "page"}).get_text(strip=True) == "Malawi national programme"


def test_french_visitors_get_the_french_home_pages_menu(client, sections):
    french = factories.locale("fr")
    sections["home"].copy_for_translation(french).save_revision().publish()
    about = sections["about"].copy_for_translation(french)
    about.title, about.slug = "À propos", "a-propos"
    about.save_revision().publish()

    response = client.get("/fr/a-propos/")

    assert response.status_code == 200
    menu = main_menu(response)
    links = {anchor.get_text(strip=True): anchor["href"] for anchor in menu.find_all("a", href=True)}
    assert links == {"À propos": "/fr/a-propos/"}
    assert breadcrumb_trail(response)[-1] == "À propos"
    assert hrefs(breadcrumbs(response)) == ["/fr/"]
