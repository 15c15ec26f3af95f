"""Readiness checks: each asks one component a real question, with a deadline, and times the answer."""

import logging
import time
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.db import connections
from wagtail.search.backends import get_search_backend

from core.cache_probe import probe_cache

logger = logging.getLogger(__name__)
COMPONENTS = ("database", "cache", "search", "storage")


@dataclass
class Check:
    name: str
    ok: bool
    ms: float
    detail: str
    required: bool

    def as_dict(self):
        return {"ok": self.ok, "ms": round(self.ms, 1), "required": self.required, "detail": self.detail}


def _database():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return connections["default"].vendor


def _cache():
    cache = caches["default"]
    probe_cache(cache)
    key, value = f"ops-readiness-{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, 10)
    try:
        if cache.get(key) != value:
            raise RuntimeError("the cache did not return what was just stored")
    finally:
        cache.delete(key)
    return type(cache).__name__


def _search():
    """The engine's cluster health when one is configured; the database backend is the database check's."""
    backend = get_search_backend("default")
    client = getattr(backend, "es", None)
    if client is None:
        return "database backend"
    health = client.options(request_timeout=settings.OPS_READINESS_TIMEOUT, max_retries=0).cluster.health()
    if health.get("status") not in {"green", "yellow"}:
        raise RuntimeError(f"cluster status {health.get('status')}")
    return f"cluster {health['status']}"


def _storage():
    """Write, read back and delete a small file: what an editor's upload needs."""
    name = default_storage.save(f"ops-readiness/{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
    try:
        with default_storage.open(name) as handle:
            if handle.read() != b"ok":
                raise RuntimeError("storage returned other bytes than were written")
    finally:
        default_storage.delete(name)
    return type(storages["default"]).__name__


_PROBES = {"database": _database, "cache": _cache, "search": _search, "storage": _storage}


def check(name):
    """Run one component's probe; any failure is the answer, never an exception."""
    required = name not in settings.OPS_READINESS_OPTIONAL
    started = time.perf_counter()
    try:
        detail, ok = str(_PROBES[name]()), True
    except Exception as error:  # noqa: BLE001 - whatever the component raised is what we report
        # The endpoint names the kind of failure; hosts and messages go to the log, not to whoever asks.
        logger.warning("readiness: %s unavailable: %s: %s", name, type(error).__name__, error)
        detail, ok = type(error).__name__, False
    return Check(name, ok, (time.perf_counter() - started) * 1000, detail, required)


def run_checks():
    return [check(name) for name in COMPONENTS]
