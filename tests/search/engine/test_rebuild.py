"""update_index on the real engine: one index per language behind aliases, swapped atomically."""

import io
import threading
import time

from django.core.management import call_command
from wagtail.models import Page

from search.indexing import content_languages
from tests.search.engine.content import library, material


def page_aliases(engine):
    """{alias: index} for the page indices of this run."""
    return {
        alias: name
        for name, aliases in engine.indices().items()
        for alias in aliases
        if alias.startswith(f"{engine.prefix}wagtailcore_page_")
    }


def rebuild():
    out = io.StringIO()
    call_command("update_index", backend_name="default", stdout=out)
    return out.getvalue()


def test_every_language_has_its_own_index_and_analyzer(engine):
    aliases = page_aliases(engine)

    expected = {f"{engine.prefix}wagtailcore_page_{code.replace('-', '_')}" for code in content_languages()}
    assert set(aliases) == expected
    settings = engine.es.indices.get_settings(index=aliases[f"{engine.prefix}wagtailcore_page_fr"])
    default = next(iter(settings.values()))["settings"]["index"]["analysis"]["analyzer"]["default"]
    assert "caucus_french_stemmer" in default["filter"]


def test_update_index_swaps_every_alias_at_once_and_drops_the_old_indices(engine, home):
    material(library(home, "fr"), "Ateliers de plaidoyer")
    material(library(home, "en"), "Advocacy workshops")
    engine.refresh()
    before = page_aliases(engine)
    found_before = sorted(page.title for page in engine.backend.search("atelier workshop", Page.objects.live()))

    output = rebuild()

    after = page_aliases(engine)
    assert set(after) == set(before)
    assert not set(after.values()) & set(before.values())  # every alias points at a new index
    assert set(engine.indices()).isdisjoint(before.values())  # and the old ones are gone
    found_after = sorted(page.title for page in engine.backend.search("atelier workshop", Page.objects.live()))
    assert found_after == found_before == ["Advocacy workshops", "Ateliers de plaidoyer"]
    assert f"default: Rebuilding index {engine.prefix}wagtailcore_page_en" in output
    assert "default: indexed" in output  # modelsearch's progress: a dot per chunk, then the count


def test_searches_keep_answering_while_the_index_is_rebuilt(engine, home):
    fr = library(home, "fr")
    for number in range(20):
        material(fr, f"Atelier {number}", summary="Un atelier de formation au plaidoyer.")
    engine.refresh()
    alias = f"{engine.prefix}wagtailcore_page_fr"
    query = {"match": {"_all_text": "ateliers"}}
    expected = engine.es.count(index=alias, query=query)["count"]
    assert expected == 20

    counts, errors, done = [], [], threading.Event()

    def keep_searching():
        while not done.is_set():
            try:
                counts.append(engine.es.search(index=alias, query=query, size=0)["hits"]["total"]["value"])
            except Exception as error:  # noqa: BLE001 - every failure is a failed expectation
                errors.append(error)
            time.sleep(0.02)

    searcher = threading.Thread(target=keep_searching)
    searcher.start()
    try:
        rebuild()
    finally:
        done.set()
        searcher.join()

    assert errors == []
    assert len(counts) >= 10
    assert set(counts) == {expected}  # never empty, never partial
