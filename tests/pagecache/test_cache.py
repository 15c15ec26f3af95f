"""The page cache: anonymous visitors get stored pages, editors and forms never do, and any publish shows at once.

The cache is off in the test settings, so other tests see what they render; these tests turn it on.
"""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from core.models import FooterText, SiteSettings
from pagecache import store
from tests import factories, hrefs, soup_of, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings, home):
    settings.PAGE_CACHE_ENABLED = True
    # The first render creates the site's settings row, and a settings change purges: create it before any visit.
    SiteSettings.for_site(home.get_site())


@pytest.fixture
def about(home):
    return factories.create_standard_page(home, title="About the Caucus", slug="about", show_in_menus=True)


def title_of(response):
    return soup_of(response).h1.get_text(strip=True)


def publish_through_the_admin(admin_client, page, **changes):
    """Post the page's admin edit form as its editor sees it, with some fields changed, and publish."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="page-edit-form")
    data["body-count"] = "0"  # The StreamField is drawn by JavaScript; the page has no blocks.
    data.update(changes)
    data["action-publish"] = "action-publish"
    response = admin_client.post(url, data)
    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").get_text()[:2000]


def test_the_second_anonymous_visit_is_served_from_the_cache_without_a_query(client, about, django_assert_num_queries):
    first = client.get("/en/about/")
    with django_assert_num_queries(0):
        second = client.get("/en/about/")

    assert (first.status_code, first["X-Cache"]) == (200, "MISS")
    assert (second.status_code, second["X-Cache"]) == (200, "HIT")
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Language"] == "en"
    assert "Cookie" in second["Vary"]
    assert client.head("/en/about/")["X-Cache"] == "HIT"


def test_a_query_string_is_part_of_the_key(client, about):
    client.get("/en/about/")

    assert client.get("/en/about/?page=2")["X-Cache"] == "MISS"
    assert client.get("/en/about/?page=2")["X-Cache"] == "HIT"


def test_a_title_published_in_the_admin_shows_on_the_next_visit(client, admin_client, about):
    client.get("/en/about/")
    assert client.get("/en/about/")["X-Cache"] == "HIT"

    publish_through_the_admin(admin_client, about, title="About the WSIS Gender Caucus")
    response = client.get("/en/about/")

    assert response["X-Cache"] == "MISS"
    assert title_of(response) == "About the WSIS Gender Caucus"
    assert client.get("/en/about/")["X-Cache"] == "HIT"


def test_a_published_revision_purges_every_page_it_appears_on(client, home, about):
    client.get("/en/")
    client.get("/en/about/")

    about.title = "Who we are"
    about.save_revision().publish()

    assert title_of(client.get("/en/about/")) == "Who we are"
    # The menu on every other page names it too.
    assert "Who we are" in text_of(client.get("/en/"))


def test_a_draft_keeps_the_published_page_in_the_cache(client, about):
    client.get("/en/about/")

    about.title = "A draft title"
    about.save_revision()
    response = client.get("/en/about/")

    assert response["X-Cache"] == "HIT"
    assert title_of(response) == "About the Caucus"


def test_unpublishing_in_the_admin_removes_the_page_at_once(client, admin_client, about):
    client.get("/en/about/")
    assert client.get("/en/about/")["X-Cache"] == "HIT"

    response = admin_client.post(reverse("wagtailadmin_pages:unpublish", args=[about.pk]))
    assert response.status_code == 302

    assert client.get("/en/about/").status_code == 404


def test_moving_and_deleting_purge(client, home, about):
    section = factories.create_standard_page(home, title="Section", slug="section")
    client.get("/en/about/")
    client.get("/en/about/")

    about.move(section, pos="last-child")

    # Wagtail leaves a redirect behind at the old address.
    moved = client.get("/en/about/")
    assert (moved.status_code, moved["Location"]) == (301, "/en/section/about/")
    assert client.get("/en/section/about/").status_code == 200

    section.delete()

    assert client.get("/en/section/about/").status_code == 404


def test_a_logged_in_editor_is_never_served_from_the_cache_nor_fills_it(client, admin_client, about):
    client.get("/en/about/")
    assert client.get("/en/about/")["X-Cache"] == "HIT"

    for _ in range(2):
        editor_view = admin_client.get("/en/about/")
        assert editor_view["X-Cache"] == "BYPASS"
        assert b"wagtail-userbar" in editor_view.content

    visitor_view = client.get("/en/about/")
    assert visitor_view["X-Cache"] == "HIT"
    assert b"wagtail-userbar" not in visitor_view.content


def test_the_admin_is_outside_the_cache(admin_client, about):
    assert "X-Cache" not in admin_client.get(reverse("wagtailadmin_home"))


@pytest.fixture
def contact_page(home):
    return factories.create_form_page(
        home,
        [{"label": "Message", "field_type": "multiline", "required": True}],
        title="Contact us",
        slug="contact-us",
        thank_you_text="<p>Thank you, we will be in touch.</p>",
    )


def test_a_form_page_is_never_stored_and_its_csrf_token_is_the_visitors_own(contact_page):
    earlier_visitor = Client(enforce_csrf_checks=True)
    assert earlier_visitor.get("/en/contact-us/")["X-Cache"] == "BYPASS"

    visitor = Client(enforce_csrf_checks=True)
    response = visitor.get("/en/contact-us/")
    assert response["X-Cache"] == "BYPASS"
    assert "csrftoken" in response.cookies
    token = soup_of(response).find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]

    sent = visitor.post("/en/contact-us/", {"csrfmiddlewaretoken": token, "message": "Hello", "website": ""})

    assert sent.status_code == 200
    assert "Thank you, we will be in touch." in text_of(sent)
    assert sent["X-Cache"] == "BYPASS"


def test_renaming_a_taxonomy_term_purges(client, home):
    priority = factories.create_priority(1, "Access to ICTs")
    client.get("/en/")
    assert client.get("/en/")["X-Cache"] == "HIT"

    priority.name = "Meaningful access to ICTs"
    priority.save()
    response = client.get("/en/")

    assert response["X-Cache"] == "MISS"
    assert "Meaningful access to ICTs" in text_of(response)


def test_changing_the_site_settings_purges(client, home):
    client.get("/en/")

    site_settings = SiteSettings.for_site(home.get_site())
    site_settings.contact_email = "geneva@example.org"
    site_settings.save()

    assert "geneva@example.org" in text_of(client.get("/en/"))


def test_changing_the_footer_purges(client, home):
    client.get("/en/")

    FooterText.objects.create(locale=home.locale, text="Geneva 2003 – Tunis 2005")

    assert "Geneva 2003 – Tunis 2005" in text_of(client.get("/en/"))


def test_each_language_has_its_own_entry(client, home, about):
    french_about = about.copy_for_translation(factories.locale("fr"), copy_parents=True)
    french_about.title, french_about.slug = "À propos du Caucus", "a-propos"
    french_about.save_revision().publish()
    for url in ("/en/about/", "/fr/a-propos/"):
        assert client.get(url)["X-Cache"] == "MISS"

    english = client.get("/en/about/", HTTP_ACCEPT_LANGUAGE="fr")
    french = client.get("/fr/a-propos/", HTTP_ACCEPT_LANGUAGE="en")

    assert (english["X-Cache"], french["X-Cache"]) == ("HIT", "HIT")
    assert (soup_of(english).html["lang"], title_of(english)) == ("en", "About the Caucus")
    assert (soup_of(french).html["lang"], title_of(french)) == ("fr", "À propos du Caucus")


def test_a_language_without_the_page_still_redirects_from_the_cache(client, about):
    first = client.get("/es/about/")
    second = client.get("/es/about/")

    assert (first.status_code, first["Location"]) == (302, "/en/about/")
    assert (second.status_code, second["Location"], second["X-Cache"]) == (302, "/en/about/", "HIT")


def test_an_evicted_generation_never_revives_old_entries(client, about):
    client.get("/en/about/")
    caches[store.CACHE_ALIAS].delete("generation")

    assert client.get("/en/about/")["X-Cache"] == "MISS"


def test_with_the_cache_off_nothing_is_stored(client, about, settings):
    settings.PAGE_CACHE_ENABLED = False

    assert "X-Cache" not in client.get("/en/about/")
    assert "X-Cache" not in client.get("/en/about/")


def test_the_site_stays_up_and_publishing_works_while_the_cache_is_down(client, about, monkeypatch):
    def unreachable():
        raise ConnectionError("The cache server is restarting")

    monkeypatch.setattr(store, "_cache", unreachable)
    about.title = "Still publishing"
    about.save_revision().publish()
    response = client.get("/en/about/")

    assert (response.status_code, response["X-Cache"]) == (200, "BYPASS")
    assert title_of(response) == "Still publishing"


@pytest.fixture
def sourcebook(home):
    book = factories.create_sourcebook(home, title="Sourcebook", slug="sourcebook")
    chapter = factories.create_chapter(book, title="Why gender matters", slug="why-gender-matters")
    french = chapter.copy_for_translation(factories.locale("fr"), copy_parents=True)
    french.save_revision().publish()
    return chapter


@pytest.fixture
def partners(home):
    """A page in its own section, not in the menus."""
    return factories.create_standard_page(home, title="Partners", slug="partners")


def visit_twice(client, *urls):
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Cache"] == "HIT", url


def test_a_publish_purges_its_section_translations_and_home_page_and_keeps_the_rest(client, home, sourcebook, partners):
    chapter_url, french_url = "/en/sourcebook/why-gender-matters/", "/fr/sourcebook/why-gender-matters/"
    visit_twice(client, "/en/", "/en/partners/", "/en/sourcebook/", chapter_url, french_url, "/sitemap.xml")

    sourcebook.title = "Why gender matters in WSIS"
    sourcebook.save_revision().publish()

    assert client.get("/en/partners/")["X-Cache"] == "HIT", "another section keeps its cached pages"
    for url in ("/en/", "/en/sourcebook/", french_url, "/sitemap.xml"):
        assert client.get(url)["X-Cache"] == "MISS", url
    response = client.get(chapter_url)
    assert response["X-Cache"] == "MISS"
    assert "Why gender matters in WSIS" in title_of(response)


def test_a_page_that_links_to_the_published_page_is_purged_too(client, home, sourcebook, partners):
    link = f'<p>Read <a linktype="page" id="{sourcebook.pk}">the first chapter</a>.</p>'
    linking = factories.create_standard_page(
        home, title="Resources", slug="resources", body=[factories.paragraph(link)]
    )
    visit_twice(client, "/en/resources/", "/en/partners/")

    sourcebook.slug = "gender-matters"
    sourcebook.save_revision().publish()

    response = client.get("/en/resources/")
    assert response["X-Cache"] == "MISS"
    assert "/en/sourcebook/gender-matters/" in hrefs(response)
    assert client.get("/en/partners/")["X-Cache"] == "HIT"
    assert linking.live


def test_anonymous_pages_may_be_held_by_a_cdn_and_an_editors_never(client, admin_client, settings, about):
    settings.CDN_CACHE_SECONDS = 120

    for response in (client.get("/en/about/"), client.get("/en/about/")):
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"public", "max-age=0", "s-maxage=120"} <= directives, response["X-Cache"]

    assert "public" not in admin_client.get("/en/about/").get("Cache-Control", "")
