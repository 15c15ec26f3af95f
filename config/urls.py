from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home.seo import robots_txt
from home.sitemaps import TranslatedPagesSitemap
from programmes import calendar as events_calendar
from programmes import feeds

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedPagesSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

# /healthz, /readyz, and /media/ from whichever storage holds it, in production too (a proxy or CDN may serve
# /media/ before a request gets here; documents are never served by path, only through /documents/).
urlpatterns += [path("", include("ops.urls"))]

# Pages live under a language prefix (/en/, /fr/, /ar/…) so each translation has its own URL.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("events.ics", events_calendar.events_ics, name="events_ics"),
    path("feeds/materials/rss/", feeds.MaterialsFeed(), name="materials_feed_rss"),
    path("feeds/materials/atom/", feeds.MaterialsAtomFeed(), name="materials_feed_atom"),
    path("feeds/events/rss/", feeds.EventsFeed(), name="events_feed_rss"),
    path("feeds/events/atom/", feeds.EventsAtomFeed(), name="events_feed_atom"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
