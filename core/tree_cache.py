"""Values worked out from the live page tree, kept until the tree changes: which page an address names, section pages.

core cannot tell when the tree changes; the page cache can (its generations, which every publish, unpublish, move,
deletion, privacy, site and locale change bumps), so pagecache plugs its store in when it starts (pagecache.apps).
Without one, and whenever it does not answer, nothing is kept and every value is worked out again.
"""

MISSING = object()


class _NothingKept:
    def get(self, request, key):
        return MISSING

    def set(self, request, key, value):
        pass


_store = _NothingKept()


def connect(store):
    """Keep values in `store` from now on: an object with get(request, key) (MISSING when absent) and
    set(request, key, value), where `key` is a tuple of plain values."""
    global _store
    _store = store


def get(request, key):
    return _store.get(request, key)


def set(request, key, value):  # noqa: A001 - a cache's verbs
    _store.set(request, key, value)


def remember(request, key, compute):
    """The value kept under `key`, or `compute()` kept there now (None included)."""
    value = get(request, key)
    if value is MISSING:
        value = compute()
        set(request, key, value)
    return value
