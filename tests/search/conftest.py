"""A small bilingual site to search: training materials, plans, events and a Sourcebook in English, most of it
translated into French (copy_for_translation, then edited and published as a translator would), one page in Spanish.

Every page is indexed by the database backend as it is published (the default backend in the tests).

The site is built once per test module, in a transaction rolled back when the module is done (as tests/editorial/
editors does); each test runs in a savepoint of it and gets its own instances of the pages, read again.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import translation
from wagtail.models import Locale

from tests import factories
from tests.module_data import built_once, read_again, references


@pytest.fixture
def english():
    """Requests leave their language active in the thread; taxonomy names are written in English (the fallback)."""
    translation.activate("en")
    yield
    translation.activate("en")


def body(*paragraphs):
    return [factories.paragraph(f"<p>{text}</p>") for text in paragraphs]


@pytest.fixture
def french(db):
    return factories.locale("fr")


@pytest.fixture
def spanish(db):
    return factories.locale("es")


@pytest.fixture
def taxonomy(db, english):
    return _taxonomy()


def _taxonomy():
    advocacy = factories.create_priority(
        2, "Advocacy for gender-aware ICT policy", short_name="Advocacy", name_fr="Plaidoyer", short_name_fr="Plaidoyer"
    )
    capacity = factories.create_priority(
        3, "Capacity building", short_name="Capacity", name_fr="Renforcement des capacités"
    )
    return SimpleNamespace(
        advocacy=advocacy,
        capacity=capacity,
        access=factories.create_priority(1, "Access to infrastructure", short_name="Access"),
        africa=factories.create_region("Africa", name_fr="Afrique"),
        asia=factories.create_region("Asia", name_fr="Asie"),
        policy=factories.create_topic("ICT policy"),
        media=factories.create_topic("Media"),
        toolkit=factories.create_material_type("Toolkit"),
        guide=factories.create_material_type("Guide"),
    )


@pytest.fixture(scope="module")
def _site_built(django_db_setup, django_db_blocker):
    """The site of `site`, built once for the module (tests/module_data.py)."""
    with built_once(django_db_blocker):
        home = factories.create_site_home(summary="The home of the WSIS Gender Caucus.")
        programmes = factories.create_programme_index(home, summary="National and regional programmes.")
        yield references(build_site(programmes, _taxonomy(), factories.locale("fr"), factories.locale("es")))


@pytest.fixture
def site(_site_built, db, english):
    """The English site, its French translation, and one Spanish material (fresh instances for each test)."""
    return read_again(_site_built)


def build_site(programmes, taxonomy, french, spanish):
    """The English site, its French translation, and one Spanish material."""
    t = taxonomy
    home = programmes.get_parent().specific
    library = factories.create_training_index(programmes, revision=False)
    toolkit = factories.create_material(
        library,
        title="Advocacy training toolkit",
        slug="advocacy-training-toolkit",
        summary="A workshop toolkit on advocacy for gender equality in ICT policy.",
        body=body("This training helps gender advocates prepare a national advocacy campaign."),
        material_type=t.toolkit,
        priorities=[t.advocacy],
        topics=[t.policy],
        revision=False,
    )
    guide = factories.create_material(
        library,
        title="Media outreach guide",
        slug="media-outreach-guide",
        summary="Working with journalists.",
        body=body("How to brief journalists, with a section on advocacy through the media."),
        material_type=t.guide,
        priorities=[t.capacity],
        topics=[t.media],
        revision=False,
    )
    africa = factories.create_region_page(programmes, t.africa, slug="africa")
    asia = factories.create_region_page(programmes, t.asia, slug="asia")
    malawi = factories.create_plan(
        africa,
        title="Malawi national programme",
        slug="malawi",
        summary="A national advocacy programme for women in ICT.",
        start_date=datetime.date(2004, 3, 1),
        priorities=[t.advocacy],
        country="MW",
        revision=False,
    )
    workshop = factories.create_event(
        africa,
        title="Lusaka advocacy workshop",
        slug="lusaka-workshop",
        summary="Two days of training for advocates.",
        start_date=datetime.date(2005, 6, 20),
        priorities=[t.capacity],
        country="ZM",
        revision=False,
    )
    india = factories.create_plan(
        asia,
        title="India national programme",
        slug="india",
        summary="Training women in rural telecentres.",
        start_date=datetime.date(2003, 9, 1),
        priorities=[t.capacity],
        country="IN",
        revision=False,
    )
    sourcebook = factories.create_sourcebook(home, title="The Sourcebook", slug="sourcebook", revision=False)
    chapter = factories.create_chapter(
        sourcebook,
        title="Advocacy strategies",
        slug="advocacy-strategies",
        body=body("Advocacy needs allies in government and in civil society."),
        revision=False,
    )

    toolkit_fr = factories.publish_translation(
        toolkit,
        french,
        title="Formation au plaidoyer",
        slug="formation-au-plaidoyer",
        summary="Une boîte à outils pour la formation au plaidoyer en faveur de l’égalité des genres.",
        body=body("Cette formation aide les militantes à préparer une campagne nationale de plaidoyer."),
    )
    guide_fr = factories.publish_translation(
        guide,
        french,
        title="Guide des relations avec les médias",
        slug="guide-medias",
        summary="Travailler avec les journalistes : une formation courte.",
        body=body("Comment informer les journalistes."),
    )
    malawi_fr = factories.publish_translation(
        malawi,
        french,
        title="Programme national du Malawi",
        slug="malawi",
        summary="Un programme national de plaidoyer pour les femmes dans les TIC.",
    )
    chapter_fr = factories.publish_translation(
        chapter,
        french,
        title="Stratégies de plaidoyer",
        slug="strategies-de-plaidoyer",
        body=body("Le plaidoyer a besoin d’alliés ; une formation aide à les trouver."),
    )
    toolkit_es = factories.publish_translation(
        toolkit,
        spanish,
        title="Formación en incidencia política",
        slug="formacion-en-incidencia",
        summary="Una caja de herramientas sobre incidencia política.",
        body=body("Esta formación prepara una campaña nacional de incidencia."),
    )
    return SimpleNamespace(
        home=home,
        programmes=programmes,
        library=library,
        toolkit=toolkit,
        guide=guide,
        africa=africa,
        asia=asia,
        malawi=malawi,
        workshop=workshop,
        india=india,
        sourcebook=sourcebook,
        chapter=chapter,
        toolkit_fr=toolkit_fr,
        guide_fr=guide_fr,
        malawi_fr=malawi_fr,
        chapter_fr=chapter_fr,
        toolkit_es=toolkit_es,
        french=french,
        english=Locale.objects.get(language_code="en"),
        taxonomy=taxonomy,
    )
