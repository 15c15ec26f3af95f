"""How search engines and link previews find the site: sitemap.xml, robots.txt, canonical and OpenGraph tags."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.core.files.storage import default_storage
from wagtail.images import get_image_model

from core.seo import og_locale
from tests import assert_flat_query_count, factories, listing_queries, soup_of

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
MAX_SITEMAP_QUERIES = 12


def sitemap_index(client):
    """[(part URL, lastmod)] of /sitemap.xml, parsed (so it is well-formed XML)."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    root = ET.fromstring(response.content)
    return [(part.findtext(f"{SITEMAP}loc"), part.findtext(f"{SITEMAP}lastmod")) for part in root]


def sitemap_entries(client):
    """{location: {hreflang: href}} of every part the index links to, each parsed (so it is well-formed XML)."""
    entries = {}
    for location, _lastmod in sitemap_index(client):
        response = client.get(location)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/xml"
        for url in ET.fromstring(response.content).findall(f"{SITEMAP}url"):
            location = url.findtext(f"{SITEMAP}loc")
            assert location not in entries, f"{location} is listed twice"
            entries[location] = {link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")}
    return entries


@pytest.fixture
def bilingual_site(home):
    """/en/ and /fr/ with an About page in both languages, and pages that exist in English only."""
    about = factories.create_standard_page(home, title="About", slug="about")
    return {
        "home": home,
        "about": about,
        "contact": factories.create_standard_page(home, title="Contact", slug="contact"),
        "draft": factories.create_standard_page(home, title="Unfinished", slug="unfinished", publish=False),
        "fr_home": factories.publish_translation(home, "fr", title="Accueil"),
        "fr_about": factories.publish_translation(about, "fr", title="À propos", slug="a-propos"),
    }


# --- sitemap.xml -----------------------------------------------------------------------------------------------------


def test_sitemap_lists_every_live_page_in_every_language(client, bilingual_site):
    entries = sitemap_entries(client)

    assert set(entries) == {
        "http://testserver/en/",
        "http://testserver/en/about/",
        "http://testserver/en/contact/",
        "http://testserver/fr/",
        "http://testserver/fr/a-propos/",
    }


def test_sitemap_links_each_page_to_its_translations(client, bilingual_site):
    entries = sitemap_entries(client)

    about = {"en": "http://testserver/en/about/", "fr": "http://testserver/fr/a-propos/"}
    expected = {**about, "x-default": about["en"]}
    assert entries[about["en"]] == expected
    assert entries[about["fr"]] == expected
    assert entries["http://testserver/fr/"] == {
        "en": "http://testserver/en/",
        "fr": "http://testserver/fr/",
        "x-default": "http://testserver/en/",
    }
    # A page in one language has no alternates to point at.
    assert entries["http://testserver/en/contact/"] == {}


def test_sitemap_uses_bcp47_tags_for_chinese(client, bilingual_site):
    factories.publish_translation(bilingual_site["home"], "zh-hans", title="主页")

    entries = sitemap_entries(client)

    assert entries["http://testserver/en/"]["zh-Hans"] == "http://testserver/zh-hans/"


def test_sitemap_index_has_a_part_per_language_and_section_with_lastmod(client, bilingual_site):
    parts = sitemap_index(client)

    # English: the home page alone, About, Contact (Unfinished is a draft); French: the home page alone, À propos.
    assert len(parts) == 5
    assert all(lastmod for _location, lastmod in parts)
    french_about = bilingual_site["fr_about"]
    assert (f"http://testserver/sitemap-{french_about.pk}.xml", french_about.last_published_at.isoformat()) in parts


def test_a_page_published_after_the_index_was_read_is_in_it_at_once(client, home, bilingual_site):
    before = sitemap_index(client)
    draft = factories.create_standard_page(home, title="News", slug="news", publish=False)
    assert sitemap_index(client) == before

    draft.get_latest_revision().publish()

    draft.refresh_from_db()
    assert (f"http://testserver/sitemap-{draft.pk}.xml", draft.last_published_at.isoformat()) in sitemap_index(client)


def test_a_sitemap_part_of_another_kind_of_page_is_not_found(client, bilingual_site):
    assert client.get("/sitemap-999999.xml").status_code == 404
    assert client.get(f"/sitemap-{bilingual_site['about'].pk}.xml", {"p": 2}).status_code == 404


def test_sitemap_query_count_does_not_grow(client, home):
    factories.publish_translation(home, "fr", title="Accueil")
    section = factories.create_standard_page(home, title="Section", slug="section")
    factories.publish_translation(section, "fr")

    def grow(count):
        for _ in range(count):
            page = factories.create_standard_page(section, revision=False)
            factories.publish_translation(page, "fr")
            factories.create_standard_page(home, revision=False)  # A section of its own: one more part.

    part = f"/sitemap-{section.pk}.xml"
    index = listing_queries(client, "/sitemap.xml", grow, sizes=(5, 30), purged=True)  # Counted, not kept.
    assert_flat_query_count(*index, MAX_SITEMAP_QUERIES)
    assert_flat_query_count(*listing_queries(client, part, grow, sizes=(5, 30)), MAX_SITEMAP_QUERIES)


# --- robots.txt ------------------------------------------------------------------------------------------------------


def test_robots_txt_allows_all_but_the_admin_and_points_at_the_sitemap(client, home):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Allow: /" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


# --- canonical, OpenGraph and Twitter tags ---------------------------------------------------------------------------


def head_meta(response):
    """{property or name: content} of the <meta> tags in <head>, and the canonical link under "canonical"."""
    assert response.status_code in (200, 404)
    head = soup_of(response).head
    tags = {tag.get("property") or tag.get("name"): tag["content"] for tag in head.find_all("meta", content=True)}
    canonical = head.find_all("link", rel="canonical")
    assert len(canonical) <= 1
    if canonical:
        tags["canonical"] = canonical[0]["href"]
    return tags


def test_a_page_with_an_image_has_a_large_card_with_an_absolute_rendition_url(client, home):
    image = factories.create_image("Delegates in Tunis", size=(1600, 900))
    page = factories.create_standard_page(
        home, title="Tunis phase", slug="tunis", summary="The second phase of the summit.", listing_image=image
    )

    tags = head_meta(client.get("/en/tunis/?utm_source=newsletter"))

    assert tags["canonical"] == page.get_full_url() == "http://testserver/en/tunis/"
    assert tags["og:url"] == tags["canonical"]
    assert tags["og:title"] == "Tunis phase"
    assert tags["og:description"] == "The second phase of the summit."
    assert tags["og:type"] == "article"
    assert tags["og:locale"] == "en_US"
    assert tags["og:site_name"] == "WSIS Gender Caucus"
    rendition = image.renditions.get(filter_spec="fill-1200x630")
    assert tags["og:image"] == f"http://testserver{rendition.url}"
    assert default_storage.exists(rendition.file.name)
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")
    assert tags["og:image:alt"] == "Delegates in Tunis"
    assert tags["twitter:card"] == "summary_large_image"
    assert tags["twitter:image"] == tags["og:image"]


def test_the_home_page_shares_its_hero_image(client):
    image = factories.create_image("Hero", size=(1600, 900))
    factories.create_site_home(hero_image=image)

    tags = head_meta(client.get("/en/"))

    assert tags["og:type"] == "website"
    assert urlsplit(tags["og:image"]).path == image.renditions.get(filter_spec="fill-1200x630").url


def test_a_page_without_an_image_has_a_small_card(client, home):
    factories.create_standard_page(
        home, title="Contact", slug="contact", summary="Write to us.", search_description="How to reach the caucus."
    )

    tags = head_meta(client.get("/en/contact/"))

    assert "og:image" not in tags
    assert tags["twitter:card"] == "summary"
    # The search description is written for previews; the summary is the fallback.
    assert tags["og:description"] == "How to reach the caucus."


def test_meta_tags_escape_what_editors_write(client, home):
    title = 'Gender & ICT: "Bridging" <the> gap'
    factories.create_standard_page(home, title=title, slug="bridging", summary="Access <b>for</b> all & more.")

    response = client.get("/en/bridging/")
    tags = head_meta(response)

    assert tags["og:title"] == title
    assert tags["og:description"] == "Access <b>for</b> all & more."
    html = response.content.decode()
    assert "<the>" not in html.split("</head>")[0]
    assert 'content="Gender &amp; ICT: &quot;Bridging&quot; &lt;the&gt; gap"' in html


def test_a_french_page_says_fr_fr_and_is_its_own_canonical(client, bilingual_site):
    tags = head_meta(client.get("/fr/a-propos/"))

    assert tags["og:locale"] == "fr_FR"
    assert tags["canonical"] == "http://testserver/fr/a-propos/"
    assert tags["og:title"] == "À propos"


def test_a_routable_sub_page_keeps_its_own_canonical(client, programmes):
    tags = head_meta(client.get("/en/programmes/countries/"))

    assert tags["canonical"] == "http://testserver/en/programmes/countries/"


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [("en", "en_US"), ("fr", "fr_FR"), ("es", "es_ES"), ("ar", "ar"), ("ru", "ru_RU"), ("zh-hans", "zh_CN")],
)
def test_og_locale_has_the_territory_form(language_code, expected):
    assert og_locale(language_code) == expected


@pytest.mark.parametrize("url", ["/en/search/?q=gender", "/en/no-such-page/"])
def test_views_that_are_not_pages_have_site_tags_and_no_canonical(client, home, url):
    tags = head_meta(client.get(url))

    assert "canonical" not in tags
    assert "og:title" not in tags
    assert tags["og:site_name"] == "WSIS Gender Caucus"
    assert tags["og:type"] == "website"


def test_a_missing_image_file_leaves_out_the_image_instead_of_failing(client, home):
    image = factories.create_image("Lost", size=(1600, 900))
    default_storage.delete(image.file.name)
    get_image_model().objects.filter(pk=image.pk).update(file="original_images/lost-forever.png")
    factories.create_standard_page(home, title="Lost", slug="lost", listing_image=image)

    tags = head_meta(client.get("/en/lost/"))

    assert "og:image" not in tags
    assert tags["twitter:card"] == "summary"
