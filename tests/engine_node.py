"""The run's search node: one real Elasticsearch node per test process, for the engine tests (tests/search/engine)
and the production stack (tests/ops/test_production_stack.py), which tests/scheduling.py puts on the same worker.

A node's boot costs about 12 s of CPU; the stack used to boot one of its own beside the engine tests' one. It now
takes this one, with an index prefix of its own, and stops and starts it for real when it tests the engine's outage.

In CI (CI=true) these tests must run: a node that cannot start fails them with the reason. Elsewhere they are skipped
unless SEARCH_ENGINE_TESTS=1, because the first run downloads Elasticsearch from Maven Central and each run spends
~20 s starting it.
"""

import os

import pytest

from search_node import ENGINE_DESCRIPTION, SearchNode

ENABLE_HINT = (
    "engine tests skipped: set SEARCH_ENGINE_TESTS=1 (or CI=true) to run them against a real Elasticsearch node "
    "(needs a JDK 21+ and Maven; see tools/search-node/NOTES.md)"
)
MEMORY = "/dev/shm"


def engine_tests_enabled():
    return any(
        os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"} for name in ("CI", "SEARCH_ENGINE_TESTS")
    )


def memory_folder():
    """/dev/shm when the machine has it: the node's data in memory, where its fsyncs (one per indexing request, and
    per cluster change, such as creating an index) cost nothing; it rebuilds its indices about twice as fast there."""
    return MEMORY if os.path.isdir(MEMORY) and os.access(MEMORY, os.W_OK) else None


@pytest.fixture(scope="session")
def launched_node():
    """The node, launched without waiting (None when engine tests are off, or the error if it cannot launch)."""
    if not engine_tests_enabled():
        yield None
        return
    node = SearchNode(keep_data=True, workdir_parent=memory_folder())
    try:
        node.start(wait=False)
    except Exception as error:  # noqa: BLE001 - reported by search_node, in the tests that need it
        node.close()
        yield error
        return
    yield node
    node.close()


def ready(node):
    """The launched node once it answers; skips (engine tests off) or fails (cannot start) otherwise."""
    if node is None:
        pytest.skip(ENABLE_HINT)
    failure = node if isinstance(node, Exception) else None
    if failure is None:
        try:
            return node.wait_until_ready()
        except Exception as error:  # noqa: BLE001
            failure = error
    pytest.fail(f"could not start {ENGINE_DESCRIPTION}: {failure}", pytrace=False)
