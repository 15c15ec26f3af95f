"""Readiness probe of a cache: PING its Redis server past the breaker of core/cache.py.

Apart from core/cache.py, so that a worker without Redis never imports redis-py (about 60 modules).
"""


def probe_cache(cache):
    """PING the Redis server behind a django-redis cache, past the breaker; nothing for other cache backends."""
    get_client = getattr(getattr(cache, "client", None), "get_client", None)
    client = get_client(write=True) if get_client else None
    probe = getattr(client, "probe", None)  # core.cache.FailFastRedis's
    if probe is not None:
        probe()
