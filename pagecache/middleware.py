"""Serve Wagtail pages (and the feeds, calendar and sitemap built from them) to anonymous visitors from the cache.

Sits after the authentication and messages middleware, so it knows who asks and what the view did with the session,
the CSRF token and messages. A hit returns before any view or URL middleware runs: it costs no SQL query.
The response says what happened in `X-Cache`: HIT, MISS (rendered and stored) or BYPASS (rendered, not stored).
"""

import logging

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from pagecache import store
from pagecache.decorators import is_cacheable

CACHED_STATUSES = {200, 301, 302, 404}
_UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store")

logger = logging.getLogger(__name__)


class _Outage:
    """Logs once when the cache stops answering and once when it is back, not on every request in between."""

    def __init__(self):
        self.active = False

    def began(self, error):
        if not self.active:
            self.active = True
            logger.warning("Page cache unavailable; pages are served uncached until it answers (%s)", error)

    def ended(self):
        if self.active:
            self.active = False
            logger.warning("Page cache answers again")


_outage = _Outage()


def _in_scope(request):
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return is_cacheable(match.func)


def _anonymous_read(request):
    """A GET or HEAD from someone with no session (so not an editor), no pending messages and no credentials."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def _storable(request, response):
    """Whether every anonymous visitor may be given this response: nothing in it was made for this one visitor."""
    if response.status_code not in CACHED_STATUSES or response.streaming or response.cookies:
        return False
    if any(directive in response.get("Cache-Control", "") for directive in _UNCACHEABLE_DIRECTIVES):
        return False
    if getattr(request, "is_preview", False) or getattr(request, "user", None) and request.user.is_authenticated:
        return False
    # A page that printed a CSRF token (a form) gets the visitor's own token cookie on the way out.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    messages = getattr(request, "_messages", None)
    return not (messages is not None and messages.added_new)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED or not _in_scope(request):
            return self.get_response(request)
        if not _anonymous_read(request):
            return self._bypass(self.get_response(request))

        try:
            key = store.key_for(request, getattr(request, "LANGUAGE_CODE", None) or translation.get_language())
            cached = store.get(key)
        except Exception as error:
            # The site stays up while the cache is down (Redis restarting, a full disk): pages are rendered as usual.
            _outage.began(error)
            return self._bypass(self.get_response(request))
        _outage.ended()
        if cached is not None:
            return self._mark(cached, "HIT")

        response = self.get_response(request)
        if not _storable(request, response):
            return self._bypass(response)
        # A CDN in front may hold it too (a publish purges it there when FRONTEND_CACHE_* is set); browsers ask again.
        patch_cache_control(response, public=True, max_age=0, s_maxage=settings.CDN_CACHE_SECONDS)
        try:
            store.put(key, response)
        except Exception as error:
            _outage.began(error)
            return self._bypass(response)
        return self._mark(response, "MISS")

    @staticmethod
    def _mark(response, status):
        response["X-Cache"] = status
        # What this cache answers depends on the session cookie; shared caches downstream must know that too.
        patch_vary_headers(response, ("Cookie",))
        return response

    def _bypass(self, response):
        return self._mark(response, "BYPASS")
