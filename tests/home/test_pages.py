"""The home page and standard pages, as a visitor reads them."""

import datetime

import pytest
from django.utils import timezone

from tests import factories, hrefs, soup_of, text_of

pytestmark = pytest.mark.django_db


def test_home_page_is_the_site_root(client, home):
    response = client.get("/en/")

    assert response.status_code == 200
    assert response.context["page"].pk == home.pk


def test_home_page_shows_hero_introduction_and_priorities(client, db):
    home = factories.create_site_home(
        hero_title="Bridging the Gender Gap in the Information Society",
        hero_text="A multi-stakeholder network for gender equality in WSIS.",
        introduction="<p>Lobbying, advocacy and capacity building since 2003.</p>",
    )
    factories.create_priority(1, "Capacity building and training", short_name="Capacity building")
    factories.create_priority(2, "Universal right to communicate")

    response = client.get(home.url)

    assert response.status_code == 200
    text = text_of(response)
    assert "Bridging the Gender Gap in the Information Society" in text
    assert "A multi-stakeholder network for gender equality in WSIS." in text
    assert "Lobbying, advocacy and capacity building since 2003." in text
    assert "Capacity building" in text
    assert "Universal right to communicate" in text


def test_home_page_lists_featured_plans_events_and_materials(client, programmes):
    home = programmes.get_parent().specific
    region_page = factories.create_region_page(programmes, factories.create_region("Southern Africa"))
    plan = factories.create_plan(region_page, title="Malawi national gender programme", country="MW")
    withdrawn_plan = factories.create_plan(region_page, title="Withdrawn plan")
    factories.feature_plans(home, [plan, withdrawn_plan])
    upcoming = factories.create_event(
        region_page, title="Advocacy webinar", start_date=timezone.localdate() + datetime.timedelta(days=20)
    )
    past = factories.create_event(region_page, title="Blantyre workshop", start_date=datetime.date(2003, 11, 10))
    library = factories.create_training_index(programmes)
    material = factories.create_material(library, title="Lobbying toolkit")
    withdrawn_plan.unpublish()

    response = client.get("/en/")

    assert response.status_code == 200
    links = hrefs(response)
    for page in (plan, upcoming, past, material):
        assert page.url in links, f"{page.title} is not linked from the home page"
    text = text_of(response)
    assert "Malawi national gender programme" in text
    assert "Withdrawn plan" not in text


def test_standard_page_renders_its_fields(client, home):
    page = factories.create_standard_page(
        home,
        title="About the Caucus",
        summary="Who we are.",
        introduction="A multi-stakeholder network.",
        body=[
            factories.heading("Our history"),
            factories.paragraph("<p>Founded in 2002 in Geneva by gender advocates.</p>"),
            ("quote", {"text": "Gender equality is not optional.", "attribution": "The Caucus"}),
        ],
    )

    response = client.get("/en/about-the-caucus/")

    assert response.status_code == 200
    text = text_of(response)
    assert "About the Caucus" in text
    assert "A multi-stakeholder network." in text
    assert "Our history" in text
    assert "Founded in 2002 in Geneva by gender advocates." in text
    assert "Gender equality is not optional." in text
    assert response.context["page"].pk == page.pk


def test_standard_pages_nest(client, home):
    parent = factories.create_standard_page(home, title="About")
    child = factories.create_standard_page(parent, title="Our partners", introduction="UNIFEM and the ITU.")

    response = client.get("/en/about/our-partners/")

    assert response.status_code == 200
    assert "UNIFEM and the ITU." in text_of(response)
    assert child.url == "/en/about/our-partners/"


def test_draft_page_is_not_served(client, home):
    factories.create_standard_page(home, title="Not yet", publish=False)

    assert client.get("/en/not-yet/").status_code == 404


def test_the_home_page_shows_an_event_once_published_and_moves_it_to_recent_the_day_after(
    client, programmes, monkeypatch
):
    region_page = factories.create_region_page(programmes)
    today = timezone.localdate()
    event = factories.create_event(region_page, title="Advocacy webinar", start_date=today, publish=False)
    client.get("/en/")  # The first render creates the site's settings (which purges); the second is kept.
    assert "Advocacy webinar" not in text_of(client.get("/en/"))

    event.get_latest_revision().publish()

    def listed_under(section_id):
        section = soup_of(client.get("/en/")).find("section", attrs={"aria-labelledby": section_id})
        return [heading.get_text(strip=True) for heading in section.select(".card__title")]

    assert listed_under("upcoming-events-title") == ["Advocacy webinar"]
    assert listed_under("past-events-title") == []

    monkeypatch.setattr(timezone, "localdate", lambda: today + datetime.timedelta(days=1))

    assert listed_under("upcoming-events-title") == []
    assert listed_under("past-events-title") == ["Advocacy webinar"]
