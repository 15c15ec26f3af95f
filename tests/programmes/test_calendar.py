"""iCalendar: "Add to calendar" on each event, and a calendar per language that applications subscribe to."""

import datetime

import icalendar
import pytest
from django.utils import timezone

from programmes.models import EventPage
from tests import factories, hrefs, soup_of

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def events_of(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content).events


@pytest.fixture
def blantyre_workshop(southern_africa):
    return factories.create_event(
        southern_africa,
        title="Sub-regional workshop for Southern Africa",
        summary="Two days of advocacy training, with a gender statement; drafted together.",
        event_type=EventPage.EventType.SUBREGIONAL_WORKSHOP,
        start_date=datetime.date(2003, 11, 24),
        end_date=datetime.date(2003, 11, 25),
        city="Blantyre",
        country="MW",
    )


def test_an_event_downloads_as_an_all_day_icalendar_event(client, blantyre_workshop):
    response = client.get(f"{blantyre_workshop.url}ics/")

    [event] = events_of(response)
    assert response["Content-Disposition"] == 'attachment; filename="sub-regional-workshop-for-southern-africa.ics"'
    assert event.start == datetime.date(2003, 11, 24)
    assert event.decoded("dtstart") == datetime.date(2003, 11, 24)
    # DTEND is exclusive: a workshop on the 24th and 25th ends at the start of the 26th.
    assert event.decoded("dtend") == datetime.date(2003, 11, 26)
    assert event["dtstart"].params["VALUE"] == "DATE"
    assert str(event["summary"]) == "Sub-regional workshop for Southern Africa"
    assert str(event["description"]) == "Two days of advocacy training, with a gender statement; drafted together."
    assert str(event["location"]) == "Blantyre, Malawi"
    assert str(event["url"]) == blantyre_workshop.get_full_url()
    assert event["url"].startswith("http://")
    assert str(event["uid"]) == f"{blantyre_workshop.translation_key}@testserver"
    assert event.decoded("dtstamp") == blantyre_workshop.last_published_at.replace(microsecond=0)


def test_a_one_day_event_ends_the_next_day(client, southern_africa):
    roundtable = factories.create_event(southern_africa, start_date=datetime.date(2005, 11, 16), city="Tunis")

    [event] = events_of(client.get(f"{roundtable.url}ics/"))

    assert event.decoded("dtstart") == datetime.date(2005, 11, 16)
    assert event.decoded("dtend") == datetime.date(2005, 11, 17)
    assert str(event["location"]) == "Tunis"
    assert "description" not in event


def test_the_event_page_links_to_its_calendar_file(client, blantyre_workshop):
    response = client.get(blantyre_workshop.url)

    link = soup_of(response).find("a", href=f"{blantyre_workshop.url}ics/")
    assert link is not None
    assert link.get_text(strip=True) == "Add to calendar"


def test_a_draft_event_has_no_calendar_file(client, southern_africa):
    draft = factories.create_event(southern_africa, publish=False)

    assert client.get(f"{draft.url}ics/").status_code == 404


@pytest.fixture
def english_events(southern_africa):
    def event(title, days_from_today, **fields):
        return factories.create_event(
            southern_africa, title=title, start_date=TODAY + datetime.timedelta(days=days_from_today), **fields
        )

    return {
        "upcoming": event("Regional workshop in Pretoria", 40, city="Pretoria", country="ZA"),
        "recent": event("Webinar on gender statistics", -30),
        "ongoing": event("Training week", -2, end_date=TODAY + datetime.timedelta(days=2)),
        "archived": event("WSIS Geneva preparatory meeting", -800),
        "next year": event("Regional conference after next", 400),
        "draft": event("Unannounced meeting", 10, publish=False),
    }


def test_the_calendar_lists_upcoming_and_recent_events_of_its_language(client, english_events):
    events = events_of(client.get("/en/events.ics"))

    assert [str(event["summary"]) for event in events] == [
        "Webinar on gender statistics",
        "Training week",
        "Regional workshop in Pretoria",
    ]
    assert {str(event["url"]) for event in events} == {
        english_events[key].get_full_url() for key in ("upcoming", "recent", "ongoing")
    }


def test_an_event_published_after_the_calendar_was_read_is_in_it_at_once(client, english_events):
    assert len(events_of(client.get("/en/events.ics"))) == 3

    english_events["draft"].get_latest_revision().publish()

    assert "Unannounced meeting" in [str(event["summary"]) for event in events_of(client.get("/en/events.ics"))]


def test_a_region_has_a_calendar_of_its_own_events(client, programmes, english_events):
    east_africa = factories.create_region_page(programmes, factories.create_region("East Africa"))
    factories.create_event(east_africa, title="Nairobi roundtable", start_date=TODAY + datetime.timedelta(days=5))

    events = events_of(client.get("/en/events/east-africa.ics"))

    assert [str(event["summary"]) for event in events] == ["Nairobi roundtable"]
    assert len(events_of(client.get("/en/events/southern-africa.ics"))) == 3
    assert client.get("/en/events/atlantis.ics").status_code == 404


def test_the_calendar_can_be_subscribed_to(client, english_events):
    response = client.get("/en/events.ics")

    calendar = icalendar.Calendar.from_ical(response.content)
    assert response["Content-Disposition"] == 'inline; filename="events.ics"'
    assert str(calendar["x-wr-calname"]) == "WSIS Gender Caucus: Events"
    assert calendar["refresh-interval"].dt == datetime.timedelta(hours=12)
    assert str(calendar["method"]) == "PUBLISH"


def test_the_french_calendar_lists_french_events_only(client, home, programmes, southern_africa, english_events):
    factories.publish_translation(home, "fr", title="Accueil")
    factories.publish_translation(programmes, "fr", title="Programmes")
    factories.publish_translation(southern_africa, "fr", title="Afrique australe")
    french = factories.publish_translation(english_events["upcoming"], "fr", title="Atelier régional à Pretoria")

    [event] = events_of(client.get("/fr/events.ics"))

    assert str(event["summary"]) == "Atelier régional à Pretoria"
    assert str(event["url"]) == french.get_full_url()
    assert "/fr/" in event["url"]
    # The country is named in the calendar's language.
    assert str(event["location"]) == "Pretoria, Afrique du Sud"
    # One event in two languages is the same event to a calendar application.
    assert str(event["uid"]) == f"{english_events['upcoming'].translation_key}@testserver"
    assert len(events_of(client.get("/en/events.ics"))) == 3


def test_a_language_without_events_has_an_empty_calendar(client, english_events):
    assert events_of(client.get("/es/events.ics")) == []


def test_the_calendar_page_offers_the_subscription(client, programmes):
    calendar_page = factories.create_event_calendar(programmes)

    links = hrefs(client.get(calendar_page.url))

    assert "webcal://testserver/en/events.ics" in links
    assert "/en/events.ics" in links
