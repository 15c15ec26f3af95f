"""Programme plans: their page, their place in listings, and the dates an editor may give them."""

import datetime

import pytest
from django.contrib.messages import get_messages

from programmes.models import ProgrammePlanPage
from tests import factories, hrefs, shows_date, soup_of, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def malawi_plan(southern_africa):
    return factories.create_plan(
        southern_africa,
        title="Malawi national gender and ICT programme",
        summary="Bringing gender advocates into Malawi's WSIS preparations.",
        country="MW",
        scope=ProgrammePlanPage.Scope.NATIONAL,
        status=ProgrammePlanPage.Status.COMPLETED,
        start_date=datetime.date(2003, 9, 1),
        end_date=datetime.date(2003, 12, 15),
        organisers="Malawi Gender and ICT Network",
        objectives="<p>Influence the national negotiating position on gender.</p>",
        showcased=True,
        showcase_reason="The first national programme in Southern Africa.",
        priorities=[factories.create_priority(1, "Capacity building and training", short_name="Capacity building")],
    )


def test_plan_page_shows_its_fields(client, malawi_plan):
    response = client.get("/en/programmes/southern-africa/malawi-national-gender-and-ict-programme/")

    assert response.status_code == 200
    text = text_of(response)
    for expected in (
        "Malawi national gender and ICT programme",
        "Bringing gender advocates into Malawi's WSIS preparations.",
        "Malawi",
        "National",
        "Completed",
        "Malawi Gender and ICT Network",
        "Influence the national negotiating position on gender.",
        "The first national programme in Southern Africa.",
        "Capacity building",
    ):
        assert expected in text, expected
    assert shows_date(response, datetime.date(2003, 9, 1))
    assert shows_date(response, datetime.date(2003, 12, 15))


def test_plan_page_shows_its_region_from_the_parent(client, malawi_plan, southern_africa):
    assert malawi_plan.region.name == "Southern Africa"

    response = client.get(malawi_plan.url)

    region_links = soup_of(response).find_all("a", href=southern_africa.url)
    assert any(link.get_text(strip=True) == "Southern Africa" for link in region_links)


def test_plan_page_lists_its_live_events(client, malawi_plan, southern_africa, programmes):
    workshop = factories.create_event(
        southern_africa,
        title="Sub-regional workshop in Lilongwe",
        start_date=datetime.date(2003, 11, 24),
        plan=malawi_plan,
    )
    east_africa = factories.create_region_page(programmes, factories.create_region("East Africa"))
    other_region_event = factories.create_event(east_africa, title="Nairobi follow-up", plan=malawi_plan)
    factories.create_event(southern_africa, title="Unrelated roundtable")
    factories.create_event(southern_africa, title="Cancelled meeting", plan=malawi_plan, publish=False)

    response = client.get(malawi_plan.url)

    text = text_of(response)
    assert "Sub-regional workshop in Lilongwe" in text
    assert "Nairobi follow-up" in text
    assert "Unrelated roundtable" not in text
    assert "Cancelled meeting" not in text
    links = hrefs(response)
    assert workshop.url in links
    assert other_region_event.url in links
    assert shows_date(response, datetime.date(2003, 11, 24))


def plan_order(response, plans):
    positions = {plan.title: response.content.decode().find(f'href="{plan.url}"') for plan in plans}
    assert all(position >= 0 for position in positions.values()), positions
    return sorted(positions, key=positions.get)


def test_showcased_plans_come_first_in_the_section_and_the_region(client, programmes, southern_africa):
    newest = factories.create_plan(southern_africa, title="Aardvark plan", start_date=datetime.date(2005, 1, 1))
    showcased = factories.create_plan(
        southern_africa, title="Zambezi plan", start_date=datetime.date(2003, 1, 1), showcased=True
    )
    middle = factories.create_plan(southern_africa, title="Baobab plan", start_date=datetime.date(2004, 1, 1))
    plans = [newest, showcased, middle]
    expected = ["Zambezi plan", "Aardvark plan", "Baobab plan"]

    assert plan_order(client.get(programmes.url), plans) == expected
    assert plan_order(client.get(southern_africa.url), plans) == expected


def test_a_region_shows_its_plans_and_events_a_page_at_a_time_each(client, southern_africa):
    for number in range(14):
        year = 2000 + number
        factories.create_plan(southern_africa, title=f"Plan {number:02}", start_date=datetime.date(year, 1, 1))
        factories.create_event(southern_africa, title=f"Event {number:02}", start_date=datetime.date(year, 2, 1))

    first = text_of(client.get(southern_africa.url))
    second = text_of(client.get(f"{southern_africa.url}?plans=2&events=2"))

    # Newest first, twelve of each a page; the second page holds the two oldest.
    assert ("Plan 13" in first, "Plan 02" in first, "Plan 01" in first) == (True, True, False)
    assert ("Event 13" in first, "Event 02" in first, "Event 01" in first) == (True, True, False)
    assert ("Plan 01" in second, "Plan 00" in second, "Plan 02" in second) == (True, True, False)
    assert ("Event 01" in second, "Event 00" in second, "Event 02" in second) == (True, True, False)
    assert "Plan 13" in text_of(client.get(f"{southern_africa.url}?events=2"))  # one list's page keeps the other's


def test_end_date_before_start_date_is_refused_in_the_admin(malawi_plan, submit_edit_form):
    response = submit_edit_form(malawi_plan, title="Changed title", start_date="2003-10-01", end_date="2003-09-01")

    assert response.status_code == 200
    assert "The end date cannot be before the start date." in response.content.decode()
    malawi_plan.refresh_from_db()
    assert malawi_plan.title == "Malawi national gender and ICT programme"
    assert malawi_plan.end_date == datetime.date(2003, 12, 15)
    assert malawi_plan.revisions.count() == 1


def test_valid_dates_are_saved_from_the_admin(malawi_plan, submit_edit_form):
    response = submit_edit_form(malawi_plan, start_date="2003-10-01", end_date="2003-10-01")

    assert response.status_code == 302, [str(message) for message in get_messages(response.wsgi_request)]
    malawi_plan.refresh_from_db()
    assert malawi_plan.start_date == malawi_plan.end_date == datetime.date(2003, 10, 1)


def test_showcased_plan_needs_a_reason(malawi_plan, submit_edit_form):
    response = submit_edit_form(malawi_plan, showcase_reason="")

    assert response.status_code == 200
    assert "Say why this plan is showcased." in response.content.decode()
    malawi_plan.refresh_from_db()
    assert malawi_plan.showcase_reason == "The first national programme in Southern Africa."
