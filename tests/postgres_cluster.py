"""A throwaway PostgreSQL cluster on loopback, for running the test suite on PostgreSQL.

Plain Python (no Django import), like tests/search_node.py: the test setup starts it before Django connects.

    cluster = PostgresCluster().start()   # initdb in a temp dir, pg_ctl start on a free 127.0.0.1 port
    cluster.settings()                    # {"ENGINE": ..., "HOST": ..., "PORT": ..., "USER": ..., "NAME": ...}
    cluster.stop()                        # pg_ctl stop -m fast, and the temp dir is removed

The binaries are Debian's (`postgresql` package: /usr/lib/postgresql/<version>/bin, the newest one found), or
those in TEST_POSTGRES_BIN, or initdb on PATH; `make test` installs the package when it is missing
(tests/postgres-install-deps.sh). PostgreSQL refuses to run as root: when this process is root, the cluster runs
as TEST_POSTGRES_USER (default "postgres", which Debian's package creates; created with useradd if missing).
Durability is switched off (fsync, synchronous_commit, full_page_writes): the data dies with the run anyway.

Run by hand:  python tests/postgres_cluster.py   (starts a cluster, prints its URL, stops on Ctrl-C)
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

LOOPBACK = "127.0.0.1"
SUPERUSER = "caucus"
DEFAULT_OS_USER = "postgres"
_USERADD = ("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin")
INSTALL_HINT = "install Debian's PostgreSQL (as root: sh tests/postgres-install-deps.sh, or apt-get install postgresql)"
# Settings for a cluster whose data is thrown away: no durability, little memory, loopback only.
SERVER_OPTIONS = {
    "listen_addresses": LOOPBACK,
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "60",
    "shared_buffers": "64MB",
}


def find_bindir() -> str | None:
    """The directory holding initdb and pg_ctl: TEST_POSTGRES_BIN, Debian's newest version, or PATH's."""
    explicit = os.environ.get("TEST_POSTGRES_BIN")
    if explicit:
        return explicit if Path(explicit, "initdb").exists() else None
    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if debian:
        return str(Path(debian[-1]).parent)
    on_path = shutil.which("initdb")
    return str(Path(on_path).parent) if on_path else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def _unprivileged_user() -> pwd.struct_passwd | None:
    """The account to run the server as, or None to run it as ourselves (we are not root)."""
    if os.geteuid() != 0:
        return None
    name = os.environ.get("TEST_POSTGRES_USER", DEFAULT_OS_USER)
    with contextlib.suppress(KeyError):
        return pwd.getpwnam(name)
    if shutil.which("useradd"):
        subprocess.run([*_USERADD, name], stdin=subprocess.DEVNULL, capture_output=True)
    return pwd.getpwnam(name)


class PostgresCluster:
    """One PostgreSQL server (initdb + pg_ctl) in a temporary directory, on 127.0.0.1 and a free port."""

    def __init__(self, bindir: str | None = None, startup_timeout: float = 60.0):
        self.bindir = bindir or find_bindir()
        self.startup_timeout = startup_timeout
        self.port: int | None = None
        self.workdir: Path | None = None
        self._run_as = None
        atexit.register(self._atexit)

    @property
    def datadir(self) -> Path:
        return self.workdir / "data"

    @property
    def url(self) -> str:
        return f"postgres://{SUPERUSER}@{LOOPBACK}:{self.port}/postgres"

    def settings(self, name: str = "caucus") -> dict:
        """A Django DATABASES entry for this cluster (the test runner creates test_<name> itself)."""
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": SUPERUSER,
            "PASSWORD": "",
            "HOST": LOOPBACK,
            "PORT": str(self.port),
        }

    def start(self) -> PostgresCluster:
        if self.bindir is None:
            raise RuntimeError(f"PostgreSQL's initdb was not found: {INSTALL_HINT}, or set TEST_POSTGRES_BIN.")
        self._run_as = _unprivileged_user()
        self.workdir = Path(tempfile.mkdtemp(prefix="caucus-postgres-"))
        if self._run_as is not None:
            os.chown(self.workdir, self._run_as.pw_uid, self._run_as.pw_gid)
        self._run(
            "initdb",
            "--pgdata",
            str(self.datadir),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--locale",
            "C.UTF-8",
            "--no-sync",
        )
        self.port = _free_port()
        options = {**SERVER_OPTIONS, "port": str(self.port), "unix_socket_directories": str(self.workdir)}
        self._run(
            "pg_ctl",
            "start",
            "--pgdata",
            str(self.datadir),
            "--log",
            str(self.workdir / "server.log"),
            "--wait",
            "--timeout",
            str(int(self.startup_timeout)),
            "--options",
            " ".join(f"-c {key}={value}" for key, value in options.items()),
        )
        return self

    def stop(self) -> None:
        """Stop the server (fast shutdown) and remove its directory."""
        if self.workdir is None:
            return
        if (self.datadir / "postmaster.pid").exists():
            with contextlib.suppress(RuntimeError):
                self._run("pg_ctl", "stop", "--pgdata", str(self.datadir), "--mode", "fast", "--wait")
        shutil.rmtree(self.workdir, ignore_errors=True)
        self.workdir = None

    def log_tail(self, lines: int = 40) -> str:
        with contextlib.suppress(OSError, TypeError):
            return "\n".join((self.workdir / "server.log").read_text(errors="replace").splitlines()[-lines:])
        return ""

    def _run(self, program: str, *args: str) -> None:
        user = {}
        if self._run_as is not None:
            user = {"user": self._run_as.pw_uid, "group": self._run_as.pw_gid, "extra_groups": []}
        proc = subprocess.run(
            [str(Path(self.bindir) / program), *args],
            cwd=self.workdir,
            env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC"},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            **user,
        )
        if proc.returncode != 0:
            raise RuntimeError(
                f"{program} {args[0]} failed (exit {proc.returncode}):\n{proc.stderr.strip()}\n{self.log_tail()}"
            )

    def _atexit(self) -> None:
        with contextlib.suppress(Exception):
            self.stop()


if __name__ == "__main__":
    cluster = PostgresCluster()
    began = time.monotonic()
    cluster.start()
    print(f"{cluster.url}  (up in {time.monotonic() - began:.1f}s, dir {cluster.workdir}); Ctrl-C stops it")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        cluster.stop()
