"""An English site with an About page, a region and an event, and helpers to publish French, Arabic… translations."""

import datetime

import pytest

from core.models import Region
from tests import factories

EVENT_DATE = datetime.date(2003, 11, 17)


@pytest.fixture
def site(programmes):
    """/en/ → About, Programmes → Southern Africa (a region named in English only) → an event on 17 November 2003."""
    return build_site(programmes)


def build_site(programmes):
    home = programmes.get_parent().specific
    region = Region.objects.create(name_en="Southern Africa", slug="southern-africa")
    region_page = factories.create_region_page(programmes, region, title="Southern Africa", slug="southern-africa")
    return {
        "home": home,
        "about": factories.create_standard_page(home, title="About", slug="about", show_in_menus=True),
        "programmes": programmes,
        "region": region,
        "region_page": region_page,
        "event": factories.create_event(region_page, title="Gender and ICT workshop", start_date=EVENT_DATE),
    }


@pytest.fixture
def french_site(site):
    """The home, About and Programmes pages published in French."""
    return build_french_site(site)


def build_french_site(site):
    return {
        "home": factories.publish_translation(site["home"], "fr", title="Accueil", hero_title="Combler le fossé"),
        "about": factories.publish_translation(site["about"], "fr", title="À propos", slug="a-propos"),
        "programmes": factories.publish_translation(site["programmes"], "fr", title="Programmes", slug="programmes"),
    }


@pytest.fixture
def arabic_site(site):
    """The home and About pages published in Arabic."""
    return {
        "home": factories.publish_translation(site["home"], "ar", title="الرئيسية", hero_title="سد الفجوة"),
        "about": factories.publish_translation(site["about"], "ar", title="من نحن", slug="about"),
    }
