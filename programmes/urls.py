"""The programmes' calendar and feeds, per language (included under the language prefix by config/urls.py)."""

from django.urls import path

from pagecache.decorators import cache_for_anonymous
from programmes import calendar, feeds

urlpatterns = [
    path("events.ics", cache_for_anonymous(calendar.events_ics), name="events_ics"),
    path("feeds/materials/rss/", cache_for_anonymous(feeds.MaterialsFeed()), name="materials_feed_rss"),
    path("feeds/materials/atom/", cache_for_anonymous(feeds.MaterialsAtomFeed()), name="materials_feed_atom"),
    path("feeds/events/rss/", cache_for_anonymous(feeds.EventsFeed()), name="events_feed_rss"),
    path("feeds/events/atom/", cache_for_anonymous(feeds.EventsAtomFeed()), name="events_feed_atom"),
]
