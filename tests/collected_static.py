"""`collectstatic` as the production image runs it (whitenoise's hashed and compressed files), once per run.

It costs about 15 s of CPU, nearly all of it whitenoise compressing ~1,000 files in gzip and brotli, and its output
depends only on the code: the tests that serve the site as production does (tests/ops/test_production_stack.py,
tests/browser/test_transfer.py) take the run's one collection, made under a file lock in the run's shared temporary
folder by whichever worker needs it first.
"""

from pathlib import Path

from django.core.management import call_command
from django.test import override_settings
from filelock import FileLock

from config.settings.base import STORAGES as PRODUCTION_STORAGES

DONE = "collected"


def shared_folder(request, tmp_path_factory):
    """The run's temporary folder that both pytest-xdist workers see (this process's own when there is one)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if getattr(request.config, "workerinput", None) else base


def collected_static(folder: Path) -> Path:
    """The STATIC_ROOT of the run's collection, made in folder/static when first asked for."""
    target = folder / "static"
    with FileLock(folder / "static.lock"):
        if not (target / DONE).exists():
            with override_settings(STORAGES=PRODUCTION_STORAGES, STATIC_ROOT=target, WHITENOISE_USE_FINDERS=False):
                call_command("collectstatic", interactive=False, verbosity=0, clear=True)
            (target / DONE).touch()
    return target
