"""A page's first translation, built in memory from its ``TranslationSource`` and saved once.

``Translation.save_target()`` makes a new translation in steps an editor's sync needs but a new page does not:
it copies the English page into the tree (an insert, a revision, a log entry), writes the translated texts over
it (a save), saves a second revision, and the demo then saves a third for the localised child rows before
publishing. Here the page is put together first, from the same pieces wagtail-localize's own
``create_or_update_translation()`` uses (Wagtail's copy of the source instance, the synchronised fields, the
translated segments through ``ingest_segments``), then inserted once, published, with one revision
(``demo.publishing``). The result is the page ``save_target()`` would make, with one revision instead of three.

Later changes (a source that changed, links that can now point at translations, an editor's sync) go through
``save_target()`` as before: see ``demo.translations.pages``.
"""

from django.db.models import Subquery
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, TranslatableMixin
from wagtail.models.copying import _copy  # Wagtail's in-memory copy, as CopyPageAction and wagtail-localize use it
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.segments.ingest import ingest_segments

from demo.publishing import add_published_child


def _translated_parent(original, locale):
    """The parent's translation (one query), or the root for a home page: its translation is the root's child too."""
    parent_path = original.path[: -Page.steplen]
    if len(parent_path) == Page.steplen:
        return Page.objects.get(path=parent_path)
    english_parent = Page.objects.filter(path=parent_path).values("translation_key")
    return Page.objects.get(translation_key=Subquery(english_parent), locale=locale)


def create_translated_page(source, locale, localise_rows):
    """The published translation of ``source``'s page into ``locale``; its parent must be translated already.

    ``localise_rows(page)`` translates the page's synchronised child rows in memory before the page is saved.
    """
    original = source.as_instance()
    parent = _translated_parent(original, locale)
    slug = original.slug if parent.depth > 1 else f"{original.slug}-{locale.language_code}"
    exclude = original.default_exclude_fields_in_copy + original.exclude_fields_in_copy
    # What Wagtail's copy_for_translation() sets on the copy: a draft in the new locale, same translation key.
    attrs = {
        "live": False,
        "has_unpublished_changes": True,
        "live_revision": None,
        "first_published_at": None,
        "last_published_at": None,
        "alias_of": None,
        "locale": locale,
        "slug": slug,
    }
    page, child_objects = _copy(original, exclude_fields=exclude, update_attrs=attrs)
    for child in child_objects.values():
        if isinstance(child, TranslatableMixin):
            child.locale = locale

    copy_synchronised_fields(original, page)
    # fallback=True, as save_target() asks: a text missing from the catalogue stays in English.
    segments = source._get_segments_for_translation(locale, fallback=True)
    ingest_segments(original, page, source.locale, locale, segments)
    page.slug = find_available_slug(parent, slugify(page.slug))
    localise_rows(page)

    add_published_child(parent, page)
    source.sync_view_restrictions(original, page)
    return page
