"""With SENTRY_DSN set, an unhandled error in a request reaches the Sentry server named there (here a small HTTP
server on loopback that stores what it receives), without the visitor's cookies."""

import gzip
import http.server
import json
import subprocess
import sys
import threading

import brotli
from production_stack import ROOT, production_environment

# A request whose page needs a database that cannot be opened: a real unhandled error, answered 503 (the database is
# away: ops.views.server_error) and reported all the same.
FAILING_REQUEST = """
import django, sentry_sdk
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
response = client.get("/en/", secure=True, HTTP_HOST="localhost", HTTP_COOKIE="secret=visitor")
sentry_sdk.flush(5)
print(response.status_code)
"""


class _Collector(http.server.BaseHTTPRequestHandler):
    received = []

    def do_POST(self):  # noqa: N802 - http.server's naming
        body = self.rfile.read(int(self.headers["Content-Length"]))
        encoding = self.headers.get("Content-Encoding")
        if encoding == "gzip":
            body = gzip.decompress(body)
        elif encoding == "br":  # the SDK prefers brotli when the module is there (weasyprint brings it)
            body = brotli.decompress(body)
        self.received.append((self.path, body.decode()))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_an_unhandled_error_is_reported_to_sentry(tmp_path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Collector)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        env = production_environment(
            f"sqlite:///{tmp_path / 'missing' / 'db.sqlite3'}",
            SENTRY_DSN=f"http://publickey@127.0.0.1:{server.server_port}/42",
            SENTRY_ENVIRONMENT="ops-tests",
        )
        result = subprocess.run(
            [sys.executable, "-c", FAILING_REQUEST], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )
    finally:
        server.shutdown()

    assert result.stdout.strip().splitlines()[-1] == "503", result.stderr
    events = [body for path, body in _Collector.received if path.startswith("/api/42/")]
    assert events, _Collector.received
    envelope = "\n".join(events)
    assert "OperationalError" in envelope
    assert '"environment":"ops-tests"' in envelope.replace(" ", "")
    assert "visitor" not in envelope
    json.loads(envelope.splitlines()[0])  # an envelope header: the SDK's own format, not our invention
