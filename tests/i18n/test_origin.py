"""One origin for every absolute URL: canonical, hreflang, sitemap, feeds, .ics, robots.txt and OpenGraph agree."""

import re
from urllib.parse import urlsplit

import pytest
from wagtail.models import Site

from tests import factories
from tests.i18n.conftest import build_french_site, build_site
from tests.module_data import built_once, read_again, references

pytestmark = pytest.mark.django_db

ABSOLUTE = re.compile(r"https?://[^\s\"'<>]+")
NAMESPACES = ("www.sitemaps.org", "www.w3.org", "www.w3.org", "purl.org")


def origins(content):
    """The origins of the absolute URLs in a response body, XML namespaces left out."""
    found = {f"{urlsplit(url).scheme}://{urlsplit(url).netloc}" for url in ABSOLUTE.findall(content.decode())}
    return {origin for origin in found if urlsplit(origin).hostname not in NAMESPACES}


@pytest.fixture(scope="module")
def _published_built(django_db_setup, django_db_blocker):
    """The site of `published`, built once for the module (tests/module_data.py)."""
    with built_once(django_db_blocker):
        home = factories.create_site_home(summary="The home of the WSIS Gender Caucus.")
        site = build_site(factories.create_programme_index(home, summary="National and regional programmes."))
        build_french_site(site)
        image = factories.create_image("Delegates in Geneva", size=(1600, 900))
        about = site["about"]
        about.listing_image = image
        about.save_revision().publish()
        factories.create_material(factories.create_training_index(site["home"]), title="Toolkit")
        yield references(site)


@pytest.fixture
def published(_published_built, db):
    """The English site of tests/i18n/conftest.py in French too, with an image and a training material."""
    return read_again(_published_built)


URLS = (
    "/en/about/",
    "/fr/",
    "/sitemap.xml",
    "/robots.txt",
    "/en/programmes/southern-africa/gender-and-ict-workshop/ics/",
    "/en/feeds/events/rss/",
    "/en/feeds/materials/atom/",
)


@pytest.mark.parametrize("path", URLS)
def test_every_absolute_url_is_on_the_origin_the_visitor_used_in_development(client, published, path):
    response = client.get(path, HTTP_HOST="127.0.0.1:8000")

    assert response.status_code == 200
    assert origins(response.content) == {"http://127.0.0.1:8000"}


@pytest.mark.parametrize("path", URLS)
def test_site_url_wins_over_the_request(client, published, settings, path):
    settings.SITE_URL = "https://caucus.example.org"

    response = client.get(path, HTTP_HOST="127.0.0.1:8000")

    assert origins(response.content) == {"https://caucus.example.org"}


def test_without_a_request_origin_the_wagtail_site_names_the_origin(client, published, settings):
    settings.ABSOLUTE_URLS_FROM_REQUEST = False
    Site.objects.filter(is_default_site=True).update(hostname="caucus.example.org", port=443)
    settings.ALLOWED_HOSTS = ["caucus.example.org"]

    response = client.get("/sitemap.xml", HTTP_HOST="caucus.example.org", secure=True)

    assert origins(response.content) == {"https://caucus.example.org"}


def test_a_localhost_site_on_port_80_gives_way_to_the_admin_base_url(published, settings):
    """Wagtail's default Site (localhost:80, where nothing answers) is never written into a link."""
    settings.ABSOLUTE_URLS_FROM_REQUEST = False
    settings.WAGTAILADMIN_BASE_URL = "https://caucus.example.org"

    assert published["about"].get_full_url() == "https://caucus.example.org/en/about/"
