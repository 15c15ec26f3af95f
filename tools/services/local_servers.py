"""Throwaway servers on loopback for the operations tests and the fault benchmark: an S3-compatible server (moto),
Redis and PostgreSQL. Plain Python (no Django import); on the path as tools/search-node is (pytest's pythonpath,
sys.path in bench/).

Each starts from what the project installs (moto from requirements-test.txt; redis-server and PostgreSQL from
Debian, see tests/ops/install-deps.sh), listens on a free 127.0.0.1 port, keeps its files in a temporary
directory, and is stopped by whoever started it (the fixtures in tests/ops/conftest.py, bench/faults.py). Outside CI
a fixture skips with advice when a binary is missing; with CI=true it fails instead. `stop()` then `start()` keeps
the port (and PostgreSQL its data); `freeze()`/`thaw()` (SIGSTOP/SIGCONT) leave it listening but silent.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LOOPBACK = "127.0.0.1"
POSTGRES_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
UNPRIVILEGED_USER = "nobody"


class Unavailable(RuntimeError):
    """The server's program is not installed here."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        with socket.socket() as sock:
            sock.settimeout(0.5)
            if sock.connect_ex((LOOPBACK, port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"{process.args[0]} did not listen on {port} within {timeout}s")


class _Server:
    port: int
    process: subprocess.Popen | None = None

    def _command(self) -> list[str]:
        raise NotImplementedError

    def start(self) -> _Server:
        self.process = subprocess.Popen(
            self._command(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        wait_for_port(self.port, self.process)
        return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.thaw()  # a frozen server would hold SIGTERM until the kill below
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def freeze(self) -> None:
        """SIGSTOP: connections are accepted by the kernel, nothing answers."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)


class S3Server(_Server):
    """moto's standalone server: the S3 API over HTTP, in memory; a restart starts empty."""

    def __init__(self):
        self.port = free_port()
        self.url = f"http://{LOOPBACK}:{self.port}"

    def _command(self):
        moto = Path(sys.executable).with_name("moto_server")
        if not moto.exists():
            raise Unavailable("moto_server is missing: pip install -r requirements-test.txt")
        return [str(moto), "-H", LOOPBACK, "-p", str(self.port)]


class RedisServer(_Server):
    def __init__(self):
        self.port = free_port()
        self.url = f"redis://{LOOPBACK}:{self.port}/0"

    def _command(self):
        binary = shutil.which("redis-server")
        if not binary:
            raise Unavailable("redis-server is missing: sh tests/ops/install-deps.sh (apt-get install redis-server)")
        return [binary, "--bind", LOOPBACK, "--port", str(self.port), "--save", "", "--appendonly", "no"]


def _as_unprivileged():
    """PostgreSQL refuses to run as root: when we are root, its programs run as "nobody"."""
    if os.geteuid() != 0:
        return {}
    user = pwd.getpwnam(UNPRIVILEGED_USER)
    return {"user": user.pw_uid, "group": user.pw_gid}


class PostgresServer(_Server):
    """A cluster made by initdb in a temporary directory, trust authentication on loopback only."""

    def __init__(self):
        if not POSTGRES_BIN_DIRS:
            raise Unavailable("PostgreSQL is missing: sh tests/ops/install-deps.sh (apt-get install postgresql)")
        self.bin = POSTGRES_BIN_DIRS[0]
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="caucus-ops-pg-"))
        self.data = self.root / "data"
        self.user = "caucus"
        os.chmod(self.root, 0o777)
        subprocess.run(
            [self.bin / "initdb", "-D", self.data, "-U", self.user, "--auth=trust", "-E", "UTF8", "--no-sync"],
            check=True,
            capture_output=True,
            **_as_unprivileged(),
        )

    def url(self, database: str) -> str:
        return f"postgres://{self.user}@{LOOPBACK}:{self.port}/{database}"

    def start(self) -> PostgresServer:
        self.process = subprocess.Popen(
            [
                self.bin / "postgres",
                "-D", self.data,
                "-h", LOOPBACK,
                "-p", str(self.port),
                "-k", self.root,
                "-c", "fsync=off",
                "-c", "full_page_writes=off",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            **_as_unprivileged(),
        )  # fmt: skip
        wait_for_port(self.port, self.process)
        self.psql("postgres", "SELECT 1")  # accepting connections, not only listening
        return self

    def psql(self, database: str, sql: str) -> str:
        for _attempt in range(50):
            result = subprocess.run(
                [self.bin / "psql", "-h", LOOPBACK, "-p", str(self.port), "-U", self.user, "-d", database,
                 "-XAtqc", sql],
                capture_output=True,
                text=True,
            )  # fmt: skip
            if result.returncode == 0:
                return result.stdout
            if "starting up" not in result.stderr and "not yet accepting" not in result.stderr:
                raise RuntimeError(result.stderr)
            time.sleep(0.1)
        raise RuntimeError(result.stderr)

    def stop(self) -> None:
        """A fast shutdown (SIGINT): open connections are closed, so nothing waits for the site's workers."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            self.process.wait(30)
        self.process = None

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new database (a copy of ``template`` if given: nobody may be connected to that one); its URL."""
        copying = f' TEMPLATE "{template}"' if template else ""
        self.psql("postgres", f'CREATE DATABASE "{name}"{copying}')
        return self.url(name)

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
