"""`make test`'s parallel run keeps a shared-setup folder on one worker (tests/scheduling.py): a small suite of the same
shape, run by pytest-xdist in a fresh process, builds its expensive fixture once and runs every test that uses it on
the same worker, while the other tests still spread over both workers."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)

HEAVY = """
import os
import pytest

@pytest.fixture(scope="session")
def heavy():
    with open(os.environ["BUILDS"], "a") as builds:
        builds.write(os.environ["PYTEST_XDIST_WORKER"] + "\\n")
"""

USES_HEAVY = """
import os
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


def test_a_shared_setup_folder_runs_on_one_worker_and_builds_its_fixture_once(tmp_path):
    (tmp_path / "tests" / "browser").mkdir(parents=True)
    (tmp_path / "tests" / "browser" / "conftest.py").write_text(HEAVY)
    for name, count in (("test_pages.py", 6), ("test_states.py", 3)):
        (tmp_path / "tests" / "browser" / name).write_text(USES_HEAVY.format(count=count))
    (tmp_path / "tests" / "other").mkdir()
    for number in range(8):
        (tmp_path / "tests" / "other" / f"test_plain_{number}.py").write_text(PLAIN)
    builds = tmp_path / "builds.txt"
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    environment.update(BUILDS=str(builds), PYTHONPATH=str(ROOT))

    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.scheduling", "-p", "no:django", "-p", "no:cacheprovider"]
        + ["-n", "2", "--dist", "loadgroup", "-v", "-s", "tests"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    workers = {line.split()[0] for line in result.stdout.splitlines() if "PASSED tests/" in line}
    shared = {line.split()[0] for line in result.stdout.splitlines() if "PASSED tests/browser/" in line}
    assert workers == {"[gw0]", "[gw1]"}, result.stdout
    assert len(shared) == 1, result.stdout
    assert len(builds.read_text().split()) == 1
