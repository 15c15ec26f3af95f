"""Images reach visitors as responsive <picture>s: several widths, WebP and AVIF, reserved sizes, lazy loading."""

import PIL.features
import pytest
from django.conf import settings
from django.core.files.storage import default_storage

from tests import factories, soup_of

pytestmark = pytest.mark.django_db

AVIF = PIL.features.check("avif")


def widths(srcset):
    """The width descriptors of a srcset, e.g. [320, 480, 800]."""
    return [int(candidate.split()[1].removesuffix("w")) for candidate in srcset.split(",")]


def urls(picture):
    """Every image URL a <picture> offers, from its sources and its <img>."""
    candidates = [source["srcset"] for source in picture.find_all("source")] + [picture.img["srcset"]]
    return {item.split()[0] for srcset in candidates for item in srcset.split(",")} | {picture.img["src"]}


def assert_responsive(picture, *, sizes_reserved=True, min_widths=2):
    img = picture.img
    assert len(widths(img["srcset"])) >= min_widths
    assert img["sizes"]
    if sizes_reserved:
        assert int(img["width"]) > 0 and int(img["height"]) > 0
    sources = {source["type"]: source for source in picture.find_all("source")}
    assert "image/webp" in sources
    assert len(widths(sources["image/webp"]["srcset"])) >= min_widths
    assert sources["image/webp"]["sizes"] == img["sizes"]
    # The fallback <img> is JPEG: every browser shows it, even without WebP.
    assert img["src"].endswith(".jpg")
    for url in urls(picture):
        assert default_storage.exists(url.removeprefix(settings.MEDIA_URL)), url
    return sources


@pytest.fixture
def photo(db):
    image = factories.create_image("Delegates in Tunis", size=(1600, 1000))
    image.description = "Delegates of the Gender Caucus at the Tunis summit"
    image.save()
    return image


def test_a_plan_card_image_is_a_lazy_responsive_webp_picture(client, home, programmes, photo):
    region_page = factories.create_region_page(programmes)
    factories.create_plan(region_page, title="Malawi plan", listing_image=photo)

    picture = soup_of(client.get(region_page.url)).select_one(".card__media picture")

    sources = assert_responsive(picture)
    assert widths(picture.img["srcset"]) == [320, 480, 800]
    assert picture.img["loading"] == "lazy"
    # Many cards render at once: AVIF's slow encoding is kept for the one image at the top of a page.
    assert "image/avif" not in sources
    assert picture.img["alt"] == "Delegates of the Gender Caucus at the Tunis summit"


def test_a_material_card_image_is_a_lazy_responsive_webp_picture(client, programmes, photo):
    library = factories.create_training_index(programmes)
    factories.create_material(library, title="Advocacy guide", listing_image=photo)

    picture = soup_of(client.get(library.url)).select_one(".card__media picture")

    assert_responsive(picture)
    assert picture.img["loading"] == "lazy"


def test_the_hero_image_loads_first_in_avif_and_webp(client, photo):
    home = factories.create_site_home(hero_image=photo)

    picture = soup_of(client.get(home.url)).select_one(".hero__media picture")

    sources = assert_responsive(picture)
    assert widths(picture.img["srcset"]) == [640, 960, 1280]
    assert picture.img["fetchpriority"] == "high"
    assert picture.img.get("loading") != "lazy"
    assert "hero__image" in picture.img["class"]
    assert ("image/avif" in sources) is AVIF
    if AVIF:
        # The browser takes the first source it can show: AVIF, then WebP, then the JPEG <img>.
        assert [source["type"] for source in picture.find_all("source")] == ["image/avif", "image/webp"]


def test_the_sourcebook_cover_loads_first(client, home, photo):
    book = factories.create_sourcebook(home, title="Sourcebook", cover_image=photo)

    picture = soup_of(client.get(book.url)).select_one(".book-header__cover picture")

    sources = assert_responsive(picture)
    assert picture.img["fetchpriority"] == "high"
    assert picture.img.get("loading") != "lazy"
    assert ("image/avif" in sources) is AVIF


def test_an_image_in_the_body_is_lazy_with_its_description_as_alt_text(client, home, photo):
    page = factories.create_standard_page(
        home, title="Tunis", body=[("image", {"image": photo, "caption": "Tunis, 2005", "attribution": ""})]
    )

    picture = soup_of(client.get(page.url)).select_one("figure.image-block picture")

    assert_responsive(picture)
    assert widths(picture.img["srcset"]) == [480, 800, 1200]
    assert picture.img["loading"] == "lazy"
    assert picture.img["alt"] == "Delegates of the Gender Caucus at the Tunis summit"
    assert picture.find_next_sibling("figcaption").get_text(strip=True) == "Tunis, 2005"


def test_an_image_without_a_description_is_described_by_its_title(client, home):
    image = factories.create_image("Workshop in Lilongwe", size=(1200, 800))
    page = factories.create_standard_page(home, title="Lilongwe", body=[("image", {"image": image})])

    picture = soup_of(client.get(page.url)).select_one("figure.image-block picture")

    assert picture.img["alt"] == "Workshop in Lilongwe"
