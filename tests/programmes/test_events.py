"""Events: their page, the calendar that splits upcoming from past, and the dates an editor may give them."""

import datetime

import pytest
from django.utils import timezone

from programmes.models import EventPage
from tests import factories, hrefs, shows_date, soup_of, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def blantyre_workshop(southern_africa):
    return factories.create_event(
        southern_africa,
        title="Sub-regional workshop for Southern Africa",
        summary="Two days of advocacy training for Southern African organisers.",
        event_type=EventPage.EventType.SUBREGIONAL_WORKSHOP,
        start_date=datetime.date(2003, 11, 24),
        end_date=datetime.date(2003, 11, 25),
        city="Blantyre",
        country="MW",
        organisers="Women'sNet and the Malawi Gender and ICT Network",
        description="<p>Participants drafted a gender statement for the national delegation.</p>",
    )


def test_event_page_shows_its_fields(client, blantyre_workshop, southern_africa):
    response = client.get("/en/programmes/southern-africa/sub-regional-workshop-for-southern-africa/")

    assert response.status_code == 200
    text = text_of(response)
    for expected in (
        "Sub-regional workshop for Southern Africa",
        "Two days of advocacy training for Southern African organisers.",
        "Sub-regional workshop",
        "Blantyre",
        "Malawi",
        "Women'sNet and the Malawi Gender and ICT Network",
        "Participants drafted a gender statement for the national delegation.",
    ):
        assert expected in text, expected
    assert shows_date(response, datetime.date(2003, 11, 24))
    assert shows_date(response, datetime.date(2003, 11, 25))


def test_event_page_links_its_live_plan(client, southern_africa, blantyre_workshop):
    plan = factories.create_plan(southern_africa, title="Malawi national programme")
    blantyre_workshop.plan = plan
    blantyre_workshop.save_revision().publish()

    assert plan.url in hrefs(client.get(blantyre_workshop.url))

    plan.unpublish()
    assert plan.url not in hrefs(client.get(blantyre_workshop.url))


@pytest.fixture
def calendar_events(southern_africa):
    today = timezone.localdate()
    return {
        "upcoming": factories.create_event(
            southern_africa, title="WSIS follow-up webinar", start_date=today + datetime.timedelta(days=30)
        ),
        "ongoing": factories.create_event(
            southern_africa,
            title="Regional training week",
            start_date=today - datetime.timedelta(days=2),
            end_date=today + datetime.timedelta(days=2),
        ),
        "today": factories.create_event(southern_africa, title="One-day roundtable today", start_date=today),
        "past": factories.create_event(
            southern_africa, title="Lilongwe workshop", start_date=datetime.date(2003, 11, 24)
        ),
        "ended": factories.create_event(
            southern_africa,
            title="Preparatory meeting",
            start_date=today - datetime.timedelta(days=10),
            end_date=today - datetime.timedelta(days=1),
        ),
    }


def section_titles(response, heading_text):
    """The event titles linked inside the <section> whose heading reads `heading_text`."""
    soup = soup_of(response)
    heading = soup.find(lambda tag: tag.name in {"h2", "h3"} and tag.get_text(strip=True) == heading_text)
    assert heading is not None, f"no {heading_text!r} heading"
    section = heading.find_parent("section")
    return [anchor.get_text(strip=True) for anchor in section.find_all("a", href=True)]


def test_calendar_splits_upcoming_and_past_events(client, programmes, calendar_events):
    factories.create_event_calendar(programmes, introduction="<p>Workshops, roundtables and webinars.</p>")

    response = client.get("/en/programmes/events/")

    assert response.status_code == 200
    assert "Workshops, roundtables and webinars." in text_of(response)
    assert section_titles(response, "Upcoming events") == [
        "Regional training week",
        "One-day roundtable today",
        "WSIS follow-up webinar",
    ]
    assert section_titles(response, "Past events") == ["Preparatory meeting", "Lilongwe workshop"]


def test_calendar_shows_upcoming_events_a_page_at_a_time(client, programmes, southern_africa, calendar_events):
    factories.create_event_calendar(programmes)
    today = timezone.localdate()
    for day in range(40, 52):
        factories.create_event(southern_africa, title=f"Later event {day}", start_date=today + datetime.timedelta(day))

    first = client.get("/en/programmes/events/")
    upcoming = section_titles(first, "Upcoming events")
    assert "Later event 48" in upcoming and "Later event 49" not in upcoming
    assert "Page 1 of 2" in text_of(first)

    second = client.get("/en/programmes/events/", {"upcoming": 2})
    upcoming = section_titles(second, "Upcoming events")
    assert [title for title in upcoming if title.startswith("Later")] == [f"Later event {day}" for day in (49, 50, 51)]
    assert "Previous page" in upcoming
    # The past events stay on their own first page.
    assert section_titles(second, "Past events") == ["Preparatory meeting", "Lilongwe workshop"]


def test_calendar_shows_one_month_with_links_to_its_neighbours(client, programmes, calendar_events):
    factories.create_event_calendar(programmes)

    response = client.get("/en/programmes/events/", {"month": "2003-11"})

    assert section_titles(response, "November 2003") == ["Lilongwe workshop"]
    assert {"?month=2003-10", "?month=2003-12"} <= set(hrefs(response))
    assert "WSIS follow-up webinar" not in text_of(response)


@pytest.mark.parametrize("month", ["soon", "2003-13", "0001-01", "99999-01"])
def test_calendar_ignores_a_month_it_cannot_read(client, programmes, calendar_events, month):
    factories.create_event_calendar(programmes)

    response = client.get("/en/programmes/events/", {"month": month})

    assert response.status_code == 200
    assert "WSIS follow-up webinar" in section_titles(response, "Upcoming events")


def test_calendar_leaves_out_drafts(client, home, southern_africa, calendar_events):
    factories.create_event_calendar(home)
    factories.create_event(southern_africa, title="Unannounced meeting", publish=False)

    response = client.get("/en/events/")

    assert response.status_code == 200
    assert "Unannounced meeting" not in text_of(response)


def test_end_date_before_start_date_is_refused_in_the_admin(blantyre_workshop, submit_edit_form):
    response = submit_edit_form(blantyre_workshop, city="Lilongwe", start_date="2003-11-24", end_date="2003-11-20")

    assert response.status_code == 200
    assert "The end date cannot be before the start date." in response.content.decode()
    blantyre_workshop.refresh_from_db()
    assert blantyre_workshop.city == "Blantyre"
    assert blantyre_workshop.end_date == datetime.date(2003, 11, 25)
    assert blantyre_workshop.revisions.count() == 1


def test_one_day_event_saves_from_the_admin(blantyre_workshop, submit_edit_form):
    response = submit_edit_form(blantyre_workshop, end_date="")

    assert response.status_code == 302
    blantyre_workshop.refresh_from_db()
    assert blantyre_workshop.end_date is None
    assert blantyre_workshop.last_day == datetime.date(2003, 11, 24)
