"""Search that catches up by itself after an engine outage.

An index change the engine cannot take (unreachable, timed out) is stored in `PendingIndexChange` (one row per
object, the latest change wins) and the background worker is asked to replay the queue `REPLAY_SECONDS` later. The
replay task sends every pending change once the engine answers, and while it does not, asks again a little later;
so pages published during an outage are found within a minute of the engine's return, with nobody running a
command. Backends without deferred tasks (the immediate one) replay on the next successful index change instead.
"""

import datetime
import logging

from django.apps import apps
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

REPLAY_SECONDS = 30
BATCH_SIZE = 200


def _queue():
    return apps.get_model("search", "PendingIndexChange")


def remember(obj, action, language, error):
    """Store the change the engine missed, and make sure a replay is scheduled."""
    queue = _queue()
    queue.objects.update_or_create(
        model_label=obj._meta.label_lower,
        object_id=str(obj.pk),
        defaults={"action": action, "language": language or "", "last_error": str(error)[:1000]},
    )
    transaction.on_commit(schedule_replay)


def has_pending():
    return _queue().objects.exists()


def _queued(task_function):
    backend = task_function.get_backend()
    if not isinstance(backend, DatabaseBackend):
        return False
    return DBTaskResult.objects.filter(
        task_path=task_function.module_path, status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING]
    ).exists()


def schedule_build():
    """Ask the worker to build the indices (a first start), once; not with the immediate backend (no worker)."""
    if build_indices.get_backend().supports_defer and not _queued(build_indices):
        build_indices.enqueue()


@task()
def build_indices():
    """update_index, then the changes made meanwhile."""
    call_command("update_index", backend_name="default", verbosity=0)
    replay_index_changes.enqueue()


def schedule_replay(delay=REPLAY_SECONDS):
    """Queue one replay `delay` seconds from now, unless one is queued already (or deferring is not supported)."""
    backend = replay_index_changes.get_backend()
    if not backend.supports_defer:
        return
    ready = DBTaskResult.objects.filter(task_path=replay_index_changes.module_path, status=TaskResultStatus.READY)
    if isinstance(backend, DatabaseBackend) and ready.exists():
        return
    run_after = timezone.now() + datetime.timedelta(seconds=delay)
    replay_index_changes.using(run_after=run_after).enqueue()


@task()
def replay_index_changes():
    """Send the queued changes to the engine; if it is still away, try again REPLAY_SECONDS later."""
    replayed, engine_down = replay()
    if engine_down and has_pending():
        schedule_replay()
    return replayed


def replay(backend=None):
    """(changes sent, whether the engine was unreachable). Each change is removed from the queue once sent."""
    backend = backend or get_search_backend("default")
    if not hasattr(backend, "add_now"):
        _queue().objects.all().delete()  # the database backend is always current
        return 0, False
    try:
        if not backend.indices_built():
            return 0, True  # build_indices replays once it has built them
    except backend.unavailable_errors:
        return 0, True
    sent = 0
    for change in _queue().objects.all()[:BATCH_SIZE]:
        try:
            _send(backend, change)
        except backend.unavailable_errors as error:
            change.last_error = str(error)[:1000]
            change.save(update_fields=["last_error"])
            logger.info("Search engine still unreachable; %s changes wait for it", _queue().objects.count())
            return sent, True
        change.delete()
        sent += 1
    if sent:
        logger.warning("Search engine back: %s index changes made while it was away are now indexed", sent)
    if _queue().objects.exists():
        replay_index_changes.enqueue()  # the next batch
    return sent, False


def _send(backend, change):
    model = apps.get_model(change.model_label)
    if change.action == change.Action.INDEX:
        instance = model._default_manager.filter(pk=change.object_id).first()
        indexed = instance.get_indexed_instance() if instance is not None else None
        if indexed is not None and type(indexed).get_indexed_objects().filter(pk=indexed.pk).exists():
            backend.add_now(indexed)
            return
    backend.delete_now(model(pk=change.object_id), change.language or None)
