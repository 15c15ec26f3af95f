"""The one origin (scheme://host[:port]) of every absolute URL the site writes.

Canonical and hreflang links, the sitemap, feeds, .ics files, robots.txt and OpenGraph images all start with the
same origin, chosen in this order:

1. the ``SITE_URL`` setting, when a deployment names its public address (behind a proxy, say);
2. in development (``ABSOLUTE_URLS_FROM_REQUEST``, on with ``DEBUG``), the origin the visitor used, so links work
   on whatever host and port ``runserver`` or a test server listens on;
3. the Wagtail Site's own root URL, unless it is a loopback placeholder (``localhost`` on port 80, where nothing
   is served), in which case ``WAGTAILADMIN_BASE_URL``.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


def _origin(url):
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def _is_placeholder(root_url):
    return not root_url or urlsplit(root_url).hostname in LOOPBACK_HOSTS


def site_origin(request=None, site_root_url=None):
    """The origin every absolute URL of this response starts with, without a trailing slash."""
    configured = _origin(getattr(settings, "SITE_URL", ""))
    if configured:
        return configured
    if request is not None and getattr(settings, "ABSOLUTE_URLS_FROM_REQUEST", settings.DEBUG):
        return f"{request.scheme}://{request.get_host()}"
    if site_root_url is None:
        site = Site.find_for_request(request) if request is not None else None
        site = site or Site.objects.filter(is_default_site=True).first()
        site_root_url = site.root_url if site is not None else ""
    if _is_placeholder(site_root_url):
        return _origin(settings.WAGTAILADMIN_BASE_URL) or site_root_url.rstrip("/")
    return site_root_url.rstrip("/")


def absolute_url(request, path):
    """`path` (a URL path such as /sitemap.xml or a media URL) on the site's origin; absolute URLs stay as they are."""
    if urlsplit(path).scheme:
        return path
    return site_origin(request) + path


class CanonicalOriginMixin:
    """Pages whose full URL (canonical, hreflang, sitemap, feeds, .ics) is on the site's one origin."""

    def get_full_url(self, request=None):
        parts = self.get_url_parts(request=request)
        if parts is None or (parts[1] is None and parts[2] is None):
            return None
        _site_id, root_url, page_path = parts
        return site_origin(request, root_url) + page_path

    full_url = property(get_full_url)
