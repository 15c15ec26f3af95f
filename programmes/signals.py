"""Publishing or unpublishing a plan, event or material purges every listing that shows it from another section.

The page cache's own purge (pagecache.signals) reaches the sections of the page, its translations and the pages that
link to it. Some listings show programme content wherever it lives: the programmes page's map and the countries list
(countries of materials in any library), every language's training library (its count of materials per language) and
the events calendar. When those stand in another section than the page published, as a library at /en/training/ beside
/en/programmes/ does, they are purged here, in every language: their cached pages and their listings' fragments, which
are keyed on their own section's generation like the chrome."""

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from pagecache import store
from pagecache.signals import purges_held
from programmes.models import (
    EventCalendarPage,
    EventPage,
    ProgrammeIndexPage,
    ProgrammePlanPage,
    TrainingMaterialIndexPage,
    TrainingMaterialPage,
)

SHOWN_ON = (ProgrammeIndexPage, TrainingMaterialIndexPage, EventCalendarPage)


def purge_listings(sender, instance, **kwargs):
    if purges_held():
        return
    listings = Page.objects.live().type(*SHOWN_ON).only("url_path")
    paths = (parts[2] for parts in (page.get_url_parts() for page in listings) if parts and parts[2])
    store.purge_sections({store.section_of(path) for path in paths})


def connect():
    for model in (ProgrammePlanPage, EventPage, TrainingMaterialPage):
        for signal in (page_published, page_unpublished):
            signal.connect(purge_listings, sender=model, dispatch_uid=f"listings-{signal is page_published}-{model}")
