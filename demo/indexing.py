"""The search and reference indexes brought up to date once, at the end of a demo build, instead of on every save.

Building the demo saves each page many times (draft, revision, publish, then again per translation); indexing
each save took a third of `seed_demo`'s time. Here every save is only noted, and each object saved is indexed
once, in bulk per model, when the build has succeeded (inside its transaction, so a failed build indexes nothing).
"""

from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


def auto_indexed_models():
    """The models modelsearch indexes on every save (its post_save handler is connected for them)."""
    return [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]


@contextmanager
def saves_held_back():
    """Within the block, saves of indexed models are not indexed (search or reference index); the block gets a dict
    {(model, pk): instance} of every object saved in it, for the caller to index as it sees fit when the block ends."""
    saved = {}

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[(sender, instance.pk)] = instance

    searchable = auto_indexed_models()
    for model in searchable:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="demo-saves-held-back")
    try:
        with disable_reference_index_auto_update():
            yield saved
    finally:
        post_save.disconnect(dispatch_uid="demo-saves-held-back")
        for model in searchable:
            post_save.connect(post_save_signal_handler, sender=model)


@contextmanager
def indexes_updated_at_the_end():
    """Within the block saves are not indexed; the objects saved are indexed once when the block ends normally."""
    with saves_held_back() as saved:
        yield
    pks = defaultdict(set)
    for model, pk in saved:
        pks[model].add(pk)
    _update_indexes(pks)


def _update_indexes(saved):
    searched = defaultdict(dict)  # the indexed (specific) class → {pk: instance}
    for model, pks in saved.items():
        for instance in model._default_manager.filter(pk__in=pks).iterator():
            if ReferenceIndex.is_indexed(model):
                ReferenceIndex.create_or_update_for_object(instance)
            if index.class_is_indexed(model):
                indexed = index.get_indexed_instance(instance)
                if indexed is not None:
                    searched[type(indexed)][indexed.pk] = indexed
    for backend in get_search_backends(with_auto_update=True):
        for model, instances in searched.items():
            backend.add_bulk(model, list(instances.values()))
