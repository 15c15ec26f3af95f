"""A translation beside its source, segment by segment, as the coordinator reviews it.

The source is the content the translation was made from (the synced `TranslationSource`, or for a manual
translation the source page's live version); the translation is the revision under review (else the latest). Both
are cut into segments by wagtail-localize's own extractor, so each row pairs the same field, block and paragraph.
"""

from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from wagtail.models import Locale
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from editorial.review import synced_translation


@dataclass(frozen=True)
class Row:
    field: str
    source: str
    translation: str


def reviewed_revision(page):
    """The revision the current review task is about, or the page's latest revision."""
    state = page.current_workflow_state
    task_state = state.current_task_state if state else None
    if task_state is not None and task_state.revision_id:
        return task_state.revision
    return page.get_latest_revision()


def source_of(page):
    """(the source locale, its content as translated) for `page`, or (None, None) when it is not a translation."""
    translation = synced_translation(page)
    if translation is not None:
        return translation.source.locale, translation.source.as_instance()
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return None, None
    source = page.get_translation_or_none(default)
    return (default, source.specific) if source is not None else (None, None)


def side_by_side(source, translated):
    """Rows of (field label, source HTML, translation HTML), in the source's order; a missing side is empty."""
    source_segments = _by_path(source)
    translated_segments = _by_path(translated)
    rows = []
    for path, values in source_segments.items():
        theirs = translated_segments.get(path, [])
        for index, value in enumerate(values):
            other = theirs[index] if index < len(theirs) else None
            rows.append(Row(_label(source, path), _html(value), _html(other) if other else ""))
    return rows


def _by_path(instance):
    segments = {}
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            segments.setdefault(segment.path, []).append(segment)
    return segments


def _html(segment):
    # Segments come from the page's own fields, which Wagtail's rich-text editor has already cleaned on save.
    return mark_safe(segment.render_html())  # noqa: S308


def _label(instance, path):
    name = path.split(".")[0]
    try:
        field = instance._meta.get_field(name)
    except FieldDoesNotExist:
        return capfirst(name.replace("_", " "))
    # An inline panel's relation has no verbose name of its own.
    return capfirst(getattr(field, "verbose_name", name.replace("_", " ")))
