"""Purge the page cache whenever something a public page shows changes, and no more of it than that.

A page published or unpublished purges the sections (store.section_of) that show it: its own and its translations',
those of the pages that link to it (Wagtail's reference index), and the home page, feeds, calendar and sitemap,
which list recent content. A page in the menus, a move, a deletion or a page created live without a revision
(copies, imports) purges everything, as does any change to what every page draws on: snippets (the taxonomy),
settings, images, documents, redirects, view restrictions, sites and locales. A draft save keeps the cache.
"""

import threading
from contextlib import contextmanager
from functools import cache

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import BaseViewRestriction, Locale, Page, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished
from wagtail.snippets.models import get_snippet_models

from pagecache import store

# What lists recent content from every section: the home page (section ""), feeds, the calendar and the sitemap.
LISTING_SECTIONS = ("", "feeds", "events.ics", "sitemap.xml")

# Saves that only record facts about the file itself (Wagtail fills these in lazily, sometimes while rendering).
_BOOKKEEPING_FIELDS = {"file_size", "file_hash"}


@cache
def _shown_on_pages(model):
    shown = (
        BaseSiteSetting,
        BaseGenericSetting,
        BaseViewRestriction,
        Redirect,
        Site,
        Locale,
        get_image_model(),
        get_document_model(),
        *get_snippet_models(),
    )
    return issubclass(model, shown)


def purge(**kwargs):
    store.purge()


def purge_published_object(sender, instance, **kwargs):
    """Snippets with drafts; Wagtail sends this for pages too, which purge_page handles."""
    if not isinstance(instance, Page):
        store.purge()


def purge_page(sender, instance, **kwargs):
    """Published or unpublished: the sections that show the page, or everything if it is in the menus."""
    translations = list(instance.get_translations(inclusive=True).specific(defer=True))
    if any(page.show_in_menus for page in translations):
        store.purge()
        return
    linking = Page.objects.filter(pk__in=_linking_page_ids(translations))
    sections = {store.section_of(url) for url in _paths(translations + list(linking))}
    store.purge_sections(sections | set(LISTING_SECTIONS))


def _linking_page_ids(pages):
    page_type = ReferenceIndex._get_base_content_type(Page)
    references = ReferenceIndex.objects.filter(
        to_content_type=page_type, to_object_id__in=[str(page.pk) for page in pages], base_content_type=page_type
    )
    return [int(object_id) for object_id in references.values_list("object_id", flat=True)]


def _paths(pages):
    for page in pages:
        parts = page.get_url_parts()
        if parts is not None:
            yield parts[2]


def purge_on_save(sender, instance, created=False, update_fields=None, **kwargs):
    if isinstance(instance, Page):
        if created and instance.live:
            store.purge()
    elif _shown_on_pages(sender) and not (update_fields and set(update_fields) <= _BOOKKEEPING_FIELDS):
        store.purge()


def purge_on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) or _shown_on_pages(sender):
        store.purge()


def connect():
    for signal in (page_published, page_unpublished):
        signal.connect(purge_page, dispatch_uid="pagecache-purge-page")
    post_page_move.connect(purge, dispatch_uid="pagecache-purge")
    for signal in (published, unpublished):
        signal.connect(purge_published_object, dispatch_uid="pagecache-purge-object")
    post_save.connect(purge_on_save, dispatch_uid="pagecache-purge-on-save")
    post_delete.connect(purge_on_delete, dispatch_uid="pagecache-purge-on-delete")


def disconnect():
    for signal in (page_published, page_unpublished):
        signal.disconnect(dispatch_uid="pagecache-purge-page")
    post_page_move.disconnect(dispatch_uid="pagecache-purge")
    for signal in (published, unpublished):
        signal.disconnect(dispatch_uid="pagecache-purge-object")
    post_save.disconnect(dispatch_uid="pagecache-purge-on-save")
    post_delete.disconnect(dispatch_uid="pagecache-purge-on-delete")


_bulk = threading.local()


def purges_held():
    """Inside one_purge_at_the_end: the apps' own purge handlers (the Sourcebook's, the listings') skip their work."""
    return getattr(_bulk, "held", False)


@contextmanager
def one_purge_at_the_end():
    """For a bulk build (seed_demo): nothing is purged inside the block, everything once when it ends.

    Each publish would otherwise work out the sections to purge, a fifth of a second of queries per page."""
    disconnect()
    _bulk.held = True
    try:
        yield
    finally:
        _bulk.held = False
        connect()
        store.purge()
