"""Workshops, roundtables and other events, and the calendar that lists them across regions."""

import calendar
import datetime
from functools import partial

from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import indexed_terms
from core.models.base import BasePage, RelatedDocument
from core.visibility import public_pages
from programmes.models.dates import DateRangeMixin, ongoing_or_later
from programmes.models.listing_page import ListingPage
from programmes.paging import PagedList


class EventPage(DateRangeMixin, RoutablePageMixin, BasePage):
    class EventType(models.TextChoices):
        CAPACITY_BUILDING = "capacity_building", _("Capacity-building workshop")
        SUBREGIONAL_WORKSHOP = "subregional_workshop", _("Sub-regional workshop")
        REGIONAL_WORKSHOP = "regional_workshop", _("Regional workshop")
        NATIONAL_WORKSHOP = "national_workshop", _("National workshop")
        ROUNDTABLE = "roundtable", _("Roundtable")
        CONFERENCE = "conference", _("Conference")
        WEBINAR = "webinar", _("Webinar")

    event_type = models.CharField(_("event type"), max_length=30, choices=EventType.choices)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Leave empty for a one-day event."))
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = CountryField(_("country"), blank=True)
    organisers = models.TextField(_("organisers"), blank=True)
    plan = models.ForeignKey(
        "programmes.ProgrammePlanPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("programme plan"),
    )
    priorities = ParentalManyToManyField("core.StrategicPriority", blank=True, verbose_name=_("strategic priorities"))
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    agenda = StreamField(BodyBlock(), blank=True, verbose_name=_("agenda"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("organisers"),
                FieldPanel("plan"),
                FieldPanel("priorities"),
            ],
            heading=_("The event"),
        ),
        FieldPanel("description"),
        FieldPanel("agenda"),
        InlinePanel("reports", label=_("Reports and documents")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("agenda"),
        index.SearchField("city"),
        index.SearchField("organisers"),
        index.FilterField("event_type"),
        index.FilterField("country"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
        indexed_terms("priorities"),
    ]

    parent_page_types = ["programmes.RegionPage"]
    subpage_types = []

    class Meta:
        verbose_name = pgettext_lazy("page type", "event")
        verbose_name_plural = pgettext_lazy("page type", "events")

    @path("ics/", name="ics")
    def ics(self, request):
        """This event as an iCalendar file, for "Add to calendar"."""
        from programmes.calendar import event_ics_response

        return event_ics_response(request, self)


class EventReport(RelatedDocument):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="reports")


def events_listing(queryset):
    """Public events with what their cards show loaded up front."""
    return public_pages(queryset).select_related("listing_image").prefetch_related("listing_image__renditions")


def upcoming_events(locale_id):
    """Live events in this language that have not ended yet, soonest first."""
    today = timezone.localdate()
    events = EventPage.objects.filter(ongoing_or_later(today), locale_id=locale_id)
    return events_listing(events).order_by("start_date")


def past_events(locale_id):
    """Live events in this language that are over, most recent first."""
    today = timezone.localdate()
    events = EventPage.objects.filter(locale_id=locale_id).exclude(ongoing_or_later(today))
    return events_listing(events).order_by("-start_date")


class EventCalendarPage(ListingPage):
    subpage_types = []

    class Meta:
        verbose_name = pgettext_lazy("page type", "events calendar")
        verbose_name_plural = pgettext_lazy("page type", "events calendars")

    def get_context(self, request, *args, **kwargs):
        """Upcoming and past events a page at a time each, or one month's events with ?month=YYYY-MM."""
        context = super().get_context(request, *args, **kwargs)
        # Which events are upcoming changes at midnight, publish or not: the cached lists are keyed on the day.
        context["today"] = timezone.localdate()
        month = _month_of(request.GET.get("month"))
        if month:
            context["month"] = month
            context["month_events"] = SimpleLazyObject(lambda: events_in_month(self.locale_id, month))
        else:
            upcoming, past = partial(upcoming_events, self.locale_id), partial(past_events, self.locale_id)
            context["upcoming"] = PagedList(request, upcoming, "upcoming", CALENDAR_PAGE_SIZE)
            context["past"] = PagedList(request, past, "past", CALENDAR_PAGE_SIZE)
            month = timezone.localdate().replace(day=1)
        context["previous_month"] = (month - datetime.timedelta(days=1)).strftime("%Y-%m")
        context["next_month"] = (month + datetime.timedelta(days=31)).strftime("%Y-%m")
        return context


CALENDAR_PAGE_SIZE = 12


def _month_of(value):
    """The first day of the month in "YYYY-MM", or None for anything else (the calendar then shows its lists)."""
    try:
        month = datetime.datetime.strptime(value or "", "%Y-%m").date()
    except ValueError:
        return None
    return month if 2 <= month.year <= 9998 else None  # Its neighbours must be dates too.


def events_in_month(locale_id, month):
    """Live events in this language on any day of the month that starts on `month`, in date order."""
    last_day = month.replace(day=calendar.monthrange(month.year, month.month)[1])
    events = EventPage.objects.filter(ongoing_or_later(month), start_date__lte=last_day, locale_id=locale_id)
    return events_listing(events).order_by("start_date", "path")
