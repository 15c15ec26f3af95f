"""What frames every page reads in the page's language: the footer, image alt texts, menus and chapter numbers."""

import pytest

from core.models import FooterText
from tests import factories, soup_of

pytestmark = pytest.mark.django_db

ENGLISH_FOOTER = "The Caucus works for gender equality in the Information Society."


@pytest.fixture
def english_footer(site):
    return FooterText.objects.create(
        locale=factories.default_locale(),
        text=ENGLISH_FOOTER,
        social_links=[("link", {"label": "Mailing list", "url": "https://lists.example.org/caucus"})],
    )


def footer(response):
    return soup_of(response).find("footer", class_="site-footer")


def test_a_language_without_its_own_footer_shows_the_english_one_marked_as_english(client, english_footer, arabic_site):
    about = footer(client.get("/ar/"))

    text = about.find(string=lambda value: value and ENGLISH_FOOTER in value)
    assert text is not None
    assert text.find_parent(attrs={"lang": True})["lang"] == "en"
    assert about.find("a", string="Mailing list").find_parent(attrs={"lang": True})["lang"] == "en"


def test_a_translated_footer_is_shown_in_its_language_unmarked(client, english_footer, french_site):
    french = english_footer.copy_for_translation(factories.locale("fr"))
    french.text = "Le Caucus œuvre pour l'égalité des genres dans la société de l'information."
    french.social_links = [("link", {"label": "Liste de diffusion", "url": "https://lists.example.org/caucus"})]
    french.save()

    about = footer(client.get("/fr/"))

    assert "Le Caucus œuvre" in about.get_text()
    assert ENGLISH_FOOTER not in about.get_text()
    assert about.find("a", string="Liste de diffusion") is not None
    assert about.find(attrs={"lang": "en"}) is None
    assert ENGLISH_FOOTER in footer(client.get("/en/")).get_text()


def test_an_image_takes_its_alt_text_from_the_page_in_each_language_or_none_when_decorative(client, site):
    image = factories.create_image("Delegates in Geneva", size=(900, 600))
    plan = factories.create_plan(
        site["region_page"], title="Malawi plan", listing_image=image, listing_image_alt="Delegates in a meeting room"
    )
    factories.publish_translation(site["programmes"], "fr", title="Programmes", slug="programmes")
    factories.publish_translation(site["region_page"], "fr", title="Afrique australe", slug="afrique-australe")
    factories.publish_translation(plan, "fr", title="Plan du Malawi", listing_image_alt="Des délégués en réunion")

    english = soup_of(client.get(site["region_page"].url)).select_one(".card__media img")
    french = soup_of(client.get("/fr/programmes/afrique-australe/")).select_one(".card__media img")
    assert english["alt"] == "Delegates in a meeting room"
    assert french["alt"] == "Des délégués en réunion"

    plan.listing_image_decorative = True
    plan.save_revision().publish()
    assert soup_of(client.get(site["region_page"].url)).select_one(".card__media img")["alt"] == ""


def test_menus_follow_the_english_order_whatever_order_the_translations_were_made_in(client, site):
    home = site["home"]
    contact = factories.create_standard_page(home, title="Contact", slug="contact", show_in_menus=True)
    factories.publish_translation(home, "fr", title="Accueil")
    # Translated last-first: the French tree holds them in the opposite order.
    factories.publish_translation(contact, "fr", title="Contact", slug="contact")
    factories.publish_translation(site["about"], "fr", title="À propos", slug="a-propos")

    def menu(path):
        items = soup_of(client.get(path)).select("ul.main-menu a[href]")
        return [anchor["href"].split("/")[2] for anchor in items]

    assert menu("/en/") == ["about", "contact"]
    assert menu("/fr/") == ["a-propos", "contact"]


def test_a_chapter_keeps_its_number_in_a_language_that_has_only_some_chapters(client, site):
    book = factories.create_sourcebook(site["home"], title="The Sourcebook", slug="sourcebook")
    factories.create_chapter(book, title="Why national programmes matter", slug="why")
    second = factories.create_chapter(book, title="The five strategic priorities", slug="priorities")
    factories.publish_translation(book, "fr", title="Le manuel", slug="manuel")
    french = factories.publish_translation(second, "fr", title="Les cinq priorités", slug="priorites")

    heading = soup_of(client.get(french.url)).find("h1").get_text(" ", strip=True)

    assert heading.startswith("Chapitre 2")
