"""A crawler walks the seeded demo site in every language, as a visitor's or a search engine's would, from each home
page, the sitemap and robots.txt, and finds no link to nowhere, no stray origin and no English where it should not be.
"""

from urllib.parse import unquote

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.test import Client

from tests.i18n.crawler import Crawler

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"


@pytest.fixture(scope="package")
def crawl(seed_output, django_db_blocker):
    """The whole demo site crawled once for the package."""
    start = [f"/{code}/" for code, _name in settings.LANGUAGES] + ["/sitemap.xml", "/robots.txt"]
    crawler = Crawler(
        Client(raise_request_exception=False),
        ORIGIN,
        media_exists=lambda name: default_storage.exists(unquote(name)),
    )
    with django_db_blocker.unblock():
        return crawler.crawl(start)


def _report(problems, limit=40):
    return "\n".join(problems[:limit]) + (f"\n… and {len(problems) - limit} more" if len(problems) > limit else "")


def test_the_crawl_reaches_every_language(crawl):
    for code, _name in settings.LANGUAGES:
        pages = [path for path, status in crawl.visited.items() if path.startswith(f"/{code}/") and status == 200]
        assert len(pages) >= 5, f"only {len(pages)} pages answered in {code}"
    assert len(crawl.visited) > 200


def test_no_link_answers_404_or_a_server_error(crawl):
    problems = crawl.of_kind("broken link")
    assert not problems, _report(problems)


def test_absolute_urls_are_on_the_sites_one_origin(crawl):
    problems = crawl.of_kind("localhost URL") + crawl.of_kind("mixed origin")
    assert not problems, _report(problems)


def test_no_english_sentence_on_a_page_in_another_language_outside_lang_en(crawl):
    problems = crawl.of_kind("English text")
    assert not problems, _report(problems)


def test_no_plural_is_made_by_adding_an_s(crawl):
    problems = crawl.of_kind("untranslated plural")
    assert not problems, _report(problems)
