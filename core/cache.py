"""Redis that fails fast, so that a cache outage costs a page its cache and never the page itself.

django-redis runs each cache command through `FailFastRedis` (REDIS_CLIENT_CLASS in config/settings/base.py). The
first command that finds the server unreachable or silent (stopped, restarting, frozen) raises after the short socket
timeout and marks that server down in this process; for the next `RETRY_SECONDS` every command to it raises at
once, without touching the network, and then one command tries again. Caches configured with IGNORE_EXCEPTIONS
turn those errors into misses; the page cache catches them itself. An outage is logged once, and so is the recovery.
"""

import logging
import threading
import time

from redis import Redis
from redis.exceptions import ConnectionError, TimeoutError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5.0


class _ServerState:
    """Whether one Redis server is usable from this process, and when to try it again."""

    def __init__(self, address):
        self.address = address
        self.down_since = None
        self.retry_at = 0.0
        self._lock = threading.Lock()

    def refuses_now(self):
        """True while the server is marked down; lets one caller through every RETRY_SECONDS to probe it."""
        if self.down_since is None:
            return False
        with self._lock:
            now = time.monotonic()
            if now < self.retry_at:
                return True
            self.retry_at = now + RETRY_SECONDS
            return False

    def failed(self, error):
        with self._lock:
            self.retry_at = time.monotonic() + RETRY_SECONDS
            if self.down_since is not None:
                return
            self.down_since = time.monotonic()
        logger.warning(
            "Redis at %s is unreachable (%s); caching is off, pages are rendered without it, next try in %g s",
            self.address,
            error,
            RETRY_SECONDS,
        )

    def answered(self):
        if self.down_since is None:
            return
        with self._lock:
            if self.down_since is None:
                return
            outage = time.monotonic() - self.down_since
            self.down_since = None
        logger.warning("Redis at %s answers again after %.0f s; caching is back on", self.address, outage)


_servers = {}
_servers_lock = threading.Lock()


def server_state(address):
    with _servers_lock:
        return _servers.setdefault(address, _ServerState(address))


def _address_of(client):
    kwargs = client.connection_pool.connection_kwargs
    if kwargs.get("path"):
        return f"unix:{kwargs['path']}"
    return f"{kwargs.get('host', 'localhost')}:{kwargs.get('port', 6379)}"


class FailFastRedis(Redis):
    """redis-py's client that stops calling a server which has just failed (see the module docstring)."""

    def execute_command(self, *args, **options):
        state = server_state(_address_of(self))
        if state.refuses_now():
            raise ConnectionError(f"Redis at {state.address} is marked down; skipping {args[0]}")
        try:
            result = super().execute_command(*args, **options)
        except (ConnectionError, TimeoutError) as error:
            state.failed(error)
            raise
        state.answered()
        return result

    def probe(self):
        """Ask the server itself, past the breaker: readiness checks report what is true now, and a server that
        answers is marked up at once for every thread of this process."""
        state = server_state(_address_of(self))
        try:
            super().execute_command("PING")
        except (ConnectionError, TimeoutError) as error:
            state.failed(error)
            raise
        state.answered()
