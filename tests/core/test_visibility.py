"""What is private stays private: a page behind a password (or login) shows in no public listing, feed, map, sitemap,
search result or PDF, while its public siblings still do (so each check can fail)."""

import datetime
import re
from io import BytesIO
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from wagtail.models import PageViewRestriction

from core.visibility import is_public, public_pages
from sourcebook import pdf
from tests import factories, hrefs, soup_of, text_of
from tests.module_data import built_once, read_again, references

pytestmark = pytest.mark.django_db

SECRET = "Zanzibarium"
NEXT_YEAR = datetime.date.today() + datetime.timedelta(days=365)


# The secret word in any page's title, summary or text; a search for the word alone may echo the query itself.
PRIVATE_TEXT = re.compile(
    SECRET + r" (region|summary|plan|aims|workshop|agenda|guide|toolkit|chapter|page)|negotiating"
)


def restrict(page, restriction_type=PageViewRestriction.PASSWORD):
    return PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, password="letmein")


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(scope="module")
def _site_built(django_db_setup, django_db_blocker):
    """The site of `site`, built once for the module (tests/module_data.py)."""
    with built_once(django_db_blocker):
        yield references(build_site())


@pytest.fixture
def site(_site_built, db):
    """Each content type twice: an open page, and a private one whose title and summary carry the secret word."""
    return read_again(_site_built)


def build_site():
    home = factories.create_site_home(summary="The home of the WSIS Gender Caucus.")
    programmes = factories.create_programme_index(home, summary="National and regional programmes.")
    kenya = factories.create_region_page(programmes, title="East Africa")
    hidden_region = factories.create_region_page(programmes, title=f"{SECRET} region", summary=f"{SECRET} summary")
    calendar = factories.create_event_calendar(programmes)
    library = factories.create_training_index(programmes)
    book = factories.create_sourcebook(home, title="Sourcebook", slug="sourcebook")
    pages = SimpleNamespace(
        region=kenya,
        hidden_region=hidden_region,
        calendar=calendar,
        library=library,
        book=book,
        plan=factories.create_plan(kenya, title="Open plan", country="KE", showcased=True),
        private_plan=factories.create_plan(
            kenya, title=f"{SECRET} plan", summary=f"{SECRET} aims", country="TZ", showcased=True
        ),
        event=factories.create_event(kenya, title="Open workshop", start_date=NEXT_YEAR, country="KE"),
        private_event=factories.create_event(
            kenya, title=f"{SECRET} workshop", start_date=NEXT_YEAR, country="UG", summary=f"{SECRET} agenda"
        ),
        material=factories.create_material(library, title="Open guide"),
        private_material=factories.create_material(
            library, title=f"{SECRET} guide", summary=f"{SECRET} toolkit", countries=["RW"]
        ),
        first=factories.create_chapter(book, title="First chapter"),
        private_chapter=factories.create_chapter(
            book,
            title=f"{SECRET} chapter",
            body=[factories.paragraph(f"<p>The {SECRET} negotiating position, in full.</p>")],
        ),
        last=factories.create_chapter(book, title="Last chapter"),
        private_page=factories.create_standard_page(home, title=f"{SECRET} page", show_in_menus=True),
    )
    factories.feature_plans(home, [pages.plan, pages.private_plan])
    for private in (
        pages.hidden_region,
        pages.private_plan,
        pages.private_event,
        pages.private_material,
        pages.private_chapter,
        pages.private_page,
    ):
        restrict(private)
    return pages


PUBLIC_PLACES = {
    "home page": ("/en/", "Open plan"),
    "programmes section": ("/en/programmes/", "Open plan"),
    "region page": ("/en/programmes/east-africa/", "Open workshop"),
    "events calendar": ("/en/programmes/events/", "Open workshop"),
    "country list": ("/en/programmes/countries/", "Kenya"),
    "country page": ("/en/programmes/countries/KE/", "Open plan"),
    "training library": ("/en/programmes/training/", "Open guide"),
    "sourcebook contents": ("/en/sourcebook/", "First chapter"),
    "materials feed": ("/en/feeds/materials/rss/", "Open guide"),
    "events feed": ("/en/feeds/events/atom/", "Open workshop"),
    "events calendar file": ("/en/events.ics", "Open workshop"),
    "sitemap": ("/sitemap.xml", "/en/sourcebook/first-chapter/"),
    "search page": ("/en/search/?q=open", "Open guide"),
    "search page, private word": ("/en/search/?q=" + SECRET, "0"),
    "search API": ("/en/search/api/?q=open", "Open guide"),
    "search API, private word": ("/en/search/api/?q=" + SECRET, '"total": 0'),
    "autocomplete": ("/en/search/autocomplete/?q=open", "Open guide"),
    "autocomplete, private word": ("/en/search/autocomplete/?q=" + SECRET[:5], '"suggestions": []'),
}


@pytest.mark.parametrize("url, public_text", PUBLIC_PLACES.values(), ids=PUBLIC_PLACES.keys())
def test_private_pages_show_nowhere_public(client, site, url, public_text):
    response = client.get(url)

    assert response.status_code == 200
    content = response.content.decode()
    if "<sitemapindex" in content:  # the sitemap is an index: read every part it names
        parts = re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", content)
        content += "".join(client.get(part).content.decode() for part in parts)
    assert public_text in re.sub(r"</?mark>", "", content)  # search marks the words it matched
    assert not PRIVATE_TEXT.search(content)


def test_a_country_with_only_private_content_has_no_webspace(client, site):
    for code in ("TZ", "UG", "RW"):
        assert client.get(f"/en/programmes/countries/{code}/").status_code == 404


def test_chapter_previous_and_next_skip_a_private_chapter(client, site):
    response = client.get(site.first.url)

    assert site.last.url in hrefs(response)
    assert site.private_chapter.url not in hrefs(response)
    assert SECRET not in text_of(response)


def test_a_reader_with_the_password_reads_the_private_chapter_in_its_place(client, site):
    form = client.get(site.private_chapter.url)
    assert SECRET not in text_of(form), "the password form shows, not the chapter"

    action = soup_of(form).find("form", method="POST")["action"]
    posted = client.post(action, {"password": "letmein", "return_url": site.private_chapter.url})
    assert posted.status_code == 302
    response = client.get(site.private_chapter.url)

    assert f"The {SECRET} negotiating position" in text_of(response)
    assert site.first.url in hrefs(response) and site.last.url in hrefs(response)


def test_the_main_menu_leaves_out_a_private_page(client, site):
    factories.create_standard_page(site.book.get_parent(), title="About the Caucus", show_in_menus=True)

    menu = text_of(client.get("/en/programmes/"))

    assert "About the Caucus" in menu
    assert SECRET not in menu


def pdf_text(client):
    response = client.get("/en/sourcebook/pdf/")
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(content)).pages)


def test_the_pdf_holds_only_public_chapters(client, site):
    text = pdf_text(client)

    assert "First chapter" in text and "Last chapter" in text
    assert SECRET not in text


def test_the_stored_pdf_is_rebuilt_when_a_restriction_is_added_or_lifted(client, site, settings):
    PageViewRestriction.objects.filter(page=site.private_chapter).delete()
    assert SECRET in pdf_text(client)
    stored = list((settings.MEDIA_ROOT / pdf.STORAGE_FOLDER).glob("*.pdf"))
    assert len(stored) == 1

    restrict(site.private_chapter, PageViewRestriction.LOGIN)

    assert not stored[0].exists(), "the stored PDF with the now private chapter is deleted at once"
    assert SECRET not in pdf_text(client)


def test_a_restriction_on_an_ancestor_makes_the_whole_subtree_private(site):
    restrict(site.region)

    assert not is_public(site.plan)
    assert not public_pages().filter(pk=site.event.pk).exists()
    assert is_public(site.material)
    assert not is_public(site.private_material)
