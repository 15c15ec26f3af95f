"""In-process checks of the operations settings: probes before host checks, JSON logs with request ids, ADMINS,
Sentry only with a DSN, and the scheduler publishing what is due."""

import datetime
import io
import json
import logging
import logging.config
import subprocess
import sys

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from production_stack import ROOT

from ops.log_config import logging_config
from tests import factories


@pytest.mark.django_db
def test_liveness_answers_any_host_and_touches_nothing(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz", HTTP_HOST="10.1.2.3")

    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")


@pytest.mark.django_db
def test_readiness_in_the_test_settings_is_ok_and_json(client):
    response = client.get("/readyz", HTTP_HOST="10.1.2.3")

    assert response.status_code == 200
    report = response.json()
    assert report["status"] == "ok"
    assert report["components"]["search"]["detail"] == "database backend"
    assert report["components"]["storage"]["detail"] == "FileSystemStorage"


@pytest.mark.django_db
def test_other_paths_still_refuse_an_unknown_host(client):
    assert client.get("/en/", HTTP_HOST="evil.example").status_code == 400


@pytest.mark.django_db
def test_each_response_names_its_request_id(client, home):
    first, second = client.get("/en/"), client.get("/en/")

    assert len(first["X-Request-ID"]) == 32
    assert first["X-Request-ID"] != second["X-Request-ID"]


@pytest.mark.django_db
def test_json_logs_carry_the_request_id(client, home, settings):
    stream = io.StringIO()
    config = logging_config("json", "INFO")
    config["handlers"]["console"]["stream"] = stream
    settings.LOG_REQUESTS = True
    logging.config.dictConfig(config)
    try:
        response = client.get("/en/", HTTP_HOST="localhost")
    finally:
        logging.config.dictConfig(settings.LOGGING)

    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    request_lines = [line for line in lines if line["logger"] == "log_request_id.middleware"]
    assert request_lines, lines
    assert request_lines[-1]["request_id"] == response["X-Request-ID"]
    assert request_lines[-1]["level"] == "INFO"
    assert "path=/en/" in request_lines[-1]["message"]
    assert {"time", "level", "logger", "message", "request_id"} <= set(request_lines[-1])


def _production_setting(expression, **environment):
    env = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "config.settings.production"}
    env.update(SECRET_KEY="a-long-random-production-key-0123456789abcdef", **environment)
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); from django.conf import settings; print({expression})"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_admins_come_from_the_environment():
    admins = _production_setting("settings.ADMINS", ADMINS="Jane Doe <jane@example.org>, ops@example.org")

    assert admins == "[('Jane Doe', 'jane@example.org'), ('ops@example.org', 'ops@example.org')]"


def test_production_logs_json_and_reports_to_sentry_only_with_a_dsn():
    assert _production_setting("settings.LOG_FORMAT, settings.SENTRY_ENABLED") == "json False"
    enabled = _production_setting(
        "settings.SENTRY_ENABLED", SENTRY_DSN="http://public@127.0.0.1:9/1", SENTRY_ENVIRONMENT="test"
    )
    assert enabled == "True"


@pytest.mark.django_db
def test_a_server_error_is_mailed_to_the_admins(client, settings, home, monkeypatch):
    settings.ADMINS = [("Ops", "ops@example.org")]
    monkeypatch.setattr("ops.views.run_checks", lambda: 1 / 0)
    client.raise_request_exception = False

    response = client.get("/readyz")

    assert response.status_code == 500
    assert [message.to for message in mail.outbox] == [["ops@example.org"]]
    assert "ZeroDivisionError" in mail.outbox[0].body


@pytest.mark.django_db
def test_the_scheduler_publishes_what_is_due_and_keeps_going(home):
    page = factories.create_standard_page(home, title="Workshop report", slug="workshop-report", publish=False)
    revision = page.save_revision()
    page.go_live_at = timezone.now() - datetime.timedelta(minutes=5)
    revision.content["go_live_at"] = page.go_live_at.isoformat()
    revision.approved_go_live_at = page.go_live_at
    revision.save()
    page.refresh_from_db()
    assert not page.live

    output = io.StringIO()
    call_command("run_schedule", "--once", stdout=output, stderr=output)

    page.refresh_from_db()
    assert page.live
    assert "failed" not in output.getvalue()
