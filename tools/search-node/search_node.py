"""A real Elasticsearch node on loopback, for the search tests.

Plain Python (no Django import): the test setup starts it before configuring Django's search backend.

    node = SearchNode(keep_data=True).start()   # fetches the server on first use (tools/search-node/fetch.sh)
    node.start(wait=False); ...; node.wait_until_ready()   # boot in the background meanwhile
    settings = {"BACKEND": BACKEND, "URLS": [node.url], ...}
    node.stop(); node.start()                   # same port (and, with keep_data, same indices)
    node.kill()                                 # SIGKILL, to simulate a crash
    node.close()                                # stop and remove the temporary directory

The node listens on 127.0.0.1 only, on a free port picked once per SearchNode (kept across restarts so a
configured backend URL stays valid). Its config, data, logs and temp files live in a tempfile.mkdtemp()
directory. Elasticsearch refuses to run as root: when this process is root, the node runs as the
unprivileged user SEARCH_ENGINE_USER (node_host.py; default "searchengine", created with useradd if missing; falls back
to "nobody"), from a world-readable copy of the server in the temp dir if that user cannot enter the
checkout. Environment: SEARCH_ENGINE_JAVA_HOME (JDK 21+), SEARCH_NODE_STARTUP_TIMEOUT (seconds, default 90).
What the engine is and why: tools/search-node/NOTES.md.

Run by hand:  python tools/search-node/search_node.py   (starts a node, prints its URL, stops on Ctrl-C)
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from node_host import LOOPBACK, chown_tree, free_port, home_readable_by, port_is_free, unprivileged_user

FETCH_SCRIPT = Path(__file__).resolve().parent / "fetch.sh"

ES_VERSION = "9.5.3"  # keep in step with tools/search-node/pom.xml and tools/search-node/fetch.sh
BACKEND = "search.backends"  # the project's language-aware subclass of modelsearch.backends.elasticsearch9
ENGINE_DESCRIPTION = (
    f"Elasticsearch {ES_VERSION} (integ-test-zip from Maven Central + project-built "
    "search-engine-compat module standing in for analysis-common/rest-root)"
)

# C1-only JIT: about a third faster startup on this 2-core machine (e.g. 18-24 s instead of 31-38 s while
# other suites load it); it changes no search behaviour. Pass jvm_options=() for the stock JIT.
DEFAULT_JVM_OPTIONS = ("-XX:TieredStopAtLevel=1",)

_fetched: tuple[str, str] | None = None  # (server home, java home), once per process


def fetch_engine() -> tuple[str, str]:
    """Run tools/search-node/fetch.sh (a no-op once the server is there). Returns (server home, JDK home)."""
    global _fetched
    if _fetched is None:
        homes = []
        for args in ([], ["--java"]):
            proc = subprocess.run(
                ["bash", str(FETCH_SCRIPT), *args],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
            )
            if proc.returncode != 0:
                raise RuntimeError(
                    f"{FETCH_SCRIPT} {' '.join(args)} failed (exit {proc.returncode}):\n{proc.stderr.strip()}"
                )
            lines = proc.stdout.strip().splitlines()
            if not lines:
                raise RuntimeError(f"{FETCH_SCRIPT} {' '.join(args)} printed nothing")
            homes.append(lines[-1])
        _fetched = (homes[0], homes[1])
    return _fetched


class SearchNode:
    """One single-node Elasticsearch cluster on 127.0.0.1, as a subprocess."""

    def __init__(
        self,
        keep_data: bool = False,
        heap: str = "512m",
        startup_timeout: float | None = None,
        extra_settings: dict | None = None,
        jvm_options: list[str] | tuple[str, ...] = DEFAULT_JVM_OPTIONS,
        workdir_parent: str | None = None,
    ):
        self.keep_data = keep_data
        self.workdir_parent = workdir_parent  # where its temporary directory goes (None: the system's temp dir)
        self.heap = heap
        if startup_timeout is None:
            startup_timeout = float(os.environ.get("SEARCH_NODE_STARTUP_TIMEOUT", "90"))
        self.startup_timeout = startup_timeout
        self.extra_settings = dict(extra_settings or {})
        self.jvm_options = list(jvm_options)
        self.http_port: int | None = None
        self.transport_port: int | None = None
        self.workdir: Path | None = None
        self.process: subprocess.Popen | None = None
        self.startup_seconds: float | None = None
        self._began = 0.0
        self._ready = False
        self._log_file = None
        atexit.register(self._atexit)

    # -- public API -----------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        if self.http_port is None:
            raise RuntimeError("SearchNode has not been started")
        return f"http://{LOOPBACK}:{self.http_port}"

    def is_running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, wait: bool = True) -> SearchNode:
        """Start the node and wait until the cluster is yellow or green. Returns self.

        With wait=False it only launches the process (the URL is known at once); wait_until_ready() blocks later,
        so the caller can do other work (e.g. migrate the test database) while the JVM boots."""
        if self.is_running():
            if wait:
                self.wait_until_ready()
            return self
        es_home, java_home = fetch_engine()
        run_as = unprivileged_user()
        es_home = home_readable_by(es_home, run_as, ES_VERSION)

        if self.http_port is None:
            self.http_port = free_port()
            self.transport_port = free_port()
            while self.transport_port == self.http_port:
                self.transport_port = free_port()
        else:
            for port in (self.http_port, self.transport_port):
                deadline = time.monotonic() + 10
                while not port_is_free(port):
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"cannot restart the search node: port {port} on {LOOPBACK} is now in use")
                    time.sleep(0.2)

        if self.workdir is None or not self.workdir.exists():
            self.workdir = Path(tempfile.mkdtemp(prefix="search-node-", dir=self.workdir_parent))
        work = self.workdir
        conf = work / "config"
        for sub in ("data", "logs", "tmp"):
            (work / sub).mkdir(exist_ok=True)
        shutil.rmtree(conf, ignore_errors=True)
        shutil.copytree(Path(es_home) / "config", conf)
        (conf / "elasticsearch.yml").write_text(self._config_yaml(work), encoding="utf-8")
        if run_as is not None:
            chown_tree(work, *run_as)

        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "HOME": str(work),
            "ES_JAVA_HOME": java_home,
            "ES_PATH_CONF": str(conf),
            "ES_TMPDIR": str(work / "tmp"),
            "ES_JAVA_OPTS": " ".join([f"-Xms{self.heap}", f"-Xmx{self.heap}", *self.jvm_options]),
        }
        popen_kwargs = {"user": run_as[0], "group": run_as[1], "extra_groups": []} if run_as else {}
        self._log_file = open(work / "node.log", "ab")  # noqa: SIM115 - open while the node runs; closed by _terminate
        self._began = time.monotonic()
        self._ready = False
        self.process = subprocess.Popen(
            [str(Path(es_home) / "bin" / "elasticsearch")],
            cwd=work,  # the JVM writes gc.log / hs_err files to its working directory
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stop() signals the launcher and the server JVM
            **popen_kwargs,
        )
        if wait:
            self.wait_until_ready()
        return self

    def wait_until_ready(self) -> SearchNode:
        """Block until a started node answers with a yellow or green cluster (kills it on timeout)."""
        if self._ready:
            return self
        if self.process is None:
            raise RuntimeError("SearchNode has not been started")
        try:
            self._wait_until_healthy(self._began + self.startup_timeout)
        except BaseException:
            self._terminate(signal.SIGKILL, timeout=15)
            raise
        self._ready = True
        self.startup_seconds = time.monotonic() - self._began
        return self

    def stop(self, timeout: float = 30.0) -> None:
        """Graceful shutdown (SIGTERM, then SIGKILL after `timeout`). Removes the data unless keep_data."""
        self._terminate(signal.SIGTERM, timeout)
        if not self.keep_data:
            self._remove_workdir()

    def kill(self) -> None:
        """Hard kill (SIGKILL), as in a crash. Data is kept or removed as for stop()."""
        self._terminate(signal.SIGKILL, timeout=15)
        if not self.keep_data:
            self._remove_workdir()

    def close(self) -> None:
        """Stop and remove the temporary directory, whatever keep_data says."""
        self._terminate(signal.SIGTERM, timeout=30)
        self._remove_workdir()

    def log_tail(self, lines: int = 60) -> str:
        if self.workdir is None:
            return ""
        try:
            text = (self.workdir / "node.log").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def memory_rss_mb(self) -> float:
        """Resident memory of the node's processes (launcher + server JVM), in MiB. Linux only."""
        if not self.is_running():
            return 0.0
        total_kb = 0
        for pid in self._group_members(self.process.pid):
            try:
                with open(f"/proc/{pid}/status") as f:
                    for line in f:
                        if line.startswith("VmRSS:"):
                            total_kb += int(line.split()[1])
            except (OSError, ValueError):
                continue
        return total_kb / 1024

    # -- internals ------------------------------------------------------------------------------------

    def _config_yaml(self, work: Path) -> str:
        settings = {
            "cluster.name": f"search-node-{self.http_port}",
            "node.name": "search-node",
            "network.host": LOOPBACK,
            "http.port": self.http_port,
            "transport.port": self.transport_port,
            "discovery.type": "single-node",
            "xpack.security.enabled": False,
            "path.data": str(work / "data"),
            "path.logs": str(work / "logs"),
            # A nearly full CI disk must not turn test indices read-only.
            "cluster.routing.allocation.disk.threshold_enabled": False,
        }
        settings.update(self.extra_settings)
        # JSON scalars are valid YAML scalars.
        return "".join(f"{key}: {json.dumps(value)}\n" for key, value in settings.items())

    def _wait_until_healthy(self, deadline: float) -> None:
        health = f"{self.url}/_cluster/health?wait_for_status=yellow&timeout=1s"
        last_error = "no answer yet"
        while True:  # at least once: a node launched long ago may be ready after its deadline
            code = self.process.poll()
            if code is not None:
                raise RuntimeError(
                    f"{ENGINE_DESCRIPTION} exited with code {code} while starting on {self.url}.\n"
                    f"--- last lines of {self.workdir / 'node.log'} ---\n{self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(health, timeout=5) as resp:
                    body = json.load(resp)
                if body.get("status") in ("yellow", "green") and not body.get("timed_out"):
                    return
                last_error = f"cluster health {body.get('status')}"
            except urllib.error.HTTPError as e:  # 408 while waiting for yellow, 503 while starting
                last_error = f"HTTP {e.code}"
            except (urllib.error.URLError, OSError, ValueError) as e:
                last_error = str(e)
            if time.monotonic() >= deadline:
                break
            time.sleep(0.25)
        raise RuntimeError(
            f"{ENGINE_DESCRIPTION} did not become healthy on {self.url} within "
            f"{self.startup_timeout:.0f}s ({last_error}).\n"
            f"--- last lines of {self.workdir / 'node.log'} ---\n{self.log_tail()}"
        )

    def _terminate(self, sig: int, timeout: float) -> None:
        """Signal the node's process group (the launcher JVM and the server JVM it forks) and wait until
        every process of it is gone, so that its ports are free again; SIGKILL after `timeout`."""
        proc = self.process
        if proc is not None:
            group = proc.pid  # start_new_session: the launcher leads its own session and process group
            if proc.poll() is None or self._group_members(group):
                self._signal_group(group, sig)
                deadline = time.monotonic() + timeout
                while time.monotonic() < deadline and (proc.poll() is None or self._group_members(group)):
                    time.sleep(0.1)
                if proc.poll() is None or self._group_members(group):
                    self._signal_group(group, signal.SIGKILL)
                    deadline = time.monotonic() + 15
                    while time.monotonic() < deadline and (proc.poll() is None or self._group_members(group)):
                        time.sleep(0.1)
            proc.poll()
            self.process = None
        self._ready = False
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None

    @staticmethod
    def _group_members(session: int) -> list[int]:
        """Live (non-zombie) processes of the given session."""
        members = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                if os.getsid(int(entry)) != session:
                    continue
                with open(f"/proc/{entry}/stat") as f:
                    state = f.read().rsplit(")", 1)[1].split()[0]
            except (OSError, IndexError):
                continue
            if state not in ("Z", "X"):
                members.append(int(entry))
        return members

    @staticmethod
    def _signal_group(group: int, sig: int) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(group, sig)

    def _remove_workdir(self) -> None:
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None

    def _atexit(self) -> None:
        with contextlib.suppress(Exception):
            self.close()


if __name__ == "__main__":
    node = SearchNode()
    print(f"starting {ENGINE_DESCRIPTION} ...", flush=True)
    node.start()
    print(
        f"{node.url}  (backend {BACKEND}, up in {node.startup_seconds:.1f}s, "
        f"{node.memory_rss_mb():.0f} MiB RSS, dir {node.workdir}); Ctrl-C stops it",
        flush=True,
    )
    try:
        while node.is_running():
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        node.close()
