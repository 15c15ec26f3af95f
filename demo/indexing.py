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


@contextmanager
def indexes_updated_at_the_end():
    """Within the block saves are not indexed; the objects saved are indexed once when the block ends normally."""
    saved = defaultdict(set)

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[sender].add(instance.pk)

    searchable = [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in searchable:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="demo-indexes-updated-at-the-end")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="demo-indexes-updated-at-the-end")
        for model in searchable:
            post_save.connect(post_save_signal_handler, sender=model)
    _update_indexes(saved)


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
