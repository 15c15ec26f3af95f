"""Where cached pages live, and the generation numbers that make a purge forget them.

Every key holds two generations: the site's, which a full purge increments (a snippet, a setting, an image, a page
shown in the menus), and its section's, the first segment of the path after the language (`programmes`,
`sourcebook`, `feeds`, `sitemap.xml`; the home page is the section ""). A publish increments only the sections that
show the page (`purge_sections`, chosen in signals.py), so the rest of the cache keeps serving. Entries from before
a purge are never read again and expire by themselves: no cache backend has to support deleting by pattern, and
both generations come in one round trip.
"""

import hashlib
import logging
import threading
import time
from functools import cache
from typing import NamedTuple

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse

CACHE_ALIAS = "pages"
# What is kept under the generations besides whole pages: template fragments (templatetags/fragment_cache.py) and
# values worked out from the page tree (tree.py).
FRAGMENTS_ALIAS = "fragments"
_GENERATION_KEY = "generation"
# Headers that belong to one visitor or are set again on the way out; everything else is replayed on a hit.
_UNSTORED_HEADERS = {"set-cookie", "x-cache", "content-length"}

logger = logging.getLogger(__name__)


def _cache():
    return caches[CACHE_ALIAS]


def _fresh_generation():
    """A generation never used before, even if the stored one was evicted or the cache flushed."""
    return time.time_ns()


@cache
def _language_prefixes():
    return {code.lower() for code, _name in settings.LANGUAGES}


def section_of(path):
    """The first path segment after the language: /fr/programmes/countries/ke/ -> "programmes", /en/ -> ""."""
    segments = [segment for segment in path.split("/") if segment]
    if segments and segments[0].lower() in _language_prefixes():
        segments = segments[1:]
    return segments[0] if segments else ""


def _section_key(section):
    return "section:" + hashlib.sha256(section.encode()).hexdigest()[:16]


def _read(keys):
    """The generations under `keys`, creating any the cache has none of, in one round trip when all are there."""
    if _purge_missed.is_set():
        _retry_missed_purge()
    store = _cache()
    found = store.get_many(keys)
    if len(found) < len(set(keys)):
        for key in keys:
            if key not in found:
                store.add(key, _fresh_generation(), timeout=None)
        found = store.get_many(keys)
    return [found.get(key) for key in keys]


class Generations(NamedTuple):
    site: int
    section: int  # the request's section's (section_of)
    home: int  # the home page's section, which every publish and unpublish bumps (signals.LISTING_SECTIONS)


def generations_for(request):
    """The generations a request's cached parts are keyed on, read once a request (one round trip).

    The page cache and the chrome's fragments use the site's and the section's. What is worked out from the live page
    tree as a whole (which page an address names, the section pages) uses the site's and the home section's: any
    publish, unpublish, move, deletion or privacy change bumps one of them. Raises when the cache does not answer,
    and again on each call for the same request without asking it again.
    """
    found = getattr(request, "_page_generations", None)
    if found is None:
        section = section_of(request.path_info)
        try:
            found = Generations(*_read([_GENERATION_KEY, _section_key(section), _section_key("")]))
        except Exception as error:
            found = error
        request._page_generations = found
    if isinstance(found, Exception):
        raise found
    return found


def _bump(key):
    store = _cache()
    try:
        store.incr(key)
    except ValueError:
        store.set(key, _fresh_generation(), timeout=None)


# Set when a purge could not reach the cache (Redis down or frozen): the next read in this process purges everything
# first, so pages stored before the publish are not served again once the cache answers.
_purge_missed = threading.Event()


def _safe_bump(keys):
    try:
        for key in keys:
            _bump(key)
    except Exception as error:
        # Publishing must go on; the purge is made again (in full) before this process next reads the cache.
        _purge_missed.set()
        logger.warning("Page cache unavailable; the purge will be retried when it answers (%s)", error)


def _retry_missed_purge():
    """Raises while the cache is still unavailable, so the caller serves the page uncached."""
    _bump(_GENERATION_KEY)
    _purge_missed.clear()


def _purge_keys(keys):
    """Bump now, and again when the current transaction commits.

    The second bump drops whatever a request rendered from the old content between the first bump and the commit.
    """
    keys = list(keys)
    _safe_bump(keys)
    transaction.on_commit(lambda: _safe_bump(keys))


def purge():
    """Forget every cached page."""
    _purge_keys([_GENERATION_KEY])


def purge_sections(sections):
    """Forget the cached pages of these sections (see section_of), in every language."""
    _purge_keys(_section_key(section) for section in sorted(set(sections)))


def key_for(request, language):
    """The full URL (scheme, host, path and query) in the visitor's language; HEAD shares GET's entry."""
    url = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    section = section_of(request.path_info)
    site, section_generation, _home = generations_for(request)
    return f"page:{site}:{_section_key(section)}:{section_generation}:{language}:{url}"


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
