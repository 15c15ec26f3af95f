"""RSS and Atom feeds of new training materials and events, one per language, newest first."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from programmes.models import TrainingMaterialPage
from tests import assert_flat_query_count, factories, listing_queries, soup_of

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAX_QUERIES = 10


def rss(response, content_type="application/rss+xml; charset=utf-8"):
    """The <channel> of an RSS response, parsed (so the feed is well-formed XML)."""
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.find("channel")


def atom(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return root


def published(days_ago):
    return timezone.now() - datetime.timedelta(days=days_ago)


@pytest.fixture
def library(programmes):
    return factories.create_training_index(programmes, title="Training materials", slug="training")


@pytest.fixture
def materials(library):
    """Three guides published on different days, and a draft."""
    guide = factories.create_material_type("Guide")
    topic = factories.create_topic("ICT policy")

    def material(title, days_ago, **fields):
        return factories.create_material(
            library,
            revision=False,
            title=title,
            material_type=guide,
            first_published_at=published(days_ago),
            **fields,
        )

    return {
        "oldest": material("Gender budgeting toolkit", 30, summary="Budgets that see gender."),
        "newest": material("Advocacy guide", 1, summary="How to brief a national delegation.", topics=[topic]),
        "middle": material("Trainer's handbook", 10),
        "draft": factories.create_material(library, title="Unfinished module", publish=False, material_type=guide),
    }


def test_materials_rss_lists_live_materials_newest_first(client, library, materials):
    channel = rss(client.get("/en/feeds/materials/rss/"))

    assert channel.findtext("title") == "WSIS Gender Caucus: New training materials"
    assert channel.findtext("language") == "en"
    assert channel.findtext("link") == library.get_full_url()
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "Advocacy guide",
        "Trainer's handbook",
        "Gender budgeting toolkit",
    ]
    newest = items[0]
    assert newest.findtext("link") == materials["newest"].get_full_url()
    assert newest.findtext("description") == "How to brief a national delegation."
    assert [category.text for category in newest.findall("category")] == ["Guide", "ICT policy"]


def test_materials_atom_feed_says_its_language(client, materials):
    feed = atom(client.get("/en/feeds/materials/atom/"))

    assert feed.get(XML_LANG) == "en"
    assert feed.findtext(f"{ATOM}title") == "WSIS Gender Caucus: New training materials"
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == "http://testserver/en/feeds/materials/atom/"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}link").get("href") for entry in entries] == [
        materials[key].get_full_url() for key in ("newest", "middle", "oldest")
    ]
    assert entries[0].findtext(f"{ATOM}summary") == "How to brief a national delegation."


def test_french_feeds_list_french_pages_only(client, home, programmes, library, materials):
    factories.publish_translation(home, "fr", title="Accueil")
    factories.publish_translation(programmes, "fr", title="Programmes")
    french_library = factories.publish_translation(library, "fr", title="Formation")
    french = factories.publish_translation(materials["oldest"], "fr", title="Boîte à outils budgétaire")

    channel = rss(client.get("/fr/feeds/materials/rss/"))
    assert channel.findtext("language") == "fr"
    assert channel.findtext("link") == french_library.get_full_url()
    assert [item.findtext("link") for item in channel.findall("item")] == [french.get_full_url()]

    feed = atom(client.get("/fr/feeds/materials/atom/"))
    assert feed.get(XML_LANG) == "fr"
    assert [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")] == ["Boîte à outils budgétaire"]

    assert len(rss(client.get("/en/feeds/materials/rss/")).findall("item")) == 3


def test_a_language_without_content_has_an_empty_feed_linking_its_home(client, materials):
    channel = rss(client.get("/es/feeds/materials/rss/"))

    assert channel.findall("item") == []
    assert channel.findtext("language") == "es"
    assert channel.findtext("link") == "http://testserver/es/"


def test_feeds_stop_at_twenty_items(client, library):
    guide = factories.create_material_type("Guide")
    for day in range(22):
        factories.create_material(library, revision=False, material_type=guide, first_published_at=published(day))

    items = rss(client.get("/en/feeds/materials/rss/")).findall("item")

    assert len(items) == 20
    newest = TrainingMaterialPage.objects.order_by("-first_published_at").first()
    assert items[0].findtext("link") == newest.get_full_url()


def test_events_feeds_announce_new_events_with_when_and_where(client, programmes, southern_africa):
    calendar = factories.create_event_calendar(programmes)
    factories.create_event(southern_africa, revision=False, title="Tunis roundtable", first_published_at=published(20))
    factories.create_event(
        southern_africa,
        revision=False,
        title="Blantyre workshop",
        summary="Two days of advocacy training.",
        start_date=datetime.date(2003, 11, 24),
        end_date=datetime.date(2003, 11, 25),
        city="Blantyre",
        country="MW",
        first_published_at=published(2),
    )

    channel = rss(client.get("/en/feeds/events/rss/"))
    assert channel.findtext("title") == "WSIS Gender Caucus: New events"
    assert channel.findtext("link") == calendar.get_full_url()
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Blantyre workshop", "Tunis roundtable"]
    assert items[0].findtext("description") == (
        "Nov. 24, 2003 – Nov. 25, 2003 · Blantyre, Malawi. Two days of advocacy training."
    )

    feed = atom(client.get("/en/feeds/events/atom/"))
    assert [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")] == [
        "Blantyre workshop",
        "Tunis roundtable",
    ]


def test_the_head_links_the_feeds(client, home):
    head = soup_of(client.get("/en/")).head

    feeds = {link["href"]: link["type"] for link in head.find_all("link", rel="alternate", type=True)}
    assert feeds == {
        "/en/feeds/materials/rss/": "application/rss+xml",
        "/en/feeds/materials/atom/": "application/atom+xml",
        "/en/feeds/events/rss/": "application/rss+xml",
        "/en/feeds/events/atom/": "application/atom+xml",
    }


@pytest.mark.parametrize("url", ["/en/feeds/materials/rss/", "/en/feeds/materials/atom/"])
def test_materials_feeds_query_count_does_not_grow(client, library, url):
    guide = factories.create_material_type("Guide")
    topics = [factories.create_topic("Advocacy"), factories.create_topic("ICT policy")]
    image = factories.create_image()

    def grow(count):
        for _ in range(count):
            factories.create_material(
                library, revision=False, material_type=guide, topics=topics, listing_image=image, summary="A guide."
            )

    assert_flat_query_count(*listing_queries(client, url, grow, sizes=(5, 30)), MAX_QUERIES)


@pytest.mark.parametrize("url", ["/en/feeds/events/rss/", "/en/feeds/events/atom/"])
def test_events_feeds_query_count_does_not_grow(client, programmes, southern_africa, url):
    factories.create_event_calendar(programmes)

    def grow(count):
        for _ in range(count):
            factories.create_event(
                southern_africa, revision=False, city="Lilongwe", country="MW", summary="A workshop."
            )

    assert_flat_query_count(*listing_queries(client, url, grow, sizes=(5, 30)), MAX_QUERIES)
