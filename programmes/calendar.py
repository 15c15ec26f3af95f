"""Events as iCalendar (RFC 5545): one file per event for "Add to calendar", and a subscribable feed per language."""

import datetime
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant

from core import tree_cache
from core.origin import site_origin
from core.visibility import public_pages
from programmes.models.dates import ongoing_or_later
from programmes.models.events import EventPage, events_listing
from programmes.models.index import RegionPage

# The subscribed calendar's window: recent events stay visible, and it reaches twelve months ahead, so its size
# depends on how busy a year is, not on the size of the archive or of the far future.
RECENT_PAST = datetime.timedelta(days=90)
AHEAD = datetime.timedelta(days=365)
# How often calendar applications should fetch the subscribed feed again.
REFRESH_INTERVAL = datetime.timedelta(hours=12)
PRODUCT_ID = "-//WSIS Gender Caucus//Events calendar//EN"


def event_location(event):
    """ "City, Country" in the active language, or whichever of the two is known."""
    return ", ".join(part for part in (event.city, str(event.country.name) if event.country else "") if part)


def calendar_events(language_code, region_page=None):
    """Live, public events in this language (and region) ended within RECENT_PAST or starting within AHEAD."""
    today = timezone.localdate()
    recent = ongoing_or_later(today - RECENT_PAST)
    events = EventPage.objects.filter(recent, start_date__lte=today + AHEAD, locale__language_code=language_code)
    if region_page is not None:
        events = events.descendant_of(region_page)
    return events_listing(events).defer_streamfields().order_by("start_date", "path")


def build_event(event, request=None):
    """The VEVENT of an event: all-day dates (DTEND exclusive), absolute URL, a UID shared by its translations."""
    url = event.get_full_url(request)
    host = urlsplit(site_origin(request)).hostname
    published = event.last_published_at or event.latest_revision_created_at or timezone.now()

    vevent = icalendar.Event()
    vevent.add("uid", f"{event.translation_key}@{host}")
    vevent.add("dtstamp", published)
    vevent.add("last-modified", published)
    if event.first_published_at:
        vevent.add("created", event.first_published_at)
    vevent.add("dtstart", event.start_date)
    vevent.add("dtend", event.last_day + datetime.timedelta(days=1))
    vevent.add("summary", event.title)
    description = event.summary or event.search_description
    if description:
        vevent.add("description", description)
    location = event_location(event)
    if location:
        vevent.add("location", location)
    if url:
        vevent.add("url", url)
    vevent.add("categories", [str(event.get_event_type_display())])
    return vevent


def build_calendar(events, request=None, name=None):
    """A VCALENDAR of `events`, published (METHOD:PUBLISH) for calendar applications to import or subscribe to."""
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(build_event(event, request))
    return calendar


def _ics_response(body, filename, disposition):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def event_ics_response(request, event):
    """One event as a downloadable .ics file, named after its slug."""
    return _ics_response(build_calendar([event], request).to_ical(), f"{event.slug}.ics", "attachment")


def events_ics(request, region=None):
    """The subscribable calendar of the events published in the language of the URL (/fr/events.ics), or of one
    region's events in it (/fr/events/<region slug>.ics)."""
    try:
        language_code = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        language_code = settings.LANGUAGE_CODE
    name = f"{settings.SITE_TITLE}: {_('Events')}"
    region_page = None
    if region is not None:
        regions = RegionPage.objects.filter(region__slug=region, locale__language_code=language_code)
        region_page = public_pages(regions).order_by("path").first()
        if region_page is None:
            raise Http404("No such region in this language")
        name = f"{name}: {region_page.title}"

    def feed():
        calendar = build_calendar(calendar_events(language_code, region_page), request, name=name)
        calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", icalendar.vDuration(REFRESH_INTERVAL))
        return calendar.to_ical()

    # Every event of the next twelve months: kept until the next publish or the next day (core.tree_cache).
    key = ("events.ics", request.get_host(), request.scheme, language_code, region, timezone.localdate().isoformat())
    return _ics_response(tree_cache.remember(request, key, feed), "events.ics", "inline")
