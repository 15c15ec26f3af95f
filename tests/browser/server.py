"""The site on loopback for the browser, answering from the test's own database connection.

pytest-django's ``live_server`` needs ``transactional_db``, which empties the database after every test: the demo
site would have to be built again for each one. This server instead shares the connection that holds the seeded
(never committed) demo site, like Django's live server does for in-memory SQLite, and works with any database:
Django answers one request at a time, and nothing closes the connection between requests.
"""

import threading
from contextlib import contextmanager

from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.handlers.wsgi import WSGIHandler
from django.core.servers.basehttp import ThreadedWSGIServer
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connections
from django.test.testcases import LiveServerThread, QuietWSGIRequestHandler, _MediaFilesHandler


class _OneRequestAtATime:
    """Django's part of the server: requests take turns with the one shared connection (files don't need it)."""

    def __init__(self, application):
        self.application = application
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        with self.lock:
            return self.application(environ, start_response)


class _SharedConnectionServer(ThreadedWSGIServer):
    def _close_connections(self):
        """Keep the shared connection, and the transaction with the demo site in it, open after a request."""


class _ServerThread(LiveServerThread):
    server_class = _SharedConnectionServer

    def __init__(self, *args, static_by_django=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.static_by_django = static_by_django

    def run(self):
        for alias, connection in self.connections_override.items():
            connections[alias] = connection
        try:
            handler = _MediaFilesHandler(_OneRequestAtATime(WSGIHandler()))
            if self.static_by_django:
                handler = StaticFilesHandler(handler)
            self.httpd = self.server_class(
                (self.host, self.port),
                QuietWSGIRequestHandler,
                allow_reuse_address=False,
                connections_override=self.connections_override,
            )
            self.port = self.httpd.server_address[1]
            self.httpd.set_app(handler)
            self.is_ready.set()
            self.httpd.serve_forever()
        except Exception as error:  # Reported to the test by serve_site().
            self.error = error
            self.is_ready.set()


_serving = []  # one entry per server running: Django's connection closing comes back when the last one stops


@contextmanager
def serve_site(host="127.0.0.1", static_by_django=True):
    """Serve the site on ``host`` (a free port) from this thread's connections; yields the base URL.

    Static files come from Django's development handler (the source folders, uncompressed), or, with
    `static_by_django=False`, from the site's own middleware as in production (whitenoise and STATIC_ROOT).
    """
    shared = {connection.alias: connection for connection in connections.all()}
    for connection in shared.values():
        connection.inc_thread_sharing()
    # Django closes a connection it finds inside a transaction when a request starts or ends.
    if not _serving:
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
    _serving.append(host)
    thread = _ServerThread(
        host, static_handler=StaticFilesHandler, connections_override=shared, static_by_django=static_by_django
    )
    thread.daemon = True
    try:
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        yield f"http://{host}:{thread.port}"
    finally:
        thread.terminate()
        _serving.pop()
        if not _serving:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)
        for connection in shared.values():
            connection.dec_thread_sharing()
