"""The cache backends the settings choose from (base.py's CACHES)."""


def redis_options(timeout, fail_open=True):
    """django-redis options for a cache that a Redis outage never turns into an error page (see core/cache.py).

    fail_open: an unreachable Redis reads as a miss and writes are dropped. The page cache sets it off and catches
    the errors itself, because it must know when a purge did not reach Redis.
    """
    return {
        "REDIS_CLIENT_CLASS": "core.cache.FailFastRedis",
        "SOCKET_CONNECT_TIMEOUT": timeout,
        "SOCKET_TIMEOUT": timeout,
        "IGNORE_EXCEPTIONS": fail_open,
    }


def cache_backend(redis_url, redis_timeout, name, timeout, max_entries, fail_open):
    """Redis at `redis_url` shared by every worker and host, else memory in each process."""
    if redis_url:
        return {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": f"caucus-{name}",
            "TIMEOUT": timeout,
            "OPTIONS": redis_options(redis_timeout, fail_open),
        }
    return {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": f"caucus-{name}",
        "TIMEOUT": timeout,
        "OPTIONS": {"MAX_ENTRIES": max_entries},
    }
