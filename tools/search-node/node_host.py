"""What the search node needs from the machine: free loopback ports, and, when we are root, an unprivileged user
to run as (Elasticsearch refuses root) with a copy of the server that user can read. Plain Python, no Django."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

LOOPBACK = "127.0.0.1"
DEFAULT_USER = "searchengine"
_USERADD = ("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((LOOPBACK, port))
        except OSError:
            return False
        return True


def unprivileged_user() -> tuple[int, int] | None:
    """(uid, gid) to run the node as, or None to run it as ourselves (we are not root)."""
    if os.geteuid() != 0:
        return None
    name = os.environ.get("SEARCH_ENGINE_USER", DEFAULT_USER)
    for attempt in range(2):
        try:
            pw = pwd.getpwnam(name)
            return pw.pw_uid, pw.pw_gid
        except KeyError:
            if attempt == 0 and shutil.which("useradd"):
                # A concurrent run may create it first: the loop just looks it up again.
                subprocess.run([*_USERADD, name], stdin=subprocess.DEVNULL, capture_output=True)
    pw = pwd.getpwnam("nobody")
    return pw.pw_uid, pw.pw_gid


def home_readable_by(es_home: str, run_as: tuple[int, int] | None, version: str) -> str:
    """The server home, or (root only) a world-readable copy of it in the temp dir when the checkout sits
    somewhere the unprivileged user cannot enter (e.g. under /root, mode 0700)."""
    if run_as is None:
        return es_home
    jar = f"{es_home}/lib/elasticsearch-{version}.jar"
    probe = subprocess.run(
        ["test", "-r", jar], user=run_as[0], group=run_as[1], extra_groups=[], stdin=subprocess.DEVNULL
    )
    if probe.returncode == 0:
        return es_home
    signature = (Path(es_home) / ".search-engine-ready").read_text().split()[-1][:16]
    copy = Path(tempfile.gettempdir()) / f"search-engine-{version}-{signature}"
    if not (copy / ".search-engine-ready").exists():
        staging = Path(tempfile.mkdtemp(prefix=copy.name + ".", dir=copy.parent))
        shutil.copytree(es_home, staging / "home", symlinks=True)
        os.chmod(staging, 0o755)
        with contextlib.suppress(OSError):  # a concurrent run made it first
            os.rename(staging / "home", copy)
        shutil.rmtree(staging, ignore_errors=True)
    return str(copy)


def chown_tree(path: Path, uid: int, gid: int) -> None:
    os.chown(path, uid, gid)
    for root, dirs, files in os.walk(path):
        for name in dirs + files:
            os.chown(os.path.join(root, name), uid, gid, follow_symlinks=False)
