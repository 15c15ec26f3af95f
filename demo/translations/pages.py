"""One demo page into one language with wagtail-localize's records, as the translation editor would leave them.

The flow is the editor's: extract the page into a ``TranslationSource``, start a ``Translation`` into the locale,
store a translation of every string (from the shipped catalogue, ``strings``) and save the target page. A new
translation is put together in memory and saved once (``new_page``); an existing one is brought up to date with
wagtail-localize's ``save_target()``. Two things a string cannot carry are set around it:

* links to other pages (call-to-action blocks, an event's programme plan) are *overridable* segments; where the
  linked page is translated too, a ``SegmentOverride`` points the translation at it, as an editor would;
* synchronised child rows (form fields, document link titles, the home page's showcased plans) are copied from
  the English page on every sync; their texts go through the same catalogue, and page links to the translation.

``save_target(publish=False)`` leaves the translation as a draft revision, published here straight away:
wagtail-localize's own ``publish=True`` waits for the outer transaction to commit, and the whole build is one
transaction (inside a test's, too), so the pages would still be drafts when the build returns.
"""

import json

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import COMMENTS_RELATION_NAME, Page, TranslatableMixin
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation

from demo.translations.new_page import create_translated_page
from demo.translations.source import source_for
from demo.translations.strings import import_catalogue

ROW_TEXT_FIELDS = ("label", "help_text", "title")


def _links_to_page(page, path):
    """True if the segment at ``path`` holds a page id: a page foreign key, or a page chooser in a StreamField."""
    name, *rest = path.split(".")
    try:
        field = page._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    if isinstance(field, models.ForeignKey):
        return not rest and issubclass(field.related_model, Page)
    if not isinstance(field, StreamField) or not rest:
        return False
    block_id, *rest = rest
    child = next((child for child in field.value_from_object(page) if child.id == block_id), None)
    if child is None:
        return False
    block = child.block
    for component in rest:
        if not isinstance(block, blocks.StructBlock) or component not in block.child_blocks:
            return False
        block = block.child_blocks[component]
    return _is_page_chooser(block)


def _translated_page_id(page_id, locale):
    page = Page.objects.filter(pk=page_id).first()
    translation = page.get_translation_or_none(locale) if page else None
    return translation.pk if translation and translation.live else None


def _child_rows(page):
    """(relation name, rows) for the child relations wagtail-localize copies from the source unchanged."""
    for relation in get_all_child_relations(page):
        name = relation.get_accessor_name()
        if name != COMMENTS_RELATION_NAME and not issubclass(relation.related_model, TranslatableMixin):
            yield name, list(getattr(page, name).all())


def _row_fields(row):
    """The fields of a child row that this module translates: texts, choices and links to pages."""
    names = [name for name in (*ROW_TEXT_FIELDS, "choices") if hasattr(row, name)]
    return names + [field.name for field in _page_links(row)]


def _page_links(row):
    """A child row's links to pages, leaving out the key to the page that holds it."""
    return [
        field
        for field in row._meta.concrete_fields
        if isinstance(field, models.ForeignKey)
        and not isinstance(field, ParentalKey)
        and issubclass(field.related_model, Page)
    ]


def linked_page_ids(page):
    """Ids of the pages ``page`` links to in ways a translation can follow: page choosers in StreamField
    blocks, page foreign keys, and child rows pointing at pages."""
    ids = set()
    for field in page._meta.concrete_fields:
        if isinstance(field, models.ForeignKey) and field.editable and issubclass(field.related_model, Page):
            ids.add(getattr(page, field.attname))
        elif isinstance(field, StreamField):
            for child in field.value_from_object(page):
                if isinstance(child.block, blocks.StructBlock):
                    choosers = [name for name, block in child.block.child_blocks.items() if _is_page_chooser(block)]
                    ids.update(child.value[name].pk for name in choosers if child.value.get(name))
    for _name, rows in _child_rows(page):
        ids.update(getattr(row, field.attname) for row in rows for field in _page_links(row))
    ids.discard(None)
    return ids


def _is_page_chooser(block):
    return isinstance(block, blocks.PageChooserBlock)


class PageTranslator:
    """Translates demo pages into one language with the catalogue's texts; counts what it did."""

    def __init__(self, locale, catalogue, refresh=False):
        self.locale = locale
        self.catalogue = catalogue
        self.refresh = refresh
        self.fallbacks = {}  # English msgid → URL of a page where it was left in English
        self.created_ids = []  # Pages this translator created, for ``forget_redirects_on_commit``

    def translate(self, page):
        """Create or bring the translation of ``page`` up to date; returns "created", "updated" or "present"."""
        page = page.specific
        source, created = source_for(page)
        outdated = not created and page.last_published_at and page.last_published_at > source.last_updated_at
        if outdated:
            source.update_from_db()
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=self.locale)
        if not translation.enabled:
            translation.enabled = True
            translation.save(update_fields=["enabled"])
        target = page.get_translation_or_none(self.locale)
        is_new = target is None or bool(target.alias_of_id)
        links_changed = self._override_page_links(source, page)
        if target is not None and not target.alias_of_id and target.live and not outdated and not links_changed:
            current = target.specific
            in_sync = not (current.last_published_at and current.last_published_at < source.last_updated_at)
            if (
                in_sync
                and not self._rows_pending(page, current)
                and not (self.refresh and self._po_differs(translation))
            ):
                return "present"
        import_catalogue(translation, self.catalogue, self.fallbacks)
        if target is None:
            target = create_translated_page(source, self.locale, self._localise_rows)
            self.created_ids.append(target.pk)
            return "created"
        translation.save_target(publish=False)
        target = page.get_translation(self.locale).specific
        revision = target.get_latest_revision()
        if self._localise_rows(target):
            revision = target.save_revision(log_action=True)
        revision.publish()
        if is_new:
            self.created_ids.append(target.pk)
        return "created" if is_new else "updated"

    def _po_differs(self, translation):
        """True if the translation holds texts other than the catalogue's (refreshing only)."""
        return any(
            entry.msgstr != (self.catalogue.get(entry.msgid) or entry.msgid)
            for entry in translation.export_po()
            if not entry.obsolete
        )

    def _override_page_links(self, source, page):
        """Point links to other pages at their translations; True if an override was added or changed."""
        changed = False
        segments = OverridableSegment.objects.filter(source=source).select_related("context")
        for segment in segments:
            if not _links_to_page(page, segment.context.path):
                continue
            translated_id = _translated_page_id(json.loads(segment.data_json), self.locale)
            if translated_id is None:
                continue  # Not translated (yet): the English page it is.
            data_json = json.dumps(translated_id)
            override = SegmentOverride.objects.filter(locale=self.locale, context=segment.context).first()
            if override is None:
                SegmentOverride.objects.create(locale=self.locale, context=segment.context, data_json=data_json)
                changed = True
            elif override.data_json != data_json:
                override.data_json = data_json
                override.save(update_fields=["data_json", "updated_at"])
                changed = True
        return changed

    def _row_changes(self, row):
        """{field: translated value} for one synchronised child row; a page link with no translation is None."""
        changes = {}
        for name in ROW_TEXT_FIELDS:
            value = getattr(row, name, "")
            translated = self.catalogue.get_plain(value) if value else None
            if translated is not None and translated != value:
                changes[name] = translated
        if getattr(row, "choices", ""):
            lines = row.choices.splitlines()
            translated = [self.catalogue.get_plain(line) or line for line in lines]
            if translated != lines:
                changes["choices"] = "\n".join(translated)
        for field in _page_links(row):
            linked = getattr(row, field.name)
            if linked is not None and linked.locale_id != self.locale.pk:
                translated = linked.get_translation_or_none(self.locale)
                changes[field.name] = translated if translated and translated.live else None
        return changes

    def _expected_rows(self, rows):
        """(English values, translated values) of the source's rows that this language keeps."""
        pairs = []
        for row in rows:
            changes = self._row_changes(row)
            if any(value is None for value in changes.values()):
                continue
            english = {name: getattr(row, name) for name in _row_fields(row)}
            pairs.append((english, {**english, **changes}))
        return pairs

    def _rows_pending(self, page, target):
        """True if the target's child rows need localising: they hold English where the catalogue (or, for a
        link, a translated page) has something better, after an editor's sync for example. When refreshing,
        any difference from the catalogue counts."""
        current = dict(_child_rows(target))
        for name, rows in _child_rows(page):
            expected = self._expected_rows(rows)
            if len(expected) != len(current[name]):
                return True
            for (english, translated), row in zip(expected, current[name], strict=True):
                for field, wanted in translated.items():
                    value = getattr(row, field)
                    if value != wanted and (self.refresh or value == english[field]):
                        return True
        return False

    def _localise_rows(self, target):
        """Translate the texts of synchronised child rows, in the page's in-memory cluster; True if any changed."""
        changed = False
        for name, rows in _child_rows(target):
            kept = []
            for row in rows:
                changes = self._row_changes(row)
                if any(value is None for value in changes.values()):
                    continue  # A link to a page that has no translation: leave it out of this language.
                for field_name, value in changes.items():
                    setattr(row, field_name, value)
                changed = changed or bool(changes)
                kept.append(row)
            if len(kept) != len(rows) or changed:
                setattr(target, name, kept)  # The rows save_revision() will serialise.
                changed = True
        return changed
