"""A real, throwaway redis-server (Debian's) on loopback, for the tests of what the site does when Redis fails.

    server = RedisServer().start()   # a free port, no persistence, its own temporary directory
    server.url                       # redis://127.0.0.1:<port>/0
    server.stop(); server.start()    # same port, empty again
    server.freeze(); server.thaw()   # SIGSTOP / SIGCONT: connections open, nothing answers
    server.close()                   # stop and remove the directory (also at exit)

The binary comes from tools/services/install-redis.sh (`make test` runs it). Without it the tests skip, saying so,
except in CI (CI=true), where they fail.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time

LOOPBACK = "127.0.0.1"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes", "on"}


def redis_binary() -> str | None:
    return shutil.which("redis-server")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection((LOOPBACK, port), timeout=0.5) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    def __init__(self, binary: str | None = None):
        self.binary = binary or redis_binary()
        if not self.binary:
            raise FileNotFoundError("redis-server is not installed (tools/services/install-redis.sh installs it)")
        self.port = _free_port()
        self.workdir = tempfile.mkdtemp(prefix="caucus-redis-")
        self.process: subprocess.Popen | None = None
        atexit.register(self.close)

    @property
    def url(self) -> str:
        return f"redis://{LOOPBACK}:{self.port}/0"

    def start(self, timeout: float = 10.0) -> RedisServer:
        command = [
            self.binary,
            "--bind", LOOPBACK,
            "--port", str(self.port),
            "--save", "",
            "--appendonly", "no",
            "--dir", self.workdir,
            "--logfile", os.path.join(self.workdir, "redis.log"),
        ]  # fmt: skip
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while not _answers_ping(self.port):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"redis-server did not start on port {self.port}: see {self.workdir}/redis.log")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        if self.process is None:
            return
        self.thaw()
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def freeze(self) -> None:
        os.kill(self.process.pid, signal.SIGSTOP)

    def thaw(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGCONT)

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.workdir, ignore_errors=True)
