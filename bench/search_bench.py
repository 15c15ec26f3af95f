"""Search benchmark: 10,000 generated pages in every content language, on the real engine and on the database.

    .venv/bin/python bench/search_bench.py  # starts its own node (tools/search-node/search_node.py)
    .venv/bin/python bench/search_bench.py --url http://127.0.0.1:9200 --pages 2000 --json out.json
    .venv/bin/python bench/search_bench.py --database-only [--postgres]  # the fallback alone, no node

Everything lives in a throwaway SQLite database (or PostgreSQL cluster) and index prefix, removed at the end.
Figures: update_index throughput per backend; the search page's search with facets (search.service.run_search) and
autocomplete, p50/p95 end to end and, on the engine, the engine's own time per request ("took"); SQL queries per call.
Each timed call is checked to have found something, so a broken index cannot produce fast, empty figures.
"""

import functools
import io
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools" / "search-node"))

from bench.cli import argument_parser, report  # noqa: E402
from search_node import SearchNode  # noqa: E402 - plain Python, no Django
from tests.postgres_cluster import PostgresCluster  # noqa: E402 - plain Python, no Django


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def summary(samples_ms):
    return {
        "n": len(samples_ms),
        "p50_ms": round(statistics.median(samples_ms), 1),
        "p95_ms": round(percentile(samples_ms, 0.95), 1),
    }


def per_language(table, call):
    """One timed call per language of `table` ({language code: its input}): `call(input, that language's Locale)`."""
    from wagtail.models import Locale

    return [functools.partial(call, value, Locale.objects.get(language_code=code)) for code, value in table.items()]


class Bench:
    def __init__(self, args, engine_url):
        self.args = args
        self.engine_url = engine_url
        self.results = {
            "pages": args.pages,
            "database": "postgresql" if args.postgres else "sqlite",
            "machine": f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}",
        }
        self.took = []

    def log(self, message):
        print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)

    # --- Setup --------------------------------------------------------------------------------------------------

    def migrate(self):
        from django.core.management import call_command

        began = time.monotonic()
        call_command("migrate", verbosity=0, interactive=False)
        self.log(f"migrated the throwaway database in {time.monotonic() - began:.0f}s")

    def generate(self):
        from django.conf import settings
        from django.db import transaction
        from django.test import override_settings

        from bench.content import Generator

        languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        began = time.monotonic()
        # Indexing on save is switched off while generating: update_index below does (and times) all of it.
        dummy_tasks = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
        with override_settings(TASKS=dummy_tasks), transaction.atomic():
            created = Generator(languages, self.args.pages).build()
        self.results["generated_pages"] = created
        self.log(f"generated {created} pages in {len(languages)} languages in {time.monotonic() - began:.0f}s")

    # --- Measurements -------------------------------------------------------------------------------------------

    def rebuild(self, backend_name):
        from django.core.management import call_command
        from wagtail.models import Page

        out = io.StringIO()
        began = time.monotonic()
        call_command("update_index", backend_name=backend_name, stdout=out)
        seconds = time.monotonic() - began
        indexed = sum(int(count) for count in re.findall(r"indexed (\d+) objects", out.getvalue()))
        pages = Page.objects.count()
        assert indexed >= pages, f"update_index --backend {backend_name} indexed {indexed} objects for {pages} pages"
        figures = {"seconds": round(seconds, 1), "objects": indexed, "pages_per_second": round(pages / seconds)}
        self.results[f"update_index_{backend_name}"] = figures
        self.log(f"update_index --backend {backend_name}: {figures}")

    def timed(self, label, calls, require_all=True, rounds=None):
        """Runs each call once untimed (checking it found something, counting its SQL), then `repeat` times timed.

        require_all=False (the database backend) tolerates queries it cannot answer, and reports how many found."""
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        queries, answered = [], 0
        for call in calls:
            with CaptureQueriesContext(connection) as context:
                found = call()
            assert found > 0 or not require_all, f"{label}: a benchmark call found nothing"
            answered += found > 0
            queries.append(len(context.captured_queries))
        assert answered, f"{label}: no benchmark call found anything"
        self.took.clear()
        samples = []
        for _round in range(rounds or self.args.repeat):
            for call in calls:
                began = time.perf_counter()
                call()
                samples.append((time.perf_counter() - began) * 1000)
        figures = {
            **summary(samples),
            "calls_with_results": f"{answered}/{len(calls)}",
            "sql_queries_median": statistics.median(queries),
            "sql_queries_max": max(queries),
        }
        if self.took:
            figures["engine_took"] = summary(self.took)
        self.results[label] = figures
        self.log(f"{label}: {figures}")

    def search_calls(self, narrowed=False):
        from wagtail.models import Locale

        from bench.content import PRIORITIES, QUERIES
        from search.forms import SearchParams
        from search.service import run_search

        calls = []
        for language, queries in QUERIES.items():
            locale = Locale.objects.get(language_code=language)
            for query in queries:
                data = {"q": query}
                if narrowed:
                    data["priority"] = [PRIORITIES[1].lower()]

                def call(data=data, locale=locale):
                    outcome = run_search(SearchParams(data), locale)
                    assert not outcome.degraded, "the engine failed during the benchmark"
                    assert outcome.facets or not outcome.total, "results without facets"
                    return outcome.total

                calls.append(call)
        return calls

    def misspelt_calls(self):
        """A misspelt word per language (bench/content.py TYPOS): found by a correction or by similar spellings."""
        from bench.content import TYPOS
        from search.forms import SearchParams
        from search.service import run_search

        return per_language(TYPOS, lambda query, locale: run_search(SearchParams({"q": query}), locale).total)

    def engine_calls(self):
        """The engine's part alone, as the service asks it: the ranked ids of up to 1,000 pages matching all the
        words (any of them when none matches all), in the visitor's language (search.fallback.matching_ids)."""
        from wagtail.models import Locale
        from wagtail.search.backends import get_search_backend

        from bench.content import QUERIES
        from search.fallback import matching_ids
        from search.service import MAX_MATCHES, searchable_pages

        calls = []
        for language, queries in QUERIES.items():
            pages = searchable_pages(Locale.objects.get(language_code=language))
            for query in queries:

                def call(query=query, pages=pages):
                    backend = get_search_backend()
                    ids = matching_ids(backend, query, pages, MAX_MATCHES, operator="and")
                    return len(ids or matching_ids(backend, query, pages, MAX_MATCHES, operator="or"))

                calls.append(call)
        return calls

    def autocomplete_calls(self):
        from bench.content import PREFIXES
        from search.suggestions import autocomplete

        def suggest(prefix, locale):
            suggestions, degraded = autocomplete(prefix, locale)
            assert not degraded, "the engine failed during the benchmark"
            return len(suggestions)

        return per_language(PREFIXES, suggest)

    def measure(self, backend_label):
        # The database backend is the fallback, and slow at this size: one timed round is enough to size it.
        strict, rounds = (True, None) if backend_label == "engine" else (False, 1)
        self.timed(f"matching_ids_{backend_label}", self.engine_calls(), strict, rounds)
        self.timed(f"search_with_facets_{backend_label}", self.search_calls(), strict, rounds)
        self.timed(f"search_narrowed_by_priority_{backend_label}", self.search_calls(narrowed=True), strict, rounds)
        self.timed(f"autocomplete_{backend_label}", self.autocomplete_calls(), strict, rounds)
        if backend_label == "database":
            self.timed("misspelt_word_database", self.misspelt_calls(), False, rounds)

    def record_engine_time(self):
        """Collects Elasticsearch's own time ("took", ms) for every search request the engine answers."""
        from search.backends import LanguageSearchResults

        original = LanguageSearchResults._backend_do_search
        took = self.took

        def recording(results, body, **kwargs):
            response = original(results, body, **kwargs)
            took.append(response["took"])
            return response

        LanguageSearchResults._backend_do_search = recording

    def run(self):
        from django.conf import settings
        from django.test import override_settings

        self.migrate()
        self.generate()
        if self.node is not None:
            self.node.wait_until_ready()
        if self.args.database_only:  # no engine configured: the default backend is the database
            self.rebuild("default")
            self.measure("database")
            return self.results
        self.rebuild("default")
        self.rebuild("database")
        self.record_engine_time()
        self.measure("engine")
        database_only = {"default": settings.WAGTAILSEARCH_BACKENDS["database"]}
        with override_settings(WAGTAILSEARCH_BACKENDS=database_only):
            self.measure("database")
        return self.results

    def drop_indices(self):
        from elasticsearch import Elasticsearch

        es = Elasticsearch(self.engine_url, request_timeout=60)
        names = list(es.indices.get(index=f"{os.environ['ELASTICSEARCH_INDEX_PREFIX']}*"))
        if names:
            es.indices.delete(index=",".join(names))


def main():
    parser = argument_parser(__doc__, pages=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds over the query set (default 3)")
    parser.add_argument("--url", help="an Elasticsearch node to use instead of starting one")
    parser.add_argument("--keep", action="store_true", help="keep the database and indices (printed) for profiling")
    parser.add_argument("--database-only", action="store_true", help="measure the database backend alone, no node")
    parser.add_argument("--postgres", action="store_true", help="a throwaway PostgreSQL cluster instead of SQLite")
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="search-bench-")
    node = (
        None if args.url or args.database_only else SearchNode(heap="1g", jvm_options=()).start(wait=False)
    )  # stock JIT, as in production
    url = "" if args.database_only else args.url or node.url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    cluster = PostgresCluster().start() if args.postgres else None  # tests/postgres_cluster.py, Debian's binaries
    os.environ["DATABASE_URL"] = cluster.url if cluster else f"sqlite:///{workdir}/bench.sqlite3"
    os.environ["ELASTICSEARCH_URL"] = url
    os.environ["ELASTICSEARCH_INDEX_PREFIX"] = f"bench_{uuid.uuid4().hex[:8]}_"
    import django

    django.setup()
    bench = Bench(args, url)
    bench.node = node
    began = time.monotonic()
    try:
        results = bench.run()
        results["total_seconds"] = round(time.monotonic() - began)
        results["machine"] += f" at the start, {os.getloadavg()[0]:.1f} at the end"
        report(results, args.json)
    finally:
        if args.keep:
            print(f"kept: DATABASE_URL={os.environ['DATABASE_URL']} prefix {os.environ['ELASTICSEARCH_INDEX_PREFIX']}")
        elif url and (node is None or node.is_running()):
            bench.drop_indices()
        if node is not None:
            node.close()
        if cluster is not None and not args.keep:
            cluster.stop()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
