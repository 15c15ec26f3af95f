"""Pages published while the engine is down are found once it is back, with nobody running update_index: the
missed changes wait in the database and the background worker replays them (search/catchup.py)."""

import datetime
import uuid

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from search import catchup
from search.engine_index import schema_version
from search.forms import SearchParams
from search.models import PendingIndexChange
from search.service import run_search
from tests.search.engine.content import create_home, library, material

# The real worker takes an exclusive transaction, which SQLite cannot open inside a test's transaction. The missed
# changes and the worker's queue are the database's: the PostgreSQL run keeps these (tests/postgres_fixtures.py).
pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True), pytest.mark.database_side]


@pytest.fixture
def home(db):
    """A home page of the test's own: the module-wide one (content.py) lives in a transaction these tests cannot be
    run in."""
    return create_home()


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def replays():
    return DBTaskResult.objects.filter(task_path=catchup.replay_index_changes.module_path)


def the_minute_passes():
    """What waiting for the scheduled replay looks like to the worker: its time has come."""
    replays().filter(status="READY").update(run_after=timezone.now())


def titles(engine, fr):
    """What the engine finds."""
    engine.refresh()
    results = engine.backend.search("atelier", Page.objects.live().filter(locale=fr.locale))
    return sorted(page.title for page in results)


def test_a_page_published_while_the_engine_was_down_is_found_within_a_minute_of_its_return(
    gated_engine, home, database_tasks
):
    engine = gated_engine
    fr = library(home, "fr")
    material(fr, "Atelier de plaidoyer")
    run_worker()
    assert titles(engine, fr) == ["Atelier de plaidoyer"]

    with engine.outage():
        material(fr, "Formation des formatrices", text="Animer un atelier de formation.")
        run_worker()  # the index update fails: the change is kept, and a replay is scheduled

        assert PendingIndexChange.objects.filter(action="index").exists()
        scheduled = replays().get(status="READY")
        assert scheduled.run_after - timezone.now() <= datetime.timedelta(minutes=1)

        the_minute_passes()
        run_worker()  # still down: the replay asks again later
        assert PendingIndexChange.objects.exists()
        assert replays().filter(status="READY").count() == 1

    the_minute_passes()
    run_worker()

    assert not PendingIndexChange.objects.exists()
    assert titles(engine, fr) == ["Atelier de plaidoyer", "Formation des formatrices"]


def test_an_unpublish_while_the_engine_was_down_takes_the_page_out_once_it_is_back(gated_engine, home, database_tasks):
    engine = gated_engine
    fr = library(home, "fr")
    material(fr, "Atelier de plaidoyer")
    gone = material(fr, "Atelier annulé")
    run_worker()
    assert titles(engine, fr) == ["Atelier annulé", "Atelier de plaidoyer"]

    with engine.outage():
        gone.delete()
        assert PendingIndexChange.objects.filter(action="delete").exists()

    the_minute_passes()
    run_worker()

    assert titles(engine, fr) == ["Atelier de plaidoyer"]


@pytest.fixture
def fresh_engine(engine, settings):
    """The engine as on a first start: nothing built under this index prefix yet."""
    prefix = f"fresh_{uuid.uuid4().hex[:8]}_"
    settings.WAGTAILSEARCH_BACKENDS = {
        **engine.backends,
        "default": {**engine.backends["default"], "INDEX_PREFIX": prefix},
    }
    settings.SEARCH_ENGINE_RETRY_SECONDS = 0
    yield engine
    names = list(engine.es.indices.get(index=f"{prefix}*"))
    if names:
        engine.es.indices.delete(index=",".join(names))


def test_on_a_first_start_search_answers_from_the_database_with_the_notice_until_the_worker_built_the_indices(
    fresh_engine, home, settings
):
    fr = library(home, "fr")
    material(fr, "Atelier de plaidoyer")  # indexed at once in the database, kept for the engine
    assert PendingIndexChange.objects.filter(action="index").exists()
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    before = run_search(SearchParams({"q": "atelier"}), fr.locale)

    assert before.degraded, "the page says results may be less complete"
    assert [hit.title for hit in before.hits] == ["Atelier de plaidoyer"]
    assert DBTaskResult.objects.filter(task_path=catchup.build_indices.module_path, status="READY").count() == 1

    run_worker()  # builds the indices, then replays what was saved meanwhile
    fresh_engine.refresh()
    after = run_search(SearchParams({"q": "atelier"}), fr.locale)

    assert not after.degraded
    assert [hit.title for hit in after.hits] == ["Atelier de plaidoyer"]
    assert titles(fresh_engine, fr) == ["Atelier de plaidoyer"]


def test_indices_built_for_another_version_of_the_site_are_rebuilt_by_the_worker(fresh_engine, home, settings):
    fr = library(home, "fr")
    material(fr, "Atelier de plaidoyer")
    call_command("update_index", backend_name="default", verbosity=0)
    prefix = settings.WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"]
    # What a deploy that changed the documents or the analysis finds: indices built under another schema.
    fresh_engine.es.indices.put_mapping(index=f"{prefix}*", meta={"schema": "built-by-the-previous-release"})
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    before = run_search(SearchParams({"q": "atelier"}), fr.locale)

    assert before.degraded, "the page says results may be less complete while the indices are rebuilt"
    assert [hit.title for hit in before.hits] == ["Atelier de plaidoyer"]
    assert DBTaskResult.objects.filter(task_path=catchup.build_indices.module_path, status="READY").count() == 1

    run_worker()
    fresh_engine.refresh()
    after = run_search(SearchParams({"q": "atelier"}), fr.locale)

    assert not after.degraded
    assert [hit.title for hit in after.hits] == ["Atelier de plaidoyer"]
    schemas = fresh_engine.es.indices.get_mapping(index=f"{prefix}*", filter_path="*.mappings._meta.schema")
    assert {info["mappings"]["_meta"]["schema"] for info in schemas.values()} == {schema_version()}
