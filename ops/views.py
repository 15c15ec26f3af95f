"""Liveness and readiness for orchestrators and load balancers, and media served from whatever storage holds it."""

import contextlib
import mimetypes
import posixpath
import sys

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.db import InterfaceError, OperationalError
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.template import loader
from django.utils.http import http_date
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from ops.health import run_checks

# How long a visitor is asked to wait when the database is away (a restart, a failover): long enough not to
# hammer it, short enough that the page is back soon after it.
DATABASE_RETRY_SECONDS = 30

# Wagtail's documents are served by /documents/<id>/<name>, which checks privacy and sets Content-Disposition.
# Their files are never handed out by path.
_PRIVATE_PREFIXES = ("documents/",)
# What an uploaded SVG or HTML-looking file could do from our origin: nothing.
_MEDIA_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"


@never_cache
@require_safe
def healthz(request):
    """The process answers: nothing else is asked, so a slow database never restarts a healthy worker."""
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
@require_safe
def readyz(request):
    """Each component with its answer and timing; 503 when a required one fails."""
    checks = run_checks()
    failed_required = [check.name for check in checks if check.required and not check.ok]
    degraded = any(not check.ok for check in checks)
    status = "unavailable" if failed_required else "degraded" if degraded else "ok"
    return JsonResponse(
        {"status": status, "components": {check.name: check.as_dict() for check in checks}},
        status=503 if failed_required else 200,
    )


def _clean_media_name(path):
    """The storage name for a /media/ path, or None for anything that is not a plain relative file path."""
    if "\\" in path or "\x00" in path or path.startswith("/"):
        return None
    name = posixpath.normpath(path)
    if name in {".", ""} or name.startswith("../") or name == ".." or name != path.rstrip("/"):
        return None
    if name.startswith(_PRIVATE_PREFIXES) or name.startswith("ops-readiness/"):
        return None
    return name


def _missing(error):
    """Whether a storage error means "no such file" (404) rather than "storage unavailable" (503)."""
    if isinstance(error, FileNotFoundError | SuspiciousFileOperation | IsADirectoryError):
        return True
    code = getattr(error, "response", {}).get("Error", {}).get("Code", "")
    return code in {"404", "NoSuchKey", "NotFound"}


@require_safe
def serve_media(request, path):
    """Images and renditions from the configured storage (local folder or S3), with cache headers."""
    name = _clean_media_name(path)
    if name is None:
        raise Http404
    try:
        size = default_storage.size(name)
        handle = default_storage.open(name, "rb")
    except Exception as error:  # noqa: BLE001 - storage backends raise their own types
        if _missing(error):
            raise Http404 from error
        response = HttpResponse("Media storage is unavailable.\n", status=503, content_type="text/plain")
        response["Retry-After"] = "30"
        return response
    content_type, _encoding = mimetypes.guess_type(name)
    response = FileResponse(handle, content_type=content_type or "application/octet-stream")
    response["Content-Length"] = str(size)
    response["Cache-Control"] = f"public, max-age={settings.MEDIA_CACHE_SECONDS}"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = _MEDIA_CSP
    # A storage that cannot date its files only costs the browser a revalidation.
    with contextlib.suppress(Exception):
        response["Last-Modified"] = http_date(default_storage.get_modified_time(name).timestamp())
    return response


def server_error(request, template_name="500.html"):
    """handler500: a database that cannot be reached (stopped, restarting, connection dropped) is an outage the site
    recovers from by itself, so the visitor gets a 503 with Retry-After in the page's language, not "something went
    wrong". Django calls this while handling the exception, wherever it was raised (a view or a middleware), with the
    language of the URL still active. Like Django's own view, the page is rendered without context processors,
    which would ask the database."""
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = str(DATABASE_RETRY_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return defaults.server_error(request, template_name)
