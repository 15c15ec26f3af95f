"""search/backends.py extends modelsearch through a few private methods: an upgrade must be a deliberate act.

When modelsearch changes, this test fails first: read the new version's Elasticsearch9SearchResults, adapt
search/backends.py, then move the pin here and in requirements.txt together.
"""

import inspect
import re
from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path

from django.conf import settings
from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchQueryCompiler, Elasticsearch9SearchResults
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from modelsearch.query import Fuzzy

from search.backends import FUZZINESS, LanguageQueryCompiler, SearchBackend

PRIVATE_METHODS = ("_do_search", "_backend_do_search", "_get_es_body", "_get_results_from_hits")


def _pinned():
    requirements = (Path(settings.BASE_DIR) / "requirements.txt").read_text()
    return re.search(r"^modelsearch==(\S+)$", requirements, re.M).group(1)


def test_the_installed_modelsearch_is_the_pinned_one():
    assert version("modelsearch") == _pinned() == "1.3.2"


def test_the_private_methods_we_override_or_call_still_exist():
    for name in PRIVATE_METHODS:
        assert callable(getattr(Elasticsearch9SearchResults, name, None)), name
    assert list(inspect.signature(Elasticsearch9SearchResults._backend_do_search).parameters)[:2] == ["self", "body"]


def test_the_fuzzy_query_we_extend_still_has_the_shape_we_change():
    assert callable(getattr(Elasticsearch9SearchQueryCompiler, "_compile_fuzzy_query", None))
    compiler = LanguageQueryCompiler.__new__(LanguageQueryCompiler)

    class Field:
        field_name, boost, field_name_with_boost = "title", 1.0, "title"

    one = compiler._compile_fuzzy_query(Fuzzy("advocasy", operator="and"), [Field()])
    many = compiler._compile_fuzzy_query(Fuzzy("advocasy"), [Field(), Field()])
    assert one["match"]["title"]["fuzziness"] == many["multi_match"]["fuzziness"] == FUZZINESS
    assert one["match"]["title"]["prefix_length"] == many["multi_match"]["prefix_length"] == 1
    assert one["match"]["title"]["operator"] == "and"


def test_the_database_indices_still_build_documents_the_way_our_copies_do():
    """search/database_postgres.py and search/database_sqlite.py repeat modelsearch's add_items with our indexers
    (read as text: each vendor's module imports only on its own database)."""
    for module in ("postgres.postgres", "sqlite.sqlite"):
        spec = find_spec(f"modelsearch.backends.database.{module}")
        source = Path(spec.origin).read_text()
        assert "indexers = [ObjectIndexer(obj, self.backend) for obj in objs]" in source, module
        assert "def prepare_value(self, value):" in source, module


def test_modelsearch_still_builds_its_client_through_client_class():
    """search/backends.py keeps one client per configuration (shared_client) through modelsearch's client_class."""
    assert "self.es = self.client_class(hosts=self.hosts, **options)" in inspect.getsource(
        ElasticsearchBaseSearchBackend.__init__
    )
    first = SearchBackend({"URLS": ["http://127.0.0.1:9"], "TIMEOUT": 2})
    assert SearchBackend({"URLS": ["http://127.0.0.1:9"], "TIMEOUT": 2}).es is first.es
    assert SearchBackend({"URLS": ["http://127.0.0.1:9"], "TIMEOUT": 3}).es is not first.es
