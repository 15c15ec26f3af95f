"""Where cached pages live, and the generation number that makes one purge forget all of them at once.

Every key holds the current generation; a purge increments it, so entries from before are never read again and
expire by themselves. No cache backend has to support deleting by pattern, and a purge costs one increment.
"""

import hashlib
import logging
import time

from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse

CACHE_ALIAS = "pages"
_GENERATION_KEY = "generation"
# Headers that belong to one visitor or are set again on the way out; everything else is replayed on a hit.
_UNSTORED_HEADERS = {"set-cookie", "x-cache", "content-length"}

logger = logging.getLogger(__name__)


def _cache():
    return caches[CACHE_ALIAS]


def _fresh_generation():
    """A generation never used before, even if the stored one was evicted or the cache flushed."""
    return time.time_ns()


def generation():
    cache = _cache()
    current = cache.get(_GENERATION_KEY)
    if current is None:
        cache.add(_GENERATION_KEY, _fresh_generation(), timeout=None)
        current = cache.get(_GENERATION_KEY)
    return current


def _bump():
    cache = _cache()
    try:
        cache.incr(_GENERATION_KEY)
    except ValueError:
        cache.set(_GENERATION_KEY, _fresh_generation(), timeout=None)


def _safe_bump():
    try:
        _bump()
    except Exception:
        # Publishing must go on; pages cached before stay until PAGE_CACHE_SECONDS at most.
        logger.exception("Page cache unavailable; could not purge it")


def purge():
    """Forget every cached page, now and again when the current transaction commits.

    The second bump drops whatever a request rendered from the old content between the first bump and the commit.
    """
    _safe_bump()
    transaction.on_commit(_safe_bump)


def key_for(request, language):
    """The full URL (scheme, host, path and query) in the visitor's language; HEAD shares GET's entry."""
    url = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"page:{generation()}:{language}:{url}"


def get(key):
    stored = _cache().get(key)
    if stored is None:
        return None
    status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def put(key, response):
    headers = [(name, value) for name, value in response.items() if name.lower() not in _UNSTORED_HEADERS]
    _cache().set(key, (response.status_code, headers, response.content))
