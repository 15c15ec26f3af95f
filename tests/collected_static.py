"""`collectstatic` as the production image runs it (whitenoise's hashed and compressed files), once for as long as
the static files stay the same.

It costs about 15 s of CPU, nearly all of it whitenoise compressing ~2,400 files in gzip and Brotli (quality 11), and
its output depends only on the static files found and on the versions of Django and whitenoise that process them.
The tests that serve the site as production does (tests/ops/test_production_stack.py, tests/browser/test_transfer.py)
take the collection kept in build/collected-static/<digest of those>, made under a file lock by whichever process
needs it first: `make test` makes it beside its lint; its two runs and later runs reuse it while the digest holds.
"""

import hashlib
import shutil
import tempfile
from importlib.metadata import version
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import override_settings
from filelock import FileLock

from config.settings.base import STORAGES as PRODUCTION_STORAGES

DONE = "collected"


def source_digest() -> str:
    """What collectstatic's output depends on: every file the finders list (the first of a name wins, as
    collectstatic does), with its content, and the versions of the code that hashes and compresses them."""
    digest = hashlib.sha256()
    for package in ("django", "whitenoise", "brotli"):
        digest.update(f"{package} {version(package)}\n".encode())
    digest.update(repr(PRODUCTION_STORAGES["staticfiles"]).encode())
    seen = set()
    for finder in finders.get_finders():
        for path, storage in finder.list(None):
            name = f"{getattr(storage, 'prefix', None) or ''}/{path}"
            if name in seen:
                continue
            seen.add(name)
            with storage.open(path) as content:
                digest.update(f"{name}\n".encode())
                digest.update(hashlib.sha256(content.read()).digest())
    return digest.hexdigest()[:16]


def collected_static() -> Path:
    """The STATIC_ROOT of the current static files' collection, made when first asked for."""
    cache = Path(settings.BASE_DIR) / "build" / "collected-static"
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / source_digest()
    with FileLock(cache / "collect.lock"):
        if not (target / DONE).exists():
            building = Path(tempfile.mkdtemp(prefix="building-", dir=cache))
            with override_settings(STORAGES=PRODUCTION_STORAGES, STATIC_ROOT=building, WHITENOISE_USE_FINDERS=False):
                call_command("collectstatic", interactive=False, verbosity=0)
            (building / DONE).touch()
            shutil.rmtree(target, ignore_errors=True)
            building.rename(target)
            # Collections of older static files are not used again.
            for old in cache.iterdir():
                if old.is_dir() and old != target:
                    shutil.rmtree(old, ignore_errors=True)
    return target


if __name__ == "__main__":
    # `make test` makes the collection beside its lint, which leaves a core idle, before the runs that serve it.
    import django

    django.setup()
    print(f"collectstatic for the tests: {collected_static()}")
