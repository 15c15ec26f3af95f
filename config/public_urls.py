"""The URLs a visitor reaches: everything but the admin (config/urls.py adds it).

Requests that cannot reach the admin (no session cookie, a path outside /admin/) resolve against this URLconf
(core/urlconf.py), so a web worker that serves only visitors never imports the admin's views: Wagtail's admin API
with Django REST framework, pydantic and psycopg, and every app's admin URLs, about 25 MiB of each worker.
"""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.documents import urls as wagtaildocs_urls

from core import sitemaps
from core.seo import robots_txt
from pagecache.decorators import cache_for_anonymous

urlpatterns = [
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", cache_for_anonymous(sitemaps.index), name="sitemap"),
    path("sitemap-<int:page_id>.xml", cache_for_anonymous(sitemaps.part), name="sitemap_part"),
    path("robots.txt", cache_for_anonymous(robots_txt), name="robots_txt"),
]

# /healthz, /readyz, and /media/ from whichever storage holds it, in production too (a proxy or CDN may serve
# /media/ before a request gets here; documents are never served by path, only through /documents/).
urlpatterns += [path("", include("ops.urls"))]

# Pages live under a language prefix (/en/, /fr/, /ar/…) so each translation has its own URL.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("", include("programmes.urls")),
    # The rest of wagtail.urls (the password form of a private page, login) first and not cached: the page pattern
    # matches any path, so it would swallow them. Then Wagtail's own page view, opted in to the page cache.
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, cache_for_anonymous(wagtail_views.serve), name="wagtail_serve"),
    prefix_default_language=True,
)

# A database outage answers 503 with Retry-After, translated; any other error the usual 500 page.
handler500 = "ops.views.server_error"
