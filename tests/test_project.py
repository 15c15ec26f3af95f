"""The project as a whole: Django's checks, migrations, the Docker files and production settings."""

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.core.management import call_command, get_commands

from tests import soup_of

ROOT = Path(settings.BASE_DIR)


def test_django_system_checks_pass():
    call_command("check", fail_level="WARNING")


@pytest.mark.django_db
def test_models_and_migrations_agree():
    try:
        call_command("makemigrations", check=True, dry_run=True, verbosity=0)
    except SystemExit as exit_:
        pytest.fail(f"makemigrations --check found model changes without a migration (exit {exit_.code})")


# --- Docker ----------------------------------------------------------------------------------------------------------


def _read(name):
    path = ROOT / name
    if not path.exists():
        pytest.skip(f"{name} has not been written yet")
    return path.read_text()


def dockerfile_instructions():
    """[(INSTRUCTION, arguments)] of the Dockerfile's final stage, continuation lines joined."""
    text = re.sub(r"\\\s*\n", " ", _read("Dockerfile"))
    instructions = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        keyword, _, arguments = line.partition(" ")
        if keyword.upper() == "FROM":
            instructions = []
        instructions.append((keyword.upper(), arguments.strip()))
    return instructions


def _command_words(arguments):
    """The words of a CMD/ENTRYPOINT in either exec (JSON) or shell form."""
    try:
        return [str(word) for word in json.loads(arguments)]
    except ValueError:
        return arguments.split()


def test_compose_file_runs_web_postgres_and_elasticsearch():
    compose = yaml.safe_load(_read("docker-compose.yml"))

    services = compose["services"]
    assert {"web", "db", "search"} <= set(services)
    assert services["db"]["image"].split(":")[0].split("/")[-1] == "postgres"
    assert "elasticsearch" in services["search"]["image"].split(":")[0]
    assert "build" in services["web"]
    environment = services["web"].get("environment", {})
    if isinstance(environment, list):
        environment = dict(item.split("=", 1) for item in environment)
    assert "@db" in environment["DATABASE_URL"] and environment["DATABASE_URL"].startswith("postgres")
    assert "//search:" in environment["ELASTICSEARCH_URL"]


def test_dockerfile_uses_existing_production_settings():
    environment = " ".join(arguments for keyword, arguments in dockerfile_instructions() if keyword == "ENV")

    match = re.search(r"DJANGO_SETTINGS_MODULE[= ]\s*\"?([\w.]+)", environment)
    assert match, "the Dockerfile sets no DJANGO_SETTINGS_MODULE"
    assert match.group(1) == "config.settings.production"
    assert importlib.util.find_spec(match.group(1)) is not None


def test_dockerfile_serves_with_gunicorn():
    instructions = dict(dockerfile_instructions())
    words = _command_words(instructions.get("ENTRYPOINT", "[]")) + _command_words(instructions.get("CMD", "[]"))

    assert "gunicorn" in words
    assert "config.wsgi:application" in words
    for word in words:
        if word.startswith("/app/"):
            script = ROOT / word.removeprefix("/app/")
            assert script.exists(), f"{word} is not in the repository"
            assert os.access(script, os.X_OK), f"{word} is not executable"
            assert 'exec "$@"' in script.read_text(), f"{word} does not hand over to the CMD"


def test_dockerfile_collects_static_files_at_build():
    runs = [arguments for keyword, arguments in dockerfile_instructions() if keyword == "RUN"]

    assert any(re.search(r"manage\.py\s+collectstatic\b.*--no-?input", run) for run in runs)


def test_dockerfile_runs_as_a_non_root_user():
    users = [arguments for keyword, arguments in dockerfile_instructions() if keyword == "USER"]

    assert users, "the final stage has no USER"
    assert users[-1].split(":")[0] not in {"root", "0"}


# --- Production settings ---------------------------------------------------------------------------------------------


def _start_django(**environment):
    env = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE"}}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.production", **environment)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _start_django()

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_the_development_key():
    result = _start_django(SECRET_KEY="dev-only-insecure-key-never-used-in-production")

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr


def test_production_starts_with_a_secret_key_and_debug_off():
    result = _start_django(SECRET_KEY="a-long-random-production-key-0123456789abcdef")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


@pytest.mark.django_db
def test_missing_page_shows_the_sites_own_404(client, settings, home):
    settings.DEBUG = False

    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    soup = soup_of(response)
    assert soup.find("header") is not None
    assert soup.find("footer") is not None
    assert "WSIS Gender Caucus" in soup.find("footer").get_text()
    assert soup.find("nav", attrs={"aria-label": "Main"}) is not None or soup.find("a", href="/en/") is not None
    assert "Page not found" in soup.find("h1").get_text()


def test_compose_file_runs_the_background_worker_with_the_sites_settings():
    services = yaml.safe_load(_read("docker-compose.yml"))["services"]

    worker = services["worker"]
    assert worker["build"] == services["web"]["build"]
    assert worker["command"][:3] == ["python", "manage.py", "db_worker"]
    assert "db_worker" in get_commands()
    for name in ("DATABASE_URL", "ELASTICSEARCH_URL", "REDIS_URL", "SECRET_KEY"):
        assert worker["environment"][name] == services["web"]["environment"][name]
    assert worker["volumes"] == services["web"]["volumes"], "the worker stores the PDFs where the site serves media"
