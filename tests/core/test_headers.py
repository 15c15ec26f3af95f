"""Security headers: a strict Content-Security-Policy on the public site (so no page may carry inline script or
style), the admin's allowances under /admin/ only, Permissions-Policy, and HTTPS enforced by the production settings."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent.parent
PRODUCTION_KEY = "a-long-random-production-key-0123456789abcdef-0123456789"


def directives(response, header="Content-Security-Policy"):
    policy = {}
    for part in response[header].split(";"):
        name, *values = part.split()
        policy[name] = values
    return policy


@pytest.fixture
def pages(home, programmes):
    region = factories.create_region_page(programmes, title="East Africa")
    factories.create_plan(region, title="Open plan", country="KE")
    factories.create_training_index(programmes)
    factories.create_event_calendar(programmes)
    book = factories.create_sourcebook(home, title="Sourcebook", slug="sourcebook")
    factories.create_chapter(book, title="First chapter")
    factories.create_form_page(
        home, [{"label": "Message", "field_type": "multiline", "required": True}], title="Contact"
    )
    return [
        "/en/",
        "/en/programmes/",
        "/en/programmes/east-africa/",
        "/en/programmes/countries/KE/",
        "/en/programmes/training/",
        "/en/programmes/events/",
        "/en/sourcebook/",
        "/en/sourcebook/first-chapter/",
        "/en/contact/",
        "/en/search/?q=plan",
        "/en/no-such-page/",
    ]


def test_public_pages_have_a_strict_policy(client, pages):
    policy = directives(client.get("/en/"))

    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "https://www.youtube-nocookie.com" in policy["frame-src"]


def inline_code(html):
    """Inline scripts, <style> elements and style or on* attributes: what a policy without 'unsafe-inline' blocks."""
    soup = BeautifulSoup(html if isinstance(html, str) else html.content.decode(), "html.parser")
    scripts = [tag for tag in soup.find_all("script") if not tag.get("src") and "json" not in tag.get("type", "")]
    found = [str(tag)[:80] for tag in scripts]
    found += [str(tag)[:80] for tag in soup.find_all("style")]
    for tag in soup.find_all(True):
        found += [f"{tag.name}[{name}]" for name in tag.attrs if name == "style" or name.startswith("on")]
    return found


def test_no_public_page_carries_inline_script_or_style(client, pages):
    for url in pages:
        response = client.get(url)
        assert response.status_code in {200, 404}, url
        assert "Content-Security-Policy" in response, url
        assert inline_code(response) == [], url


def test_the_error_pages_carry_no_inline_script_or_style(client, home):
    assert inline_code(render_to_string("500.html")) == []
    assert inline_code(render_to_string("503.html")) == []
    assert inline_code(render_to_string("lockout.html")) == []


def test_the_admin_has_its_allowances_and_only_there(admin_client, pages):
    admin = directives(admin_client.get(reverse("wagtailadmin_home")))
    login = directives(admin_client.get(reverse("wagtailadmin_login")))
    public = directives(admin_client.get("/en/"))

    assert "'unsafe-inline'" in admin["script-src"] and "'unsafe-inline'" in admin["style-src"]
    assert "'unsafe-inline'" in login["script-src"]
    assert admin["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in public["script-src"], "signed-in editors browse the site under the strict policy"


def test_the_admin_page_editor_loads_under_its_policy(admin_client, home, pages):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[home.pk]))

    assert response.status_code == 200
    assert "Content-Security-Policy" in response


def test_permissions_policy_turns_off_device_features(client, pages):
    policy = dict(
        (part.split("=", 1) + [""])[:2]
        for part in (item.strip() for item in client.get("/en/")["Permissions-Policy"].split(","))
    )

    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert policy[feature] == "()"
    assert policy["fullscreen"].startswith("(self")


# --- Production settings ---------------------------------------------------------------------------------------------

TRANSPORT_SETTINGS = [
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_REDIRECT_EXEMPT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
]


def production_environment():
    env = {key: value for key, value in os.environ.items() if key not in {"DJANGO_SETTINGS_MODULE", "SECURE_COOKIES"}}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY=PRODUCTION_KEY)
    return env


def run_with_production_settings(*arguments):
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=ROOT,
        env=production_environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def production(settings):
    """The test settings with production's transport security applied (read from a process that loads them)."""
    script = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {TRANSPORT_SETTINGS!r}}}))"
    )
    result = run_with_production_settings("-c", script)
    assert result.returncode == 0, result.stderr
    for name, value in json.loads(result.stdout).items():
        setattr(settings, name, tuple(value) if name == "SECURE_PROXY_SSL_HEADER" else value)
    return settings


def test_production_redirects_plain_http_to_https(client, pages, production):
    response = client.get("/en/")

    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/"


def test_production_trusts_the_proxys_https_header_and_sends_hsts(client, pages, production):
    response = client.get("/en/", headers={"x-forwarded-proto": "https"})

    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "Content-Security-Policy" in response


def test_deploy_checks_are_clean_with_the_production_settings():
    result = run_with_production_settings("manage.py", "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (1 silenced)." in result.stdout
