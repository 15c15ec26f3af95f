"""Which English pages are translated into each language, and which translations lag behind their source.

The rule, per source page (default locale, not the tree root, not an alias) and target language:

* **missing** – no page with the same ``translation_key`` in that locale, or only an alias of the source
  (wagtail-localize does not count aliases as translations either).
* **awaiting review** / **changes requested** – the translation is in the review workflow, waiting for a
  coordinator or back with the translator.
* **in progress** – the translation exists but has never been published; a synced one counts its translated
  segments ("3 of 12").
* **synced translation** (an enabled wagtail-localize ``Translation`` from the page's ``TranslationSource``
  into the locale) – **out of date** when the source was published after the source content was last
  extracted (``TranslationSource.last_updated_at``: "Sync" is needed), or when that extraction is newer than
  the translated page's last publish (synced, but not yet published in the translation); otherwise **up to date**.
* **manual translation** (the page exists, but no enabled ``Translation`` manages it, e.g. it was made with
  ``copy_for_translation``, or its synced translation was stopped) – **out of date** when the source was
  published after the translation; otherwise **up to date**.

"Published" means ``last_published_at``, falling back to ``latest_revision_created_at`` for a source never
published: draft edits of a live source are ignored, because a sync extracts the live content.
``Translation.translations_last_updated_at`` and ``destination_last_updated_at`` are not used: wagtail-localize
1.14 never writes them.

Everything is read in a fixed number of bulk queries, however many pages are listed.
"""

from dataclasses import dataclass, field, replace

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_content_languages, get_supported_content_language_variant
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

SECTION_DEPTH = 3  # the tree root, a home page, then its sections


class Status(models.TextChoices):
    MISSING = "missing", _("Missing")
    IN_PROGRESS = "in_progress", _("In progress")
    AWAITING_REVIEW = "awaiting_review", _("Awaiting review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    OUT_OF_DATE = "out_of_date", _("Out of date")
    UP_TO_DATE = "up_to_date", _("Up to date")


class Reason(models.TextChoices):
    """Why a translation is out of date; it decides what an editor does next."""

    NOT_SYNCED = "not_synced", _("The source was published after the last sync.")
    SYNC_NOT_PUBLISHED = "sync_not_published", _("The last sync has not been published in this translation.")
    SOURCE_NEWER = "source_newer", _("The source was published after this translation.")


@dataclass(frozen=True)
class TranslationCell:
    """The state of one source page in one target language."""

    language_code: str
    language_name: str
    status: Status
    reason: Reason | None = None
    locale_id: int | None = None
    translated_page_id: int | None = None
    translated_page_path: str | None = None
    translated_page_owner_id: int | None = None
    translation_source_id: int | None = None
    translated_segments: int | None = None
    total_segments: int | None = None

    @property
    def is_synced(self):
        return self.translation_source_id is not None


@dataclass
class PageTranslationStatus:
    """One row of the report: a source page, its section and a cell per target language."""

    page: Page
    section: Page | None
    cells: list[TranslationCell] = field(default_factory=list)

    def has_status(self, status):
        return any(cell.status == status for cell in self.cells)


def default_language_code():
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def target_languages():
    """(code, name) of every content language except the default one, in settings order."""
    default = default_language_code()
    return [(code, name) for code, name in get_content_languages().items() if code != default]


def source_pages():
    """Pages in the default locale that can be translated, in tree order."""
    return (
        Page.objects.filter(locale__language_code=default_language_code(), depth__gt=1, alias_of__isnull=True)
        .select_related("content_type")
        .order_by("path")
    )


def section_pages():
    """The top-level sections: children of the default locale's home pages."""
    return source_pages().filter(depth=SECTION_DEPTH)


def page_translation_statuses(pages, languages=None):
    """A `PageTranslationStatus` for each of `pages` (a queryset or a list), in six queries, and one more per
    language with synced translations in progress (their segment counts), however many pages there are.

    `languages` is a list of (code, name) pairs and defaults to `target_languages()`.
    """
    languages = target_languages() if languages is None else languages
    # A queryset is sent as a subquery rather than as one parameter per page.
    keys = pages.values("translation_key") if isinstance(pages, QuerySet) else None
    pages = list(pages)
    if not pages:
        return []
    if keys is None:
        keys = [page.translation_key for page in pages]
    locale_ids = dict(
        Locale.objects.filter(language_code__in=[code for code, _name in languages]).values_list("language_code", "id")
    )
    source_locale_ids = {page.locale_id for page in pages}

    translated = {
        (row["translation_key"], row["locale_id"]): row
        for row in Page.objects.filter(
            translation_key__in=keys, locale_id__in=list(locale_ids.values()), alias_of__isnull=True
        ).values(
            "id", "path", "owner_id", "translation_key", "locale_id", "last_published_at", "latest_revision_created_at"
        )
    }
    review_states = _review_states([row["id"] for row in translated.values()])
    synced = {
        (row["source__object_id"], row["source__locale_id"], row["target_locale_id"]): row
        for row in Translation.objects.filter(
            enabled=True,
            source__object_id__in=keys,
            source__locale_id__in=source_locale_ids,
            target_locale_id__in=list(locale_ids.values()),
        ).values("source_id", "source__object_id", "source__locale_id", "source__last_updated_at", "target_locale_id")
    }
    sections = {section.path: section for section in section_pages()}
    section_path_length = SECTION_DEPTH * Page.steplen

    rows = []
    for page in pages:
        cells = []
        for code, name in languages:
            locale_id = locale_ids.get(code)
            target = translated.get((page.translation_key, locale_id))
            translation = synced.get((page.translation_key, page.locale_id, locale_id))
            review = review_states.get(target["id"]) if target else None
            cells.append(_cell(page, code, name, locale_id, target, translation, review))
        section = sections.get(page.path[:section_path_length]) if page.depth >= SECTION_DEPTH else None
        rows.append(PageTranslationStatus(page=page, section=section, cells=cells))
    _count_segments(rows)
    return rows


def _review_states(page_ids):
    """{page id: WorkflowState status} of the pages in review or sent back, in one query."""
    if not page_ids:
        return {}
    states = WorkflowState.objects.active().filter(
        base_content_type=ContentType.objects.get_for_model(Page), object_id__in=[str(pk) for pk in page_ids]
    )
    return {int(object_id): status for object_id, status in states.values_list("object_id", "status")}


def _count_segments(rows):
    """Fill in "n of m segments" on the synced translations in progress: one query per language that has any."""
    wanted = {}
    for row in rows:
        for index, cell in enumerate(row.cells):
            if cell.status == Status.IN_PROGRESS and cell.is_synced:
                wanted.setdefault(cell.locale_id, []).append((row, index))
    for locale_id, places in wanted.items():
        translated = StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"), locale_id=locale_id
        ).exclude(has_error=True)
        counts = {
            source_id: (done, total)
            for source_id, done, total in StringSegment.objects.filter(
                source_id__in={row.cells[index].translation_source_id for row, index in places}
            )
            .annotate(done=Exists(translated))
            .values("source_id")
            .annotate(translated=Count("id", filter=Q(done=True)), total=Count("id"))
            .values_list("source_id", "translated", "total")
        }
        for row, index in places:
            cell = row.cells[index]
            done, total = counts.get(cell.translation_source_id, (0, 0))
            row.cells[index] = replace(cell, translated_segments=done, total_segments=total)


def _cell(page, code, name, locale_id, target, translation, review=None):
    base = {"language_code": code, "language_name": name, "locale_id": locale_id}
    if target is None:
        return TranslationCell(status=Status.MISSING, **base)
    base["translated_page_id"] = target["id"]
    base["translated_page_path"] = target["path"]
    base["translated_page_owner_id"] = target["owner_id"]
    if translation is not None:
        base["translation_source_id"] = translation["source_id"]
    if review == WorkflowState.STATUS_IN_PROGRESS:
        return TranslationCell(status=Status.AWAITING_REVIEW, **base)
    if review == WorkflowState.STATUS_NEEDS_CHANGES:
        return TranslationCell(status=Status.CHANGES_REQUESTED, **base)
    if target["last_published_at"] is None:
        return TranslationCell(status=Status.IN_PROGRESS, **base)
    source_published_at = page.last_published_at or page.latest_revision_created_at
    target_published_at = target["last_published_at"]
    if translation is not None:
        synced_at = translation["source__last_updated_at"]
        if _later(source_published_at, synced_at):
            return TranslationCell(status=Status.OUT_OF_DATE, reason=Reason.NOT_SYNCED, **base)
        if _later(synced_at, target_published_at):
            return TranslationCell(status=Status.OUT_OF_DATE, reason=Reason.SYNC_NOT_PUBLISHED, **base)
    elif _later(source_published_at, target_published_at):
        return TranslationCell(status=Status.OUT_OF_DATE, reason=Reason.SOURCE_NEWER, **base)
    return TranslationCell(status=Status.UP_TO_DATE, **base)


def _later(moment, other):
    """True when `moment` is known and comes after `other` (an unknown `other` is always earlier)."""
    return moment is not None and (other is None or moment > other)


def parent_translation_paths(pages, locale_ids):
    """{(page id, locale id): path of the page's parent in that locale}: where its translation would be created."""
    parent_paths = {page.pk: page.path[: -Page.steplen] for page in pages if page.depth > 2}
    parents = dict(Page.objects.filter(path__in=set(parent_paths.values())).values_list("path", "translation_key"))
    translated = {
        (key, locale_id): path
        for key, locale_id, path in Page.objects.filter(
            translation_key__in=set(parents.values()), locale_id__in=locale_ids, alias_of__isnull=True
        ).values_list("translation_key", "locale_id", "path")
    }
    return {
        (page_id, locale_id): translated[(parents[path], locale_id)]
        for page_id, path in parent_paths.items()
        if path in parents
        for locale_id in locale_ids
        if (parents[path], locale_id) in translated
    }
