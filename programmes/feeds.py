"""RSS and Atom feeds of newly published training materials and events, one per language (/fr/feeds/materials/rss/)."""

import copy

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import formats, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant

from core.origin import absolute_url
from core.visibility import public_pages
from programmes.calendar import event_location
from programmes.models.events import EventCalendarPage, EventPage, events_listing
from programmes.models.training import TrainingMaterialIndexPage, TrainingMaterialPage, materials_listing

FEED_LENGTH = 20


def _content_language():
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


class _NewPagesFeed(Feed):
    """The newest live, public pages of one type in the URL's language, most recently published first.

    Subclasses name the page type (`model`), the page that lists them (`index_model`), how a query loads what
    an item shows (`listing`), and the feed's `heading` (after the site's name) and `description`.
    """

    model = None
    index_model = None
    heading = ""
    request = None

    def __call__(self, request, *args, **kwargs):
        """Serve from a copy that knows the request, so links are on the origin the reader used (core/origin.py)."""
        feed = copy.copy(self)
        feed.request = request
        return Feed.__call__(feed, request, *args, **kwargs)

    def listing(self, queryset):
        return public_pages(queryset)

    def title(self):
        return f"{settings.SITE_TITLE}: {self.heading}"

    def get_object(self, request):
        return _content_language()

    def link(self, language_code):
        """The listing page in this language, else that language's home page."""
        indexes = public_pages(self.index_model.objects.filter(locale__language_code=language_code))
        index = indexes.order_by("path").first()
        url = index.get_full_url(self.request) if index else None
        return url or absolute_url(self.request, reverse("wagtail_serve", args=[""]))

    def feed_url(self):
        return absolute_url(self.request, self.request.path)

    def items(self, language_code):
        pages = self.model.objects.filter(locale__language_code=language_code, first_published_at__isnull=False)
        pages = self.listing(pages).defer_streamfields()
        return pages.order_by("-first_published_at", "-pk")[:FEED_LENGTH]

    def item_title(self, item):
        """The plain title: Django's default escapes it twice, which Atom readers show as "&amp;"."""
        return item.title

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_description(self, item):
        return item.summary or item.search_description

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at


class MaterialsFeed(_NewPagesFeed):
    model = TrainingMaterialPage
    index_model = TrainingMaterialIndexPage
    listing = staticmethod(materials_listing)
    heading = _("New training materials")
    description = _("Guides, toolkits and templates for gender advocates, newly published in the training library.")

    def item_categories(self, item):
        names = [item.material_type.name] if item.material_type else []
        return [*names, *(topic.name for topic in item.topics.all())]


class MaterialsAtomFeed(MaterialsFeed):
    feed_type = Atom1Feed
    subtitle = MaterialsFeed.description


class EventsFeed(_NewPagesFeed):
    model = EventPage
    index_model = EventCalendarPage
    listing = staticmethod(events_listing)
    heading = _("New events")
    description = _("Workshops, roundtables and other events of the WSIS Gender Caucus, newest announcements first.")

    def item_description(self, item):
        """When and where, then the summary: what a reader needs to decide whether to open it."""
        dates = formats.date_format(item.start_date, "DATE_FORMAT")
        if item.end_date and item.end_date != item.start_date:
            dates = f"{dates} – {formats.date_format(item.end_date, 'DATE_FORMAT')}"
        facts = " · ".join(part for part in (dates, event_location(item)) if part)
        summary = super().item_description(item)
        return f"{facts}. {summary}" if summary else facts

    def item_categories(self, item):
        return [item.get_event_type_display()]


class EventsAtomFeed(EventsFeed):
    feed_type = Atom1Feed
    subtitle = EventsFeed.description
