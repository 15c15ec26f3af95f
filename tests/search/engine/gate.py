"""A gate in front of the test node: the engine unreachable, as the site sees a stopped node, without stopping it.

Closed, nothing listens on the gate's port, so every connection is refused, and the connections it carried are cut
(what a stopped node does to its clients); opened again, on the same port, it forwards to the node, which kept its
indices all along. Stopping and restarting the node itself costs a JVM boot each time (about 10 s of CPU on these
machines); the real restart is exercised by tests/ops/test_production_stack.py.
"""

import contextlib
import socket
import threading

LOOPBACK = "127.0.0.1"
CHUNK = 65536


class Gate:
    """A TCP forwarder on loopback to `upstream` (host, port), with a port of its own kept across close/open."""

    def __init__(self, upstream):
        self.upstream = upstream
        self.port = None
        self._listener = None
        self._sockets = set()
        self._lock = threading.Lock()

    @property
    def url(self):
        return f"http://{LOOPBACK}:{self.port}"

    @property
    def is_open(self):
        return self._listener is not None

    def open(self):
        if self.is_open:
            return self
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # the same port again, whatever TIME_WAIT holds
        listener.bind((LOOPBACK, self.port or 0))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True, name="engine-gate").start()
        return self

    def close(self):
        """Refuse new connections and cut the open ones."""
        listener, self._listener = self._listener, None
        if listener is None:
            return
        with contextlib.suppress(OSError):
            listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        listener.close()
        with self._lock:
            cut, self._sockets = self._sockets, set()
        for sock in cut:
            _shut(sock)

    @contextlib.contextmanager
    def closed(self):
        self.close()
        try:
            yield
        finally:
            self.open()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:  # closed
                return
            try:
                server = socket.create_connection(self.upstream)
            except OSError:
                client.close()
                continue
            with self._lock:
                if self._listener is not listener:  # closed meanwhile
                    _shut(client)
                    _shut(server)
                    return
                self._sockets |= {client, server}
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True, name="engine-gate").start()

    def _pump(self, source, target):
        try:
            while data := source.recv(CHUNK):
                target.sendall(data)
        except OSError:
            pass
        for sock in (source, target):
            _shut(sock)
        with self._lock:
            self._sockets -= {source, target}


def _shut(sock):
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
