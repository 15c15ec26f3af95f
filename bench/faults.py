"""Fault benchmark: the site as production runs it, under load, while its parts fail one at a time.

    .venv/bin/python bench/faults.py                              # 7 faults × 20 s, 50 clients; ~8 min here
    .venv/bin/python bench/faults.py --window 8 --faults redis-stopped,postgres-stopped --json out.json

Starts, all on loopback and thrown away at the end: a PostgreSQL cluster, redis-server, the Elasticsearch node
(tools/search-node), a mail server that is down (EMAIL_HOST points at a closed port), `manage.py bootstrap --seed`
(the demo in seven languages, search indices built), `manage.py db_worker` (compose's worker service) and gunicorn
with config/gunicorn.conf.py and the production settings (`--workers`, default 3). The servers are those of the
operations tests (tools/services/local_servers.py, production_stack.py).

Per fault, `--clients` threads (default 50), each with a keep-alive HTTP connection, request a mix of home pages,
Sourcebook chapters, programme plans, the training library and searches in English and French, and post the
contact form (GET for the CSRF token, then POST); every request comes from another visitor address
(X-Forwarded-For, PROXY_COUNT=1) so the per-visitor rate limits do not answer instead of the site. A request on a
reused connection that the server closed before answering is sent again once on a new connection, as browsers
do ("resent"). The fault is injected a quarter into the `--window` and healed at three quarters (a killed worker is
not healed: gunicorn replaces it). Printed per fault: requests, 2xx/3xx, 4xx, 5xx (and how many of them were 503
with Retry-After), client timeouts (`--timeout`, default 30 s) and connection errors, p50/p95 latency, and the
recovery time: from the heal (or the kill) to the end of the last failed request.

Also measured: a page published while the engine is stopped is found by search (an answer from the engine, not the
database fallback) N seconds after the engine answers again, with nobody running a command (the worker replays the
queued index changes); and, with PostgreSQL stopped, that a page from the page cache answers 200 and an uncached
French page answers a French 503 with Retry-After, and that the site answers again without a restart.
"""

import argparse
import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools" / "search-node"), str(ROOT / "tools" / "services")]

from local_servers import LOOPBACK, PostgresServer, RedisServer, free_port  # noqa: E402 - plain Python, no Django
from production_stack import ENTRYPOINT, Gunicorn, entrypoint, production_environment  # noqa: E402

from bench.load import MIX, Load, summarise  # noqa: E402
from search_node import SearchNode  # noqa: E402

FAULTS = ["redis-stopped", "redis-hung", "mail-down", "engine-stopped", "engine-hung", "worker-killed",
          "postgres-stopped"]  # fmt: skip
# What one visitor request is: weights of the mix.
CATCH_UP_WORD = "Quillwortoutage"
VISITOR = {"X-Forwarded-For": "10.9.9.9"}

# In the site's checkout (`manage.py shell`): the URLs of the mix and what the contact form needs.
DISCOVER = """
import json
from wagtail.models import Page
from core.models import FormPage
from programmes.models import ProgrammePlanPage, TrainingMaterialIndexPage
from sourcebook.models import SourcebookChapterPage
def urls(model, count=8):
    pages = model.objects.live().public().filter(locale__language_code__in=["en", "fr"]).order_by("path")
    return [page.url for page in pages[:count]]
form = FormPage.objects.live().filter(locale__language_code="en").order_by("path").first()
values = {"email": "visitor@example.org", "number": "3", "url": "https://example.org", "date": "2026-01-15",
          "checkbox": "on", "datetime": "2026-01-15 10:00"}
data = {}
for field in form.form_fields.all():
    choices = [c.strip() for c in field.choices.replace(",", "\\n").splitlines() if c.strip()]
    data[field.clean_name] = choices[0] if choices else values.get(field.field_type, "A question about the toolkit")
print(json.dumps({"home": ["/en/", "/fr/"], "chapter": urls(SourcebookChapterPage), "plan": urls(ProgrammePlanPage),
                  "library": urls(TrainingMaterialIndexPage), "form": form.url, "form_data": data,
                  "fresh_fr": [page.url for page in Page.objects.live().public().filter(
                      locale__language_code="fr", depth__gte=4).order_by("-path")[:30]]}))
"""
# Publishes a page while the engine is away (as an editor would, through Wagtail's publish).
PUBLISH = f"""
from wagtail.models import Page
from core.models import StandardPage
home = Page.objects.get(depth=2, locale__language_code="en").specific
page = home.add_child(instance=StandardPage(title="{CATCH_UP_WORD} notice", slug="outage-notice", live=False))
page.save_revision().publish()
print(page.url)
"""
COUNTS = (
    "SELECT (SELECT count(*) FROM wagtailforms_formsubmission), "
    "(SELECT count(*) FROM core_formnotification WHERE sent_at IS NULL)"
)


class Stack:
    """Every server of the production shape, started in order and stopped in reverse."""

    def __init__(self, args):
        self.args = args
        self.work = Path(tempfile.mkdtemp(prefix="faults-bench-"))
        self.started = []
        self.worker, self.supervisor, self.worker_restarts = None, None, []
        self.stopping = threading.Event()

    def start(self):
        self.node = SearchNode(keep_data=True).start(wait=False)  # boots while the demo is seeded
        self.started.append(self.node.close)
        self.postgres = PostgresServer().start()
        self.started.append(self.postgres.close)
        self.redis = RedisServer().start()
        self.started.append(self.redis.stop)
        self.env = production_environment(
            self.postgres.create_database("faults"),
            redis_url=self.redis.url,
            engine_url=self.node.url,
            ELASTICSEARCH_INDEX_PREFIX="faults_",
            STATIC_ROOT=str(self.work / "static"),
            DEMO="1",
            EMAIL_HOST=LOOPBACK,
            EMAIL_PORT=str(free_port()),  # nothing listens there: the mail server is down all along
            PROXY_COUNT="1",
        )
        began = time.monotonic()
        entrypoint("python", "manage.py", "collectstatic", "--noinput", "-v0", env=self.env)
        snapshot = Path(self.args.snapshot) if self.args.snapshot else None
        if snapshot and snapshot.exists():
            self._postgres_tool("pg_restore", "--no-owner", "-d", "faults", str(snapshot))
            shutil.copytree(f"{snapshot}.media", self.env["MEDIA_ROOT"], dirs_exist_ok=True)
        self.node.wait_until_ready()
        # Seeds an empty database (seed_demo), migrates a restored one; builds the indices since the engine answers.
        entrypoint("python", "manage.py", "bootstrap", "--seed", "-v0", env=self.env, timeout=1800)
        if snapshot and not snapshot.exists():
            snapshot.parent.mkdir(parents=True, exist_ok=True)
            self._postgres_tool("pg_dump", "-Fc", "-f", str(snapshot), "faults")
            shutil.copytree(self.env["MEDIA_ROOT"], f"{snapshot}.media", dirs_exist_ok=True)
        print(f"the demo on PostgreSQL, indices built: {time.monotonic() - began:.0f} s", flush=True)
        self.start_worker()
        self.site = Gunicorn(self.env, workers=self.args.workers).start()
        self.started.append(self.site.stop)
        self.urls = json.loads(self.manage_shell(DISCOVER).splitlines()[-1])
        return self

    def _postgres_tool(self, program, *args):
        server = self.postgres
        subprocess.run([server.bin / program, "-h", LOOPBACK, "-p", str(server.port), "-U", server.user, *args],
                       check=True, capture_output=True)  # fmt: skip

    def start_worker(self):
        """db_worker, restarted when it exits as compose's `restart: unless-stopped` does (counted in restarts)."""
        log = open(self.work / "worker.log", "ab")  # noqa: SIM115 - the worker's whole life
        command = ["sh", str(ENTRYPOINT), "python", "manage.py", "db_worker", "--queue-name", "*"]

        def supervise():
            while not self.stopping.is_set():
                worker = subprocess.Popen(command, cwd=ROOT, env=self.env, stdin=subprocess.DEVNULL, stdout=log,
                                          stderr=subprocess.STDOUT)  # fmt: skip
                self.worker = worker
                while worker.poll() is None and not self.stopping.is_set():
                    time.sleep(0.5)
                if not self.stopping.is_set():
                    self.worker_restarts.append(time.monotonic())
                    time.sleep(1)
            if worker.poll() is None:
                worker.terminate()
                worker.wait(30)

        self.supervisor = threading.Thread(target=supervise, daemon=True)
        self.supervisor.start()

    def manage_shell(self, code):
        return entrypoint("python", "manage.py", "shell", "-c", code, env=self.env).stdout.strip()

    def gunicorn_workers(self):
        pid = self.site.process.pid
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]

    def stop(self):
        self.stopping.set()
        if self.supervisor:
            self.supervisor.join(40)
        for stop in reversed(self.started):
            stop()
        for key in ("MEDIA_ROOT", "PAGE_CACHE_DIR"):
            shutil.rmtree(self.env.get(key, ""), ignore_errors=True)
        shutil.rmtree(self.work, ignore_errors=True)


class Faults:
    """Each fault as (inject, heal); heal is None when the site must heal itself."""

    def __init__(self, stack):
        self.stack = stack
        self.notes = {}

    def plan(self, name):
        stack, node = self.stack, self.stack.node
        return {
            "redis-stopped": (stack.redis.stop, stack.redis.start),
            "redis-hung": (stack.redis.freeze, stack.redis.thaw),
            "mail-down": (lambda: None, lambda: None),  # down all along; this row is the one without another fault
            "engine-stopped": (node.stop, lambda: node.start(wait=False)),
            "engine-hung": (
                lambda: os.killpg(node.process.pid, signal.SIGSTOP),
                lambda: os.killpg(node.process.pid, signal.SIGCONT),
            ),  # fmt: skip
            "worker-killed": (self._kill_worker, None),
            "postgres-stopped": (self._stop_postgres_and_probe, stack.postgres.start),
        }[name]

    def _kill_worker(self):
        workers = self.stack.gunicorn_workers()
        os.kill(workers[0], signal.SIGKILL)
        time.sleep(0.5)
        self.notes["gunicorn workers before / after the kill"] = f"{workers} / {self.stack.gunicorn_workers()}"

    def _stop_postgres_and_probe(self):
        self.stack.postgres.stop()
        time.sleep(1)
        mix = {url for kind in MIX if kind in self.stack.urls for url in self.stack.urls[kind]}
        uncached = next(url for url in self.stack.urls["fresh_fr"] if url not in mix)
        for label, url in (("cached", "/en/"), ("uncached French page", uncached)):
            connection = http.client.HTTPConnection(LOOPBACK, self.stack.site.port, timeout=30)
            connection.request("GET", url, headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "10.9.9.8"})
            response = connection.getresponse()
            body = response.read().decode(errors="replace")
            connection.close()
            self.notes[f"postgres down: {label} {url}"] = (
                f"{response.status}, X-Cache {response.getheader('X-Cache')}, Retry-After "
                f"{response.getheader('Retry-After')}, French text: {'base de données' in body}"
            )

    def catch_up(self, timeout=300):
        """A page published while the engine is stopped: seconds from the engine answering again to search finding it
        (an answer from the engine, without the fallback's notice), with nobody running a command."""
        stack, node = self.stack, self.stack.node
        node.stop()
        url = stack.manage_shell(PUBLISH).splitlines()[-1]
        began = time.monotonic()
        while stack.postgres.psql("faults", "SELECT count(*) FROM search_pendingindexchange").strip() == "0":
            if time.monotonic() - began > timeout:
                return f"{url} published, but its index change was never queued"
            time.sleep(1)
        node.start()
        back = time.monotonic()
        while time.monotonic() - back < timeout:
            status, _headers, body = stack.site.get(f"/en/search/?q={CATCH_UP_WORD}", headers=VISITOR)
            if status == 200 and CATCH_UP_WORD.encode() in body and b"search-notice" not in body:
                return f"{url}: found {time.monotonic() - back:.0f} s after the engine answered"
            time.sleep(1)
        return f"{url}: not found {timeout} s after the engine answered"


def settle(stack, seconds=60):
    """Until the site answers a page and a search from a fresh process's view (between faults)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if stack.site.get("/en/", timeout=5)[0] == 200 and stack.site.get("/readyz", timeout=5)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(1)


def print_table(results):
    columns = ["requests", "2xx/3xx", "4xx", "5xx", "503+Retry-After", "timeouts", "errors", "resent",
               "form posts 2xx/3xx", "p50 ms", "p95 ms", "recovery s"]  # fmt: skip
    print("| fault | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    for name, row in results.items():
        print(f"| {name} | " + " | ".join(str(row[column]) for column in columns) + " |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--window", type=float, default=20, help="seconds of load per fault (default 20)")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (default 3)")
    parser.add_argument("--timeout", type=float, default=30, help="client timeout in seconds (default 30)")
    parser.add_argument("--faults", default=",".join(FAULTS), help=f"comma-separated, of: {','.join(FAULTS)}")
    parser.add_argument("--json", help="also write the figures to this file")
    snapshot_help = (
        "pg_dump of the seeded demo, with its media beside it: restored if it exists (seeding takes minutes here), "
        "written after seeding if not; e.g. build/faults-demo.dump"
    )
    parser.add_argument("--snapshot", help=snapshot_help)
    args = parser.parse_args()
    chosen = [name for name in args.faults.split(",") if name]
    unknown = set(chosen) - set(FAULTS)
    if unknown:
        parser.error(f"unknown faults: {', '.join(sorted(unknown))}")

    report = {"started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cpus": os.cpu_count(),
              "load at start": os.getloadavg()[0], "window s": args.window, "clients": args.clients}  # fmt: skip
    stack = Stack(args)
    try:
        stack.start()
        load, faults, results = Load(stack, args.clients, args.timeout), Faults(stack), {}
        for _ in range(3):  # warm up: every URL once per worker-ish, so the page cache holds the mix
            for kind in ("home", "chapter", "plan", "library"):
                for url in stack.urls[kind]:
                    stack.site.get(url, timeout=120)
        report["load before the faults"] = os.getloadavg()[0]
        before = [int(n) for n in stack.postgres.psql("faults", COUNTS).strip().split("|")]
        for name in chosen:
            inject, heal = faults.plan(name)
            injected_at, healed_at = args.window * 0.25, args.window * 0.75
            events = [(injected_at, inject)] + ([(healed_at, heal)] if heal else [])
            began = load.run(args.window, events)
            results[name] = summarise(load.records, began, args.window, began + (healed_at if heal else injected_at))
            print(name, json.dumps(results[name]), flush=True)
            restarts = len(stack.worker_restarts)
            settle(stack)
            if len(stack.worker_restarts) > restarts or name == "postgres-stopped":
                time.sleep(3)  # a worker that exits at the outage's end is counted in its row
            if len(stack.worker_restarts) > restarts:
                faults.notes[f"db_worker exited and was restarted ({name})"] = len(stack.worker_restarts) - restarts
        if "engine-stopped" in chosen:
            faults.notes["page published while the engine was stopped"] = faults.catch_up()
        after = [int(n) for n in stack.postgres.psql("faults", COUNTS).strip().split("|")]
        faults.notes["form submissions stored during the run / their notifications waiting for mail"] = (
            f"{after[0] - before[0]} / {after[1] - before[1]}"
        )
        report.update(results=results, notes=faults.notes, **{"load at end": os.getloadavg()[0]})
        print_table(results)
        for key, value in faults.notes.items():
            print(f"- {key}: {value}")
        print(f"- load average: {report['load at start']:.1f} at the start, {report['load at end']:.1f} at the end")
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    finally:
        stack.stop()


if __name__ == "__main__":
    main()
