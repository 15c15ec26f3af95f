"""A web worker loads only what its requests need: what a production worker (config.wsgi, its URLs resolved)
imports, in a fresh interpreter. Each module left out here is memory every gunicorn worker no longer carries."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BOOT = """
import json, sys
import config.wsgi
from django.urls import get_resolver
get_resolver().url_patterns
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""
# Sentry and Redis clients without their settings, the engine's PDF renderer and the document writers (the
# background worker's), Wagtail's unmounted v3 API, and the demo builder (not installed in production).
LEFT_OUT = {"sentry_sdk", "redis", "django_redis", "weasyprint", "fpdf", "docx", "ninja", "demo"}


def _imported(code, settings_module, **environment):
    env = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": settings_module, "PYTHONPATH": str(ROOT)}
    env.update(SECRET_KEY="a-long-random-production-key-0123456789abcdef", **environment)
    result = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_production_worker_leaves_out_what_no_request_needs():
    imported = set(_imported(BOOT, "config.settings.production", SECURE_SSL_REDIRECT="0"))

    assert "wagtail" in imported  # it did boot the site
    assert imported & LEFT_OUT == set()


def test_installing_wagtails_v3_api_brings_it_back(tmp_path):
    (tmp_path / "api_settings.py").write_text(
        'from config.settings.test import *  # noqa: F403\nINSTALLED_APPS = [*INSTALLED_APPS, "wagtail.api.v3"]\n'
    )
    code = (
        "import json, django; django.setup(); from wagtail.api.v3.api import api; "
        "print(json.dumps([type(api).__name__, sorted(prefix for prefix, _ in api._routers)]))"
    )
    api_class, prefixes = _imported(code, "api_settings", PYTHONPATH=f"{ROOT}:{tmp_path}")

    assert api_class == "NinjaAPI"
    assert {"/images/", "/documents/", "/snippets/", "/redirects/"} <= set(prefixes)
