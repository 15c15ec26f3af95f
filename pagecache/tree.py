"""core.tree_cache's store: values worked out from the live page tree, in the "fragments" cache under the page cache's
generations that any change to the tree bumps (store.generations_for: the site's and the home section's).

A cache that does not answer costs the value its cache, never the page. Previews are left alone.
"""

import hashlib
import logging

from django.core.cache import caches

from core.tree_cache import MISSING
from pagecache import store

CACHE_ALIAS = store.FRAGMENTS_ALIAS

logger = logging.getLogger(__name__)


def _key(request, key):
    """None when nothing may be kept for this request."""
    if request is None or getattr(request, "is_preview", False):
        return None
    try:
        site, _section, home = store.generations_for(request)
    except Exception:
        return None  # The page cache logs the outage; the fragment cache says what it costs.
    digest = hashlib.sha256(repr(key).encode()).hexdigest()[:32]
    return f"tree:{site}:{home}:{digest}"


class TreeStore:
    def get(self, request, key):
        cache_key = _key(request, key)
        if cache_key is None:
            return MISSING
        try:
            return caches[CACHE_ALIAS].get(cache_key, MISSING)
        except Exception as error:
            logger.warning("Tree cache unavailable (%s)", error)
            return MISSING

    def set(self, request, key, value):
        cache_key = _key(request, key)
        if cache_key is None:
            return
        try:
            caches[CACHE_ALIAS].set(cache_key, value)
        except Exception as error:
            logger.warning("Tree cache unavailable (%s)", error)
