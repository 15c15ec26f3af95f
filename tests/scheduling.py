"""How `make test` shares the tests between its pytest-xdist workers (`--dist loadgroup`).

A folder whose tests share an expensive package- or session-wide fixture (a seeded site, Chromium, the search node,
the operations tests' servers) goes to one worker as a whole, so that fixture is built once per run; every other
test module is a unit of its own, so its module-wide fixtures are built once too. The largest units are handed out
first (xdist's loadscope ordering), the small modules balance the end.

Why not xdist's own `xdist_group` marks: xdist 3.8 groups by appending "@group" to the test's node id, which pytest
9.2 no longer honours (pytest-dev/pytest-xdist#1386), so every test became its own unit and each of those fixtures was
built on both workers. Choosing the unit from the test's path needs no node id rewriting.
"""

import pytest
from xdist.scheduler import LoadScopeScheduling

# Folder prefix (relative to the repository) → the name of its unit.
SHARED_SETUP_GROUPS = {
    "tests/browser/": "browser",
    "tests/demo/": "demo",
    "tests/editorial/editors/": "editors",
    "tests/ops/": "ops",
    "tests/search/engine/": "engine",
}


def unit_of(nodeid):
    """The unit of work a test belongs to: its folder's group, else its module."""
    path = nodeid.split("::", 1)[0]
    for prefix, group in SHARED_SETUP_GROUPS.items():
        if path.startswith(prefix):
            return group
    return path


class SharedSetupScheduling(LoadScopeScheduling):
    def _split_scope(self, nodeid):
        return unit_of(nodeid)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") == "loadgroup":
        return SharedSetupScheduling(config, log)
    return None
