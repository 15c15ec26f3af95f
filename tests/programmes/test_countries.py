"""The country webspaces under the programmes section: /en/programmes/countries/<code>/."""

import datetime

import pytest

from tests import factories, hrefs, soup_of, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def malawi_content(programmes, southern_africa):
    library = factories.create_training_index(programmes)
    return {
        "plan": factories.create_plan(southern_africa, title="Malawi national programme", country="MW"),
        "event": factories.create_event(
            southern_africa, title="Lilongwe workshop", country="MW", start_date=datetime.date(2003, 11, 24)
        ),
        "material": factories.create_material(library, title="Advocacy toolkit for Malawi", countries=["MW", "ZM"]),
        "other": factories.create_plan(southern_africa, title="Zambia national programme", country="ZM"),
    }


def test_country_webspace_lists_the_countrys_plans_events_and_materials(client, malawi_content):
    response = client.get("/en/programmes/countries/MW/")

    assert response.status_code == 200
    text = text_of(response)
    assert "Malawi" in soup_of(response).find("h1").get_text()
    assert "Malawi national programme" in text
    assert "Lilongwe workshop" in text
    assert "Advocacy toolkit for Malawi" in text
    assert "Zambia national programme" not in text
    links = hrefs(response)
    for key in ("plan", "event", "material"):
        assert malawi_content[key].url in links


@pytest.mark.parametrize("spelling", ["mw", "Mw"])
def test_other_spellings_of_a_country_move_to_its_one_address(client, malawi_content, spelling):
    response = client.get(f"/en/programmes/countries/{spelling}/", {"plans": 2})

    assert response.status_code == 301
    assert response["Location"] == "/en/programmes/countries/MW/?plans=2"
    canonical = client.get("/en/programmes/countries/MW/").content.decode()
    assert '<link rel="canonical" href="http' in canonical and '/en/programmes/countries/MW/"' in canonical


def test_country_with_a_material_only_has_a_webspace(client, malawi_content):
    response = client.get("/en/programmes/countries/ZM/")

    assert response.status_code == 200
    text = text_of(response)
    assert "Advocacy toolkit for Malawi" in text
    assert "Zambia national programme" in text
    assert "Malawi national programme" not in text


@pytest.mark.parametrize("code", ["FR", "XX", "MWI", "12"])
def test_country_without_content_or_bogus_code_is_not_found(client, malawi_content, code):
    assert client.get(f"/en/programmes/countries/{code}/").status_code == 404


def test_country_with_only_drafts_is_not_found(client, southern_africa):
    factories.create_plan(southern_africa, title="Kenya plan in preparation", country="KE", publish=False)

    assert client.get("/en/programmes/countries/KE/").status_code == 404


def test_country_list_links_each_webspace(client, malawi_content):
    response = client.get("/en/programmes/countries/")

    assert response.status_code == 200
    links = hrefs(response)
    assert "/en/programmes/countries/MW/" in links
    assert "/en/programmes/countries/ZM/" in links
    assert "/en/programmes/countries/FR/" not in links


def test_plan_and_event_pages_link_their_country_webspace(client, malawi_content):
    for key in ("plan", "event", "material"):
        assert "/en/programmes/countries/MW/" in hrefs(client.get(malawi_content[key].url)), key


def test_country_webspace_shows_its_plans_a_page_at_a_time(client, southern_africa, malawi_content):
    for number in range(1, 14):
        factories.create_plan(southern_africa, title=f"Malawi district plan {number:02}", country="MW")

    first = client.get("/en/programmes/countries/MW/")
    second = client.get("/en/programmes/countries/MW/", {"plans": 2})

    assert "Page 1 of 2" in text_of(first)
    assert "?plans=2" in hrefs(first)
    shown = ["Malawi national programme", *(f"Malawi district plan {n:02}" for n in range(1, 14))]
    on_first = [title for title in shown if title in text_of(first)]
    on_second = [title for title in shown if title in text_of(second)]
    assert len(on_first) == 12 and len(on_second) == 2
    assert not set(on_first) & set(on_second)
    # The other lists stay on their first page.
    assert "Lilongwe workshop" in text_of(second)
