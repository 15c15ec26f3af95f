"""update_index that cleans up after itself.

If the engine goes away in the middle of a rebuild, the command removes the indices it had half built (when the
engine still answers; otherwise the next run does) and ends with one line saying what happened: the live indices
and their aliases are untouched, so searches go on answering. Each run also removes half-built indices that an
earlier interrupted run (killed, say) left behind an hour or more ago.
"""

import time

from django.core.management.base import CommandError
from modelsearch.management.commands.rebuild_modelsearch_index import Command as RebuildCommand
from wagtail.search.backends import get_search_backend

from search.backends import ENGINE_ERRORS

# An unaliased index younger than this may belong to an update_index running right now: leave it alone.
LEFTOVER_AGE_SECONDS = 3600


class Command(RebuildCommand):
    def update_backend(self, backend_name, **kwargs):
        backend = get_search_backend(backend_name)
        if not hasattr(backend, "remove_unfinished_indices"):
            return super().update_backend(backend_name, **kwargs)
        started = time.time()
        leftovers = backend.remove_unfinished_indices(created_before=started - LEFTOVER_AGE_SECONDS)
        if leftovers:
            self.write(f"{backend_name}: removed {len(leftovers)} half-built indices left by an interrupted run")
        try:
            super().update_backend(backend_name, **kwargs)
        except ENGINE_ERRORS as error:
            raise CommandError(self._interrupted(backend, started, error)) from error
        return None

    def _interrupted(self, backend, started, error):
        try:
            removed = backend.remove_unfinished_indices(created_after=started - 1)
        except ENGINE_ERRORS:
            cleanup = "the half-built indices will be removed by the next run"
        else:
            cleanup = f"its {len(removed)} half-built indices were removed"
        return (
            f"update_index stopped: the search engine failed ({type(error).__name__}: {str(error)[:200]}); "
            f"{cleanup}; the live indices are untouched and search still answers. Run it again once the engine is back."
        )
