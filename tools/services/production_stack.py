"""The production shape in processes of its own: gunicorn with config.settings.production on PostgreSQL, Redis,
an S3-compatible bucket (moto) and, when engine tests are on, an Elasticsearch node, all on loopback.

Commands run exactly as the Docker image runs them: through config/docker-entrypoint.sh, with gunicorn.conf.py.
"""

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from local_servers import LOOPBACK, free_port, wait_for_port

ROOT = Path(__file__).resolve().parent.parent.parent
ENTRYPOINT = ROOT / "config" / "docker-entrypoint.sh"
BUCKET = "caucus-media"


def scratch_folder(prefix):
    """A temporary folder removed when this process (the test run, the benchmark) exits."""
    folder = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def production_environment(database_url, redis_url="", s3_url="", engine_url="", **extra):
    """What compose gives the web container, pointed at throwaway servers; the venv's programs on PATH."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "AWS_", "ELASTICSEARCH_", "REDIS_", "SENTRY_"))
    }
    environment.update(
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{environment.get('PATH', '')}",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="ops-tests-production-key-0123456789abcdefghijklmnopqrstuvwxyz",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        STATIC_ROOT=str(ROOT / "build" / "static"),
        MEDIA_ROOT=extra.get("MEDIA_ROOT") or scratch_folder("caucus-ops-media-"),
        PAGE_CACHE_DIR=extra.get("PAGE_CACHE_DIR") or scratch_folder("caucus-ops-pagecache-"),
        READINESS_TIMEOUT="2",
    )
    if redis_url:
        environment["REDIS_URL"] = redis_url
    if s3_url:
        environment.update(
            AWS_STORAGE_BUCKET_NAME=BUCKET,
            AWS_S3_ENDPOINT_URL=s3_url,
            AWS_S3_REGION_NAME="us-east-1",
            AWS_ACCESS_KEY_ID="ops-tests",
            AWS_SECRET_ACCESS_KEY="ops-tests-secret",
        )
    if engine_url:
        environment.update(ELASTICSEARCH_URL=engine_url, ELASTICSEARCH_INDEX_PREFIX="opsstack_")
    environment.update(extra)
    return environment


def entrypoint(*command, env, timeout=900):
    """The image's entrypoint with a command, as compose runs it; fails with its output."""
    result = subprocess.run(
        ["sh", str(ENTRYPOINT), *command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(command)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result


class Gunicorn:
    """gunicorn -c gunicorn.conf.py config.wsgi:application, through the entrypoint, on a free loopback port."""

    def __init__(self, env, workers=2):
        self.port = free_port()
        self.env = {**env, "GUNICORN_BIND": f"{LOOPBACK}:{self.port}", "GUNICORN_WORKERS": str(workers)}
        self.log = tempfile.NamedTemporaryFile(prefix="caucus-gunicorn-", suffix=".log", delete=False)  # noqa: SIM115
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["sh", str(ENTRYPOINT), "gunicorn", "-c", "gunicorn.conf.py", "config.wsgi:application"],
            cwd=ROOT,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_for_port(self.port, self.process, timeout=60)
        # The master listens before its workers have loaded Django: wait until one answers.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if self.get("/healthz", timeout=5)[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"gunicorn did not answer /healthz within 120 s:\n{self.output()}")

    def output(self):
        return Path(self.log.name).read_text(errors="replace")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(30)
        Path(self.log.name).unlink(missing_ok=True)

    def get(self, path, headers=None, timeout=15):
        """(status, headers, body) without raising for 4xx/5xx; as if through the HTTPS proxy."""
        request = urllib.request.Request(
            f"http://{LOOPBACK}:{self.port}{path}", headers={"X-Forwarded-Proto": "https", **(headers or {})}
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def readiness(self):
        status, _headers, body = self.get("/readyz")
        return status, json.loads(body)

    def wait_for_readiness(self, predicate, timeout=30):
        """Poll /readyz until predicate(status, report) holds; returns the last answer."""
        deadline = time.monotonic() + timeout
        while True:
            status, report = self.readiness()
            if predicate(status, report) or time.monotonic() > deadline:
                return status, report
            time.sleep(0.5)
