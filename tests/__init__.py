"""The project's tests; the helpers below read rendered pages the way a visitor sees them."""

from bs4 import BeautifulSoup
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from pagecache import store


def soup_of(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(response):
    """The visible text of a page with whitespace collapsed."""
    soup = soup_of(response)
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    return " ".join(soup.get_text(" ").split())


def hrefs(element):
    """Every link target in a response or a BeautifulSoup element, in document order."""
    if not hasattr(element, "find_all"):
        element = soup_of(element)
    return [anchor["href"] for anchor in element.find_all("a", href=True)]


def shows_date(response, date):
    """Whether the page shows `date` in a <time datetime="…"> element, as the templates' date_range tag prints it."""
    return soup_of(response).find("time", attrs={"datetime": date.isoformat()}) is not None


def render_queries(client, url, purged=False):
    """The SQL a warm render of `url` runs (the first render fills the rendition and site-root caches); `purged`: the
    render right after a publish, every cached fragment and route forgotten."""
    assert client.get(url).status_code == 200
    if purged:
        store.purge()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in context.captured_queries]


def listing_queries(client, url, grow, sizes=(5, 50), purged=False):
    """The queries of `url` after `grow(n)` has added content up to each size (`purged`: see render_queries).

    Search and reference indexing run as background tasks on every save; they are skipped while growing,
    as they play no part in rendering and would dominate the run time.
    """
    results = []
    built = 0
    for size in sizes:
        with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
            grow(size - built)
        built = size
        results.append(render_queries(client, url, purged))
    return results


def assert_flat_query_count(small, large, bound, tolerance=0):
    """The queries of a listing do not grow with its length and stay under `bound`."""
    extra = "\n".join(sql for sql in large if sql not in small)[:3000]
    assert len(large) - len(small) <= tolerance, (
        f"{len(small)} queries for the short list, {len(large)} for the long:\n{extra}"
    )
    assert len(large) <= bound, f"{len(large)} queries, more than {bound}:\n" + "\n".join(large)[:6000]
