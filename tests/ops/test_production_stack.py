"""The site as production runs it (gunicorn, DEBUG off, PostgreSQL, Redis, media in an S3 bucket): media answers,
and /readyz reports each component, flipping its entry and the HTTP status when that component stops, while the
process keeps serving.
"""

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from local_servers import RedisServer, S3Server
from production_stack import ROOT, Gunicorn, entrypoint, production_environment

from tests.collected_static import collected_static
from tests.engine_node import ready

BIN = Path(sys.executable).parent
BUILD_CONTENT = "from tests.ops.content import build; build()"


@pytest.fixture(scope="module")
def stack(launched_node, postgres_server, first_started):
    # The run's node (tests/engine_node.py), shared with the engine tests and launched first, so that it boots while the
    # first-started site is made; the stack's own index prefix keeps its indices apart from theirs. None when engine
    # tests are off; a node that could not launch fails here, with the reason.
    node = launched_node
    if isinstance(node, Exception):
        ready(node)
    redis, s3 = RedisServer().start(), S3Server().start()
    env = production_environment(
        # A copy of the run's first-started site (tests/first_started.py): `bootstrap` below finds it migrated.
        first_started.postgres_database("production_stack"),
        redis_url=redis.url,
        s3_url=s3.url,
        engine_url=node.url if node else "",
        # collectstatic's output, as the image's build leaves it (made once: tests/collected_static.py).
        STATIC_ROOT=str(collected_static()),
    )
    site = None
    try:
        if node:
            ready(node)
        # init's command (test_compose.py), without --seed: seed_demo is tested on its own below.
        entrypoint("python", "manage.py", "bootstrap", "--admin", env={**env, "ADMIN_PASSWORD": "an-admin-pw-4-tests"})
        built = entrypoint("python", "manage.py", "shell", "-c", BUILD_CONTENT, env=env)
        urls = json.loads(built.stdout.strip().splitlines()[-1])
        site = Gunicorn(env).start()
        yield site, urls, {"cache": redis, "storage": s3, "search": node}
    finally:
        if site:
            site.stop()
        redis.stop()
        s3.stop()


def test_liveness_answers_without_asking_anything(stack):
    site, _urls, _servers = stack

    status, headers, body = site.get("/healthz")

    assert (status, body) == (200, b"ok\n")
    assert headers["X-Request-ID"]


def test_readiness_reports_every_component_with_timings(stack):
    site, _urls, servers = stack

    status, report = site.readiness()

    assert status == 200, report
    assert report["status"] == "ok"
    assert set(report["components"]) == {"database", "cache", "search", "storage"}
    for entry in report["components"].values():
        assert entry["ok"] is True
        assert entry["ms"] >= 0
    assert report["components"]["database"]["detail"] == "postgresql"
    assert report["components"]["cache"]["detail"] == "RedisCache"
    assert report["components"]["storage"]["detail"] == "MediaStorage"
    expected_search = "cluster" if servers["search"] else "database backend"
    assert report["components"]["search"]["detail"].startswith(expected_search)


def test_images_and_renditions_come_from_the_bucket(stack):
    site, urls, _servers = stack

    for url in (urls["image"], urls["rendition"]):
        assert url.startswith("/media/")
        status, headers, body = site.get(url)
        assert status == 200, url
        assert headers["Content-Type"] == "image/png"
        assert body.startswith(b"\x89PNG")
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert "max-age=" in headers["Cache-Control"]


def test_the_page_shows_and_documents_keep_their_headers(stack):
    site, urls, _servers = stack

    status, _headers, body = site.get(urls["page"])
    assert status == 200
    assert b"About the Caucus" in body

    status, headers, body = site.get(urls["document"])
    assert status == 200
    assert body.startswith(b"%PDF")
    # Wagtail's choice for a PDF (WAGTAILDOCS_INLINE_CONTENT_TYPES): shown in the browser, not sniffed.
    assert headers["Content-Disposition"].startswith("inline")
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_the_collected_stylesheet_is_linked_by_its_hash_and_served_compressed(stack):
    """The run's collectstatic (tests/collected_static.py) is what the image holds: the manifest names the file and
    whitenoise serves its brotli copy, cached for good."""
    site, urls, _servers = stack

    _status, _headers, page = site.get(urls["page"])
    linked = re.search(rb'href="(/static/css/main\.[0-9a-f]{12}\.css)"', page)
    assert linked, "the page links no hashed stylesheet: collectstatic's manifest was not found"
    status, headers, body = site.get(linked.group(1).decode(), headers={"Accept-Encoding": "br"})

    assert status == 200
    assert headers["Content-Encoding"] == "br"
    assert "immutable" in headers["Cache-Control"]
    assert body


def test_document_files_are_never_served_by_their_path(stack):
    """Wagtail's document view checks privacy; /media/documents/… would skip it."""
    site, urls, _servers = stack

    status, _headers, _body = site.get(f"/media/{urls['document_file']}")

    assert status == 404


@pytest.mark.parametrize("path", ["/media/../config/settings/base.py", "/media/%2e%2e/manage.py", "/media/nope.png"])
def test_media_paths_outside_or_missing_answer_404(stack, path):
    site, _urls, _servers = stack

    status, _headers, _body = site.get(path)

    assert status == 404


def _flips(site, component, stop, start):
    stop()
    try:
        status, report = site.wait_for_readiness(lambda status, report: status == 503)
        assert status == 503, report
        assert report["status"] == "unavailable"
        assert report["components"][component]["ok"] is False
        assert report["components"][component]["detail"]
        others = {name: entry["ok"] for name, entry in report["components"].items() if name != component}
        assert all(others.values()), report
        # The process keeps serving: liveness stays green and the page still answers.
        assert site.get("/healthz")[0] == 200
    finally:
        start()
    status, report = site.wait_for_readiness(lambda status, report: status == 200)
    assert status == 200, report
    # Every worker thread is back, not only the one that answered first.
    for _ in range(12):
        status, report = site.readiness()
        assert status == 200, report


def test_stopping_redis_flips_the_cache_entry(stack):
    site, _urls, servers = stack
    _flips(site, "cache", servers["cache"].stop, servers["cache"].start)


def test_stopping_postgresql_flips_the_database_entry(stack, postgres_server):
    site, _urls, _servers = stack
    _flips(site, "database", postgres_server.stop, postgres_server.start)


def test_without_postgresql_cached_pages_answer_and_the_rest_is_a_translated_503(stack, postgres_server):
    site, urls, _servers = stack
    for _ in range(2):  # the second answer comes from the page cache, in Redis
        assert site.get(urls["page"])[0] == 200

    postgres_server.stop()
    try:
        cached = site.get(urls["page"])
        french = site.get("/fr/about/")
        english = site.get("/en/a-page-nobody-cached/")
    finally:
        postgres_server.start()

    assert cached[0] == 200
    assert b"About the Caucus" in cached[2]
    for status, headers, _body in (french, english):
        assert status == 503
        assert headers["Retry-After"] == "30"
    assert "base de données".encode() in french[2]
    assert b"Traceback" not in french[2]
    assert b"cannot reach its database" in english[2]
    # Recovery without a restart: the next request reconnects.
    assert site.get("/en/a-page-nobody-cached/")[0] == 404


def test_stopping_the_engine_flips_the_search_entry(stack):
    site, _urls, servers = stack
    node = servers["search"]
    if node is None:
        pytest.skip("engine tests off: set SEARCH_ENGINE_TESTS=1 (or CI=true) to run the search component")
    _flips(site, "search", node.stop, lambda: (node.start(), node.wait_until_ready()))


def test_stopping_the_bucket_flips_the_storage_entry_and_media_answers_503(stack):
    site, urls, servers = stack
    s3 = servers["storage"]

    def restart_with_bucket():
        s3.start()  # moto keeps nothing across a restart: the bucket is made again, as bootstrap would
        entrypoint("python", "manage.py", "shell", "-c", "from ops.media_bucket import ensure_media_bucket as e; e()",
                   env=site.env)  # fmt: skip

    s3.stop()
    status, _headers, body = site.get(urls["image"])
    assert status == 503
    assert b"Traceback" not in body
    s3.start()
    s3.stop()
    _flips(site, "storage", lambda: None, restart_with_bucket)


# --- The README's "Running in production", followed up to where a Docker engine is needed ------------------------


def readme_production_steps():
    text = (ROOT / "README.md").read_text()
    section = text[text.index("<!-- production-steps") :]
    block = section[section.index("```sh\n") + 6 :]
    return [line for line in block[: block.index("```")].splitlines() if line.strip()]


def test_the_readmes_production_steps_are_followed(stack, tmp_path):
    site, _urls, _servers = stack
    for name in ("docker-compose.yml", ".env.example"):
        shutil.copy(ROOT / name, tmp_path / name)
    clean = {"PATH": f"{BIN}:/usr/bin:/bin", "HOME": str(tmp_path)}
    followed = []
    for line in readme_production_steps():
        words = shlex.split(line)
        if words[0] == "python3":  # the secrets, written to .env
            subprocess.run(line, shell=True, cwd=tmp_path, env=clean, check=True)  # noqa: S602 - the README's line
            secrets = dict(item.split("=", 1) for item in (tmp_path / ".env").read_text().splitlines())
            assert set(secrets) == {"SECRET_KEY", "POSTGRES_PASSWORD", "MEDIA_ACCESS_KEY", "MEDIA_SECRET_KEY"}
            assert all(len(value) >= 6 for value in secrets.values())
        elif words[:3] == ["docker", "compose", "config"]:
            result = subprocess.run(
                [BIN / "docker-compose", *words[2:]], cwd=tmp_path, env=clean, capture_output=True, text=True
            )
            assert result.returncode == 0 and not result.stderr.strip(), result.stderr
        elif words[:2] == ["docker", "compose"] and "up" in words:
            # Where Docker is needed. The stack stands in: the services run the commands compose resolves.
            resolved = subprocess.run(
                [BIN / "docker-compose", "--profile", "dev", "config"], cwd=tmp_path, env=clean, capture_output=True
            )
            services = yaml.safe_load(resolved.stdout)["services"]
            assert services["web"]["command"] == ["gunicorn", "-c", "gunicorn.conf.py", "config.wsgi:application"]
            assert services["init"]["command"][:3] == ["python", "manage.py", "bootstrap"]
        elif words[0] == "curl":
            path = urlsplit(words[-1]).path
            status, _headers, body = site.get(path)
            assert status == 200, (line, body)
        elif words[:4] == ["docker", "compose", "exec", "web"]:
            result = entrypoint(*words[4:], env={**site.env, "BACKUP_DIR": str(tmp_path / "backups")})
            assert result.returncode == 0
        else:
            pytest.fail(f"the test does not know how to follow this README line: {line}")
        followed.append(words[0])
    assert len(followed) == len(readme_production_steps())
    assert list((tmp_path / "backups").glob("caucus-*.tar.gz")), "the backup step wrote no archive"
