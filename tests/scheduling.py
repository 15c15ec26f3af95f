"""How `make test` shares the tests between its pytest-xdist workers (`--dist loadgroup`).

A folder whose tests share an expensive package- or session-wide fixture (a seeded site, Chromium, the search node)
goes to one worker as a whole, so that fixture is built once per run; every other test module is a unit of its own,
so its module-wide fixtures are built once too. The production stack (gunicorn with its servers, a module-wide
fixture) goes with the engine tests, whose search node it takes (tests/engine_node.py); the rest of the operations
tests (restore drills, first start, checks of the settings) are a unit of their own. What the two have in common, the
first-started site, is made once and shared between the workers, and by `make test`'s two runs
(tests/first_started.py). The shared-setup folders are handed out first, in the order of HANDED_OUT_FIRST,
then the modules, most tests first; the small modules balance the end. Within a unit, the tests without a database
come first and those needing the seeded demo last (pytest_collection_modifyitems below).

Why not xdist's own `xdist_group` marks: xdist 3.8 groups by appending "@group" to the test's node id, which pytest
9.2 no longer honours (pytest-dev/pytest-xdist#1386), so every test became its own unit and each of those fixtures was
built on both workers. Choosing the unit from the test's path needs no node id rewriting.

TEST_TIMELINE=<file> appends one line per test, "worker unit start end test" (seconds since the epoch; the worker as
"sqlite-gw0", "postgres-gw1"…), to check that no worker idles at the end of a run: `python tests/scheduling.py
<file>` sums it up per worker, per unit and per module.

A process of the run (a worker or the controller) that is still there TEST_TAIL_SECONDS (30) after its session finished
writes every thread's stack to its stderr, and again each time as long again passes (pytest_sessionfinish below).
"""

import contextlib
import faulthandler
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
from xdist.scheduler import LoadScopeScheduling

# Path prefix (relative to the repository) → the name of its unit; the first prefix that matches counts.
SHARED_SETUP_GROUPS = {
    "tests/browser/": "browser",
    "tests/demo/": "demo",
    "tests/editorial/editors/": "editors",
    # The production stack takes the engine tests' search node (tests/engine_node.py): one node per run.
    "tests/ops/test_production_stack.py": "engine",
    "tests/ops/": "ops",
    "tests/search/engine/": "engine",
}


# The slowest units, in the order they are handed out (xdist's own order, by number of tests, left tests/ops, which has
# few but slow tests, to the end). tests/demo comes first: the worker that takes it builds the run's seeded demo
# (tests/seeded_demo.py) while the other one begins the engine unit with the production stack, which needs neither the
# seeded demo nor the test database, so neither waits; the rest of the operations tests goes to whichever worker is
# free next.
# The same order in the PostgreSQL run: the operations unit's test of the demo's first start reads the seeded demo.
HANDED_OUT_FIRST = ("demo", "engine", "ops", "browser", "editors")


def unit_of(nodeid):
    """The unit of work a test belongs to: its folder's group, else its module."""
    path = nodeid.split("::", 1)[0]
    for prefix, group in SHARED_SETUP_GROUPS.items():
        if path.startswith(prefix):
            return group
    return path


def handing_out_rank(unit, size):
    """The units of HANDED_OUT_FIRST in that order, then the others by number of tests (most first)."""
    first = HANDED_OUT_FIRST.index(unit) if unit in HANDED_OUT_FIRST else len(HANDED_OUT_FIRST)
    return first, -size


def _transactional(transaction=False, reset_sequences=False, databases=None, serialized_rollback=False, **_):
    """What makes a `django_db` mark's test transactional (the mark's arguments, positional or by name)."""
    return transaction or reset_sequences


def database_block(item):
    """pytest-django's order of a test (0: on the database, 1: transactional, 2: without it), which its own
    pytest_collection_modifyitems sorts the tests by."""
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    transactional = "transactional_db" in fixtures or "live_server" in fixtures
    if marker is not None:
        transactional = transactional or _transactional(*marker.args, **marker.kwargs)
    if transactional:
        return 1
    return 0 if marker is not None or "db" in fixtures else 2


def needs_the_seeded_demo(item):
    return "demo_snapshot" in getattr(item, "fixturenames", ())


# pytest-django runs the tests on the database first, then the transactional ones, then those without a database.
# Here those without one go first: a test that needs neither the test database nor the seeded demo is what a worker
# can do while the other one migrates the test database and seeds the demo at the start of a run.
RUN_ORDER = {2: 0, 0: 1, 1: 2}


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The tests without a database first, then pytest-django's order; in each of those, the tests that need the run's
    seeded demo last.

    At the start of a run one worker takes tests/demo, migrates the test database and seeds the demo
    (HANDED_OUT_FIRST); the other takes the engine unit. That unit began with the relevance suite, which waited for
    the seed, and ended with the production stack, which waited for the first-started site that the operations unit
    was making by then: one core idle for about 20 s each time. Now the stack comes first (it makes the first-started
    site while the node boots), then the engine tests, then the relevance suite, when the demo is there."""
    items.sort(key=lambda item: (RUN_ORDER[database_block(item)], needs_the_seeded_demo(item)))


class SharedSetupScheduling(LoadScopeScheduling):
    _queue_ordered = False

    def _split_scope(self, nodeid):
        return unit_of(nodeid)

    def _assign_work_unit(self, node):
        # xdist fills its work queue (unit → tests) in schedule(), just before handing out the first unit.
        if not self._queue_ordered:
            units = sorted(self.workqueue.items(), key=lambda item: handing_out_rank(item[0], len(item[1])))
            self.workqueue.clear()
            self.workqueue.update(units)
            self._queue_ordered = True
        super()._assign_work_unit(node)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") == "loadgroup":
        return SharedSetupScheduling(config, log)
    return None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    began = time.time()
    yield
    timeline = os.environ.get("TEST_TIMELINE")
    if timeline:
        # `make test` runs both databases' runs at once, each with its own gw0 and gw1, into the same file.
        worker = f"{os.environ.get('TEST_DATABASE', 'sqlite')}-{os.environ.get('PYTEST_XDIST_WORKER', 'master')}"
        with open(timeline, "a") as out:
            out.write(f"{worker} {unit_of(item.nodeid)} {began:.3f} {time.time():.3f} {item.nodeid.split('::')[0]}\n")


# A run once took 137 s between its last test and pytest's summary, outside every test's protocol (README, "make
# test"), and nothing showed what the processes waited for. The dump goes to the stderr the process started with (the
# log of `make test`), not to pytest's capture of it.
@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session):
    capture = session.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        stderr = os.fdopen(os.dup(2), "w")
    faulthandler.dump_traceback_later(float(os.environ.get("TEST_TAIL_SECONDS", "30")), repeat=True, file=stderr)


def summarise(path):
    """Each worker's first start and last end, then the units and the modules by time spent, with their worker."""
    spans = defaultdict(lambda: [float("inf"), 0.0])
    units, modules = defaultdict(float), defaultdict(float)
    runs_on = {}
    for line in Path(path).read_text().splitlines():
        worker, unit, began, ended, *module = line.split()  # timelines before the module was written have none
        span = spans[worker]
        span[0], span[1] = min(span[0], float(began)), max(span[1], float(ended))
        run = worker.split("-", 1)[0]  # the same unit in the SQLite and the PostgreSQL run is two
        units[run, unit] += float(ended) - float(began)
        runs_on[run, unit] = worker
        if module and module[0] != unit:
            modules[run, module[0]] += float(ended) - float(began)
            runs_on[run, module[0]] = worker
    start = min(span[0] for span in spans.values())
    for worker, (began, ended) in sorted(spans.items()):
        print(f"{worker}: from {began - start:.0f} s to {ended - start:.0f} s")
    for title, times in (("units", units), ("modules of the shared-setup units", modules)):
        print(title)
        for (run, name), seconds in sorted(times.items(), key=lambda item: -item[1])[:20]:
            print(f"{seconds:7.1f} s  {runs_on[run, name]}  {name}")


if __name__ == "__main__":
    summarise(sys.argv[1])
