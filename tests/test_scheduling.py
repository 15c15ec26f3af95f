"""How `make test` runs the suite: its parallel runs keep a shared-setup folder on one worker (tests/scheduling.py),
so the expensive fixture is built once, and its PostgreSQL run leaves out the tests that cannot reach the test
database and the engine tests the database plays no part in (tests/postgres_fixtures.py); a process slow to end after
its session says where it waits."""

import os
import re
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)

HEAVY = """
import os
import re
import pytest

@pytest.fixture(scope="session")
def heavy():
    with open(os.environ["BUILDS"], "a") as builds:
        builds.write(os.environ["PYTEST_XDIST_WORKER"] + "\\n")
"""

USES_HEAVY = """
import os
import re
import pytest

@pytest.mark.parametrize("n", range({count}))
def test_uses_the_shared_site(heavy, n):
    print("worker", os.environ["PYTEST_XDIST_WORKER"])
"""

PLAIN = """
import time

def test_alone():
    time.sleep(0.2)
"""

SLOW_END = """
import time

def pytest_sessionfinish(session):
    time.sleep(2.5)
"""


def on_workers(folder, options, workers=2, **environment):
    """`make test`'s scheduling (tests/scheduling.py) over the tests under `folder`, on xdist workers."""
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))},
        **environment,
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.scheduling", "-p", "no:django", "-p", "no:cacheprovider"]
        + ["-n", str(workers), "--dist", "loadgroup", *options, "tests"],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_shared_setup_folder_runs_on_one_worker_and_builds_its_fixture_once(tmp_path):
    (tmp_path / "tests" / "browser").mkdir(parents=True)
    (tmp_path / "tests" / "browser" / "conftest.py").write_text(HEAVY)
    for name, count in (("test_pages.py", 6), ("test_states.py", 3)):
        (tmp_path / "tests" / "browser" / name).write_text(USES_HEAVY.format(count=count))
    (tmp_path / "tests" / "other").mkdir()
    for number in range(8):
        (tmp_path / "tests" / "other" / f"test_plain_{number}.py").write_text(PLAIN)
    builds = tmp_path / "builds.txt"
    result = on_workers(tmp_path, ["-v", "-s"], BUILDS=str(builds))

    assert result.returncode == 0, result.stdout + result.stderr
    workers = {line.split()[0] for line in result.stdout.splitlines() if "PASSED tests/" in line}
    shared = {line.split()[0] for line in result.stdout.splitlines() if "PASSED tests/browser/" in line}
    assert workers == {"[gw0]", "[gw1]"}, result.stdout
    assert len(shared) == 1, result.stdout
    assert len(builds.read_text().split()) == 1


def test_the_slow_shared_setup_folders_are_handed_out_first(tmp_path):
    """tests/demo (which builds the run's seeded demo) goes to one worker and the production stack to the other, though
    other modules have more tests; no worker ever runs two tests at once, so each worker's first test tells its first
    unit. The rest of tests/ops is a unit of its own, handed out next, so the operations tests run on both workers."""
    for folder in ("demo", "ops", "other"):
        (tmp_path / "tests" / folder).mkdir(parents=True)
    (tmp_path / "tests" / "demo" / "test_seeded.py").write_text(PLAIN)
    (tmp_path / "tests" / "ops" / "test_production_stack.py").write_text(PLAIN)
    for name in ("test_backup.py", "test_first_start.py"):
        (tmp_path / "tests" / "ops" / name).write_text(PLAIN)
    five_tests = "".join(PLAIN.replace("test_alone", f"test_alone_{n}") for n in range(5))
    for number in range(4):
        (tmp_path / "tests" / "other" / f"test_many_{number}.py").write_text(five_tests)
    timeline = tmp_path / "timeline.txt"
    result = on_workers(tmp_path, ["-q"], TEST_TIMELINE=str(timeline))

    assert result.returncode == 0, result.stdout + result.stderr
    first, runs_on, units_in_order = {}, {}, []
    for line in sorted(timeline.read_text().splitlines(), key=lambda line: float(line.split()[2])):
        worker, unit = line.split()[:2]
        first.setdefault(worker, unit)
        runs_on.setdefault(unit, set()).add(worker)
        if unit not in units_in_order:
            units_in_order.append(unit)
    assert sorted(first.values()) == ["demo", "engine"], timeline.read_text()
    # The other operations modules are one unit (one worker), handed out third: each worker takes a second unit at the
    # start, so it is among the first four to start, ahead of the small modules that balance the end.
    assert units_in_order.index("ops") <= 3 and len(runs_on["ops"]) == 1, timeline.read_text()


def test_a_process_still_there_after_its_session_finished_writes_where_it_waits(tmp_path):
    """The worker, then the controller, kept 2.5 s past its session's end, writes its stacks after 1 s (and 2 s).

    One worker: the controller's session ends after the worker's, so their dumps do not interleave."""
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "conftest.py").write_text(SLOW_END)
    (tmp_path / "tests" / "test_plain.py").write_text(PLAIN)
    result = on_workers(tmp_path, ["-q"], workers=1, TEST_TAIL_SECONDS="1")

    assert result.returncode == 0, result.stdout + result.stderr
    dumps = result.stderr.split("Timeout (0:00:01)!\n")[1:]
    # The worker's session runs under xdist's remote loop, the controller's under pytest's own main.
    worker = [dump for dump in dumps if "xdist/remote.py" in dump]
    controller = [dump for dump in dumps if "pytest/__main__.py" in dump]
    assert worker and controller, result.stderr
    for first in (worker[0], controller[0]):
        assert 'conftest.py", line 5 in pytest_sessionfinish' in first, result.stderr


def collected_on_postgresql(*paths):
    """The tests of `paths` that the PostgreSQL run keeps (tests/postgres_fixtures.py), and pytest's output."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *paths],
        cwd=ROOT,
        env={**os.environ, "TEST_DATABASE": "postgres"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    collected = [line.split("::", 1)[1] for line in result.stdout.splitlines() if "::" in line]
    return collected, result.stdout


def test_the_postgresql_run_leaves_out_only_the_tests_that_cannot_reach_the_test_database():
    """In tests/editorial/editors/test_concurrent_editing.py, the editing tests use the seeded site (the database); the
    SQLite locking test opens its own file, so the PostgreSQL run has nothing to add."""
    collected, output = collected_on_postgresql("tests/editorial/editors/test_concurrent_editing.py")

    assert "test_a_stale_save_is_refused_with_who_changed_the_page_and_the_editor_keeps_their_text" in collected
    assert "test_a_save_from_an_up_to_date_form_is_accepted" in collected
    assert not [name for name in collected if name.startswith("test_sqlite_")], output
    assert "1 deselected" in output


def test_the_postgresql_run_keeps_the_engine_tests_of_what_the_database_answers():
    """The database fallback and the comparison of the engine's facets with the database's run on PostgreSQL too;
    what only the search node answers (its facets' query count here) runs in the SQLite run alone."""
    collected, output = collected_on_postgresql(
        "tests/search/engine/test_database_fallback.py", "tests/search/engine/test_engine_facets.py"
    )

    assert "test_database_backend_stems_on_postgresql_only" in collected, output
    assert "test_the_engine_answers_as_the_database_does[data0]" in collected, output
    assert "test_pages_are_read_only_for_the_page_shown" not in collected, output
    assert "test_a_chosen_value_keeps_its_facets_other_values_countable" not in collected, output


def test_every_test_that_reads_test_database_itself_is_kept_by_the_postgresql_run():
    """Without the mark, a test choosing a subprocess's database from TEST_DATABASE would never see PostgreSQL."""
    unmarked = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "tests").rglob("test_*.py")
        if re.search(r"""environ(\.get\(|\[)["']TEST_DATABASE""", path.read_text())
        and "follows_test_database" not in path.read_text()
    ]

    assert unmarked == []


def test_the_engine_unit_begins_with_the_production_stack_and_runs_the_relevance_suite_last_but_the_transactional():
    """tests/scheduling.py's order within a unit: what needs no test database first (the stack), what needs the
    seeded demo after the other database tests, pytest-django's transactional tests at the end."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"]
        + ["tests/search/engine", "tests/ops/test_production_stack.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )

    modules = list(dict.fromkeys(line.split("::")[0] for line in result.stdout.splitlines() if "::" in line))
    assert result.returncode == 0, result.stdout + result.stderr
    assert modules[0] == "tests/ops/test_production_stack.py", modules
    assert modules[-2:] == ["tests/search/engine/relevance/test_relevance.py", "tests/search/engine/test_catchup.py"]
