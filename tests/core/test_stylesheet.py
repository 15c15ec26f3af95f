"""Browsers load one stylesheet, css/main.css, inlined from the parts css/site.css lists."""

import re
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command

from core.staticfiles import bundle_text

SITE_CSS = Path(settings.BASE_DIR) / "site" / "static" / "css" / "site.css"


def _parts():
    return re.findall(r'^@import url\("([^"]+)"\);', SITE_CSS.read_text(), re.M)


def test_every_part_exists_and_is_listed_once():
    parts = _parts()
    assert len(parts) == len(set(parts)) >= 10
    on_disk = {path.relative_to(SITE_CSS.parent).as_posix() for path in SITE_CSS.parent.rglob("*.css")}
    assert on_disk - {"site.css"} == set(parts), "a stylesheet that site.css does not import is never served"


def test_the_served_stylesheet_inlines_every_part_in_order():
    text = Path(finders.find("css/main.css")).read_text()
    assert "@import" not in text
    positions = [text.index((SITE_CSS.parent / part).read_text().strip()[:200]) for part in _parts()]
    assert positions == sorted(positions)
    # The rules editors look for are there: tokens first, print last.
    assert text.index("--color-primary") < text.index(".site-header") < text.index("@media print")


def test_the_page_links_the_served_stylesheet(client, home):
    response = client.get(home.url)
    assert 'href="/static/css/main.css"' in response.content.decode()
    assert client.get("/static/css/main.css").status_code == 200


def test_collectstatic_writes_the_bundle(tmp_path, settings):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    assert (tmp_path / "css" / "main.css").read_text() == bundle_text(SITE_CSS)
