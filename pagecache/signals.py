"""Purge the page cache whenever something a public page shows changes.

Pages: published, unpublished, moved, deleted, or created live without a revision (copies, imports). Everything else a
page draws on: snippets (the taxonomy), settings, images, documents, redirects, view restrictions, sites and locales.
A draft save changes nothing the public sees, so it keeps the cache.
"""

from functools import cache

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import BaseViewRestriction, Locale, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished
from wagtail.snippets.models import get_snippet_models

from pagecache import store

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
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(purge, dispatch_uid="pagecache-purge")
    post_save.connect(purge_on_save, dispatch_uid="pagecache-purge-on-save")
    post_delete.connect(purge_on_delete, dispatch_uid="pagecache-purge-on-delete")
