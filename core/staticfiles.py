"""One stylesheet for the browser, many small ones for the people who edit it.

`css/site.css` lists the parts (tokens, base, layout, one file per component, print) as `@import` lines. Browsers
get `css/main.css`: the same list with every import replaced by the file it names, so a page costs one request.
The bundle is made by a staticfiles finder, so `runserver`, whitenoise with finders (tests) and `collectstatic`
(the production image) all see it, with no build tool and no generated file in git.
"""

import os
import re
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import FileSystemStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage

BUNDLES = {"css/main.css": "css/site.css"}
_IMPORT = re.compile(r'^@import url\("([^"]+)"\);\n', re.M)


def bundle_text(source_path):
    """The text of `source_path` (a file on disk) with each @import line replaced by the named file, recursively."""
    source = Path(source_path)
    return _IMPORT.sub(lambda match: bundle_text(source.parent / match.group(1)), source.read_text(encoding="utf-8"))


class CssBundleFinder(finders.BaseFinder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.root = Path(getattr(settings, "STATIC_BUNDLE_ROOT", Path(settings.BASE_DIR) / "build" / "bundles"))
        self.storage = FileSystemStorage(location=self.root)

    def check(self, **kwargs):
        return []

    def find(self, path, find_all=False, **kwargs):
        if path not in BUNDLES:
            return [] if find_all else None
        built = str(self._build(path))
        return [built] if find_all else built

    def list(self, ignore_patterns):
        for path in BUNDLES:
            self._build(path)
            yield path, self.storage

    def _build(self, path):
        """Write the bundle where this finder serves it from, only when its text changed (keeps mtimes stable)."""
        source = finders.FileSystemFinder().find(BUNDLES[path])
        if source is None:
            raise FileNotFoundError(f"{BUNDLES[path]} is missing from STATICFILES_DIRS")
        text = bundle_text(source)
        target = self.root / path
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            # Written beside it, then renamed over it: a process serving or comparing the bundle meanwhile (the test
            # runs' workers, a runserver) reads the old text or the new, never a half-written file.
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=target.parent, delete=False) as written:
                written.write(text)
            os.chmod(written.name, 0o644)  # as write_text would leave it (mkstemp's file is the owner's only)
            os.replace(written.name, target)
        return target


class ForgivingManifestStorage(CompressedManifestStaticFilesStorage):
    """Whitenoise's hashed, compressed files; a name missing from the manifest gets its plain URL instead of an error.

    With the strict default, one file left out of `collectstatic` turns every page that links it into a server
    error, including the server-error page itself, which then cannot be shown at all.
    """

    def stored_name(self, name):
        try:
            return super().stored_name(name)
        except ValueError:  # neither in the manifest nor among the collected files
            return name
