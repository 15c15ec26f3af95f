"""Page benchmark: a generated site of N pages served by one gunicorn worker (production settings, DEBUG off).

    .venv/bin/python bench/pages.py --pages 1000
    .venv/bin/python bench/pages.py --pages 10000 --against 1bf10a8 --json out.json

Builds the site with bench/content.py (English, French and Spanish trees) in a throwaway SQLite database, then per
page type measures p50/p95 over `--requests` requests with the page cache off (uncached) and on (cached), the SQL
queries of one render (Django's test client in the same checkout), and the worker's resident memory after every
page type was served. `--against <git ref>` runs the same on that commit (a temporary git worktree) in the same run
and prints this commit's p50 divided by the other's; the two are served side by side and their requests
alternate, so the load on the machine weighs on both alike. Every timed response must be 200 and non-empty.
"""

import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.cli import argument_parser, checkouts_to_compare, machine_load, report  # noqa: E402 - run as a script, from any folder

# Run inside the measured checkout (its own models and bench/content.py): build the site, print sample URLs.
BUILD = """
import json, django
django.setup()
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from wagtail.models import Page, Site
call_command("migrate", verbosity=0, interactive=False)
from bench.content import Generator
no_tasks = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
with override_settings(TASKS=no_tasks), transaction.atomic():
    Generator(["en", "fr", "es"], PAGES).build()
    home = Page.objects.get(slug="home-en")
    site = {"root_page": home, "hostname": "127.0.0.1", "port": 80}
    Site.objects.update_or_create(is_default_site=True, defaults=site)
from django.urls import NoReverseMatch, reverse
from programmes.models import EventCalendarPage, EventPage, ProgrammeIndexPage, ProgrammePlanPage, RegionPage
from programmes.models import TrainingMaterialIndexPage, TrainingMaterialPage
from sourcebook.models import SourcebookChapterPage, SourcebookPage
def first(model):
    return model.objects.live().filter(locale__language_code="en").order_by("path").first()
programmes = first(ProgrammeIndexPage)
if not EventCalendarPage.objects.exists():
    programmes.add_child(instance=EventCalendarPage(title="Events", slug="events", locale=programmes.locale))
library = first(TrainingMaterialIndexPage)
urls = {
    "home": "/en/", "sitemap index": "/sitemap.xml", "programmes": programmes.url, "region": first(RegionPage).url,
    "plan": first(ProgrammePlanPage).url, "event": first(EventPage).url, "calendar": first(EventCalendarPage).url,
    "training library": library.url, "material": first(TrainingMaterialPage).url,
    "sourcebook": first(SourcebookPage).url, "chapter": first(SourcebookChapterPage).url,
    "country webspace": programmes.url + "countries/", "events.ics": "/en/events.ics",
}
try:  # The largest part of the sitemap (the training library holds half the pages); older commits have no parts.
    urls["sitemap part, largest"] = reverse("sitemap_part", args=[library.pk])
except NoReverseMatch:
    pass
print(json.dumps(urls))
"""

# Run inside the checkout, JSON in and out: per URL, the SQL queries of one render (renders "0"), or the CPU time
# (this process's, SQLite's work included) of one uncached render, the median of that many after a warm-up. Unlike
# wall time, CPU time hardly moves with the load of a shared machine.
IN_PROCESS = """
import json, statistics, sys, time, django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1")
renders, figures = int(sys.argv[2]), {}
for name, url in json.loads(sys.argv[1]).items():
    assert client.get(url).status_code == 200, url
    if not renders:
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        figures[name] = len(queries)
        continue
    samples = []
    for _ in range(renders):
        began = time.process_time()
        client.get(url)
        samples.append((time.process_time() - began) * 1000)
    figures[name] = round(statistics.median(samples), 1)
print(json.dumps(figures))
"""


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return None


class Checkout:
    """One commit's tree, its throwaway database and environment, and the measurements made on it."""

    def __init__(self, path, workdir, args):
        self.path = path
        self.log = workdir / "gunicorn.log"
        workdir.mkdir(parents=True, exist_ok=True)
        self.python = str(ROOT / ".venv" / "bin" / "python")
        self.args = args
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "bench-" + "x" * 40,
            "DJANGO_DEBUG": "0",
            "DATABASE_URL": f"sqlite:///{workdir}/bench.sqlite3",
            "MEDIA_ROOT": f"{workdir}/media",
            "STATIC_ROOT": f"{workdir}/static",
            "PAGE_CACHE_DIR": f"{workdir}/page-cache",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_COOKIES": "0",
            "SECURE_SSL_REDIRECT": "0",  # Plain HTTP on loopback: no redirect to https.
            "PYTHONPATH": str(path),
        }
        self.env.pop("REDIS_URL", None)
        self.env.pop("ELASTICSEARCH_URL", None)

    def run_python(self, code, *argv):
        env = {**self.env, "PAGE_CACHE": "0"}  # Queries are counted on renders, never on page cache hits.
        done = subprocess.run(
            [self.python, "-c", code, *argv], cwd=self.path, env=env, capture_output=True, text=True, check=False
        )
        if done.returncode:
            raise SystemExit(f"{self.path}: {done.stderr[-3000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])

    def build(self):
        began = time.monotonic()
        self.urls = self.run_python(BUILD.replace("PAGES", str(self.args.pages)))
        subprocess.run(
            [self.python, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=self.path, env=self.env, check=True
        )
        print(f"{self.path}: built {self.args.pages} pages in {time.monotonic() - began:.0f} s", flush=True)

    def start(self, cached):
        port = free_port()
        env = {**self.env, "PAGE_CACHE": "1" if cached else "0"}
        self.server = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "gunicorn"), "-w", "1", "-b", f"127.0.0.1:{port}", "config.wsgi"],
            cwd=self.path,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=self.log.open("a"),
        )
        self.base = f"http://127.0.0.1:{port}"
        self._wait(self.base)

    def worker_rss(self):
        workers = Path(f"/proc/{self.server.pid}/task/{self.server.pid}/children").read_text().split()
        return rss_mib(int(workers[0])) if workers else None

    def stop(self):
        self.server.terminate()
        self.server.wait(timeout=30)

    def _wait(self, base, seconds=300):
        """Until the worker answers: booting takes a minute or more when the machine is busy."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(base + "/robots.txt", timeout=5)
                return
            except OSError:
                time.sleep(0.5)
        self.stop()
        raise SystemExit(f"gunicorn did not answer within {seconds} s:\n{self.log.read_text()[-3000:]}")

    def get_ms(self, url):
        began = time.perf_counter()
        with urllib.request.urlopen(self.base + url, timeout=120) as response:
            body = response.read()
            assert response.status == 200 and body, url
        return (time.perf_counter() - began) * 1000


def figures(samples):
    return {"p50_ms": round(statistics.median(samples), 1), "p95_ms": round(percentile(samples, 0.95), 1)}


def measure(checkouts, args):
    """Both checkouts served at once, their requests alternated URL by URL, so load on the machine hits both alike."""
    results = {checkout: {"pages": args.pages, "urls": checkout.urls} for checkout in checkouts}
    for cached in (False, True):
        label = "cached" if cached else "uncached"
        for checkout in checkouts:
            checkout.start(cached)
        try:
            if not cached:
                for checkout in checkouts:
                    results[checkout]["worker_rss_mib_after_boot"] = checkout.worker_rss()
            for name in checkouts[0].urls:
                serving = [checkout for checkout in checkouts if name in checkout.urls]
                samples = {checkout: [] for checkout in serving}
                for number in range(args.requests + 1):
                    for checkout in serving:
                        elapsed = checkout.get_ms(checkout.urls[name])
                        if number:  # The first request warms the URL up (and fills the page cache when it is on).
                            samples[checkout].append(elapsed)
                for checkout in serving:
                    results[checkout].setdefault(label, {})[name] = figures(samples[checkout])
            if not cached:
                for checkout in checkouts:
                    results[checkout]["worker_rss_mib_after_every_page_type"] = checkout.worker_rss()
        finally:
            for checkout in checkouts:
                checkout.stop()
    for checkout in checkouts:
        results[checkout]["queries"] = checkout.run_python(IN_PROCESS, json.dumps(checkout.urls), "0")
    return [results[checkout] for checkout in checkouts]


def measure_cpu(checkouts, args):
    """`--cpu`: the CPU time of uncached renders in-process, the two checkouts' URLs alternated a round at a time."""
    results = {checkout: {"pages": args.pages, "urls": checkout.urls, "render_cpu_ms": {}} for checkout in checkouts}
    for checkout in checkouts:
        results[checkout]["queries"] = checkout.run_python(IN_PROCESS, json.dumps(checkout.urls), "0")
    rounds = [{} for _ in checkouts]
    for _ in range(3):
        for index, checkout in enumerate(checkouts):
            for name, ms in checkout.run_python(IN_PROCESS, json.dumps(checkout.urls), str(args.requests)).items():
                rounds[index].setdefault(name, []).append(ms)
    for index, checkout in enumerate(checkouts):
        results[checkout]["render_cpu_ms"] = {name: min(values) for name, values in rounds[index].items()}
    return [results[checkout] for checkout in checkouts]


def main():
    parser = argument_parser(__doc__, pages=1000)
    parser.add_argument("--requests", type=int, default=15, help="timed requests per URL (default 15)")
    parser.add_argument("--against", help="a git ref to measure the same way, for ratios")
    parser.add_argument("--cpu", action="store_true", help="CPU time of uncached renders in-process, no gunicorn")
    args = parser.parse_args()

    results = {"machine": machine_load()}
    with checkouts_to_compare(
        "pages-bench-", args.against, lambda tree, scratch: Checkout(tree, scratch, args)
    ) as checkouts:
        for checkout in checkouts:
            checkout.build()
        measured = (measure_cpu if args.cpu else measure)(checkouts, args)
    results["this"] = measured[0]
    if args.against:
        results["against"] = {"ref": args.against, **measured[1]}
        if args.cpu:
            this, then = results["this"]["render_cpu_ms"], results["against"]["render_cpu_ms"]  # Older: fewer URLs.
            results["cpu_ratio_uncached"] = {
                name: round(ms / then[name], 2) for name, ms in this.items() if then.get(name)
            }
        else:
            results["p50_ratio_uncached"] = {
                name: round(figures["p50_ms"] / results["against"]["uncached"][name]["p50_ms"], 2)
                for name, figures in results["this"]["uncached"].items()
                if name in results["against"]["uncached"]  # Older commits measure fewer URLs (no sitemap parts).
            }
    results["machine"] += f", {os.getloadavg()[0]:.1f} at the end"
    report(results, args.json)


if __name__ == "__main__":
    main()
