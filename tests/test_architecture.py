"""The project's shape: one-way dependencies between our apps, and production without the demo."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

BASE = Path(settings.BASE_DIR)
PYTHON = sys.executable


def _run(*args, env=None):
    return subprocess.run(args, cwd=BASE, capture_output=True, text=True, env={**os.environ, **(env or {})})


def test_the_import_contract_holds():
    """pyproject.toml's layers: core imports nothing of ours, content apps never import home, search or editorial."""
    result = _run(str(Path(PYTHON).parent / "lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


# Moves the app to the front of INSTALLED_APPS, so that django.setup() imports its models before any other app's.
FIRST_APP = """
import importlib, sys
from django.conf import settings
app = sys.argv[1]
apps = list(settings.INSTALLED_APPS)
entry = next(name for name in apps if name == app or name.startswith(app + "."))
apps.remove(entry)
settings.INSTALLED_APPS = [entry, *apps]
import django
django.setup()
for module in ("models", "views", "wagtail_hooks"):
    try:
        importlib.import_module(f"{app}.{module}")
    except ModuleNotFoundError as error:
        if error.name != f"{app}.{module}":
            raise
"""


def test_each_app_imports_alone_in_a_fresh_interpreter():
    """A hidden cycle shows when an app is the first thing imported: each one is, in a process of its own, its
    package and then its models ahead of every other app's."""
    for app in [*settings.PROJECT_APPS, "demo"]:
        result = _run(PYTHON, "-c", f"import {app}", env={"DJANGO_SETTINGS_MODULE": "config.settings.test"})
        assert result.returncode == 0, f"{app}: {result.stderr[-2000:]}"
        result = _run(PYTHON, "-c", FIRST_APP, app, env={"DJANGO_SETTINGS_MODULE": "config.settings.test"})
        assert result.returncode == 0, f"{app}: {result.stderr[-2000:]}"


def test_production_runs_without_the_demo():
    """The production settings neither install the demo app nor need its packages (fpdf2, python-docx)."""
    code = (
        "import sys, django; django.setup(); from django.conf import settings; "
        "from django.core.management import call_command; call_command('check'); "
        "assert 'demo' not in settings.INSTALLED_APPS; "
        "assert not {'demo', 'fpdf', 'docx'} & set(sys.modules), sorted({'demo', 'fpdf', 'docx'} & set(sys.modules))"
    )
    env = {"DJANGO_SETTINGS_MODULE": "config.settings.production", "SECRET_KEY": "x" * 50, "DATABASE_URL": "sqlite://"}
    result = _run(PYTHON, "-c", code, env=env)
    assert result.returncode == 0, result.stderr[-3000:]


def test_production_requirements_install_no_demo_package():
    requirements = (BASE / "requirements.txt").read_text().lower()
    assert "fpdf2" not in requirements and "python-docx" not in requirements
    assert "-r requirements.txt" in (BASE / "requirements-demo.txt").read_text()
