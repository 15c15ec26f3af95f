"""A page's ``TranslationSource`` and its segments, written in a few bulk inserts instead of one query per segment.

``TranslationSource.get_or_create_from_instance()`` extracts the page and then, in ``refresh_segments()``, looks up
or creates every string, context and segment one by one (a dozen statements per segment, a fifth of the demo's
translation time). For a page that has no source yet, this module stores the same rows: the source made from the
page as wagtail-localize makes it, the segments from its own ``extract_segments()``, each context with its field
path, then the strings, contexts and segments in one query and one insert per kind. A page that has a source
already goes through wagtail-localize unchanged.
"""

import json

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    String,
    StringSegment,
    Template,
    TemplateSegment,
    TranslatableObject,
    TranslationContext,
    TranslationSource,
    get_schema_version,
)
from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments


def source_for(page):
    """(TranslationSource, created) for the specific ``page``: ``TranslationSource.get_or_create_from_instance``."""
    obj, _created = TranslatableObject.objects.get_or_create_from_instance(page)
    if TranslationSource.objects.filter(object=obj, locale_id=page.locale_id).exists():
        return TranslationSource.get_or_create_from_instance(page)
    source = TranslationSource.objects.create(
        object=obj,
        locale_id=page.locale_id,
        specific_content_type=ContentType.objects.get_for_model(page.__class__),
        object_repr=str(page)[:200],
        content_json=page.to_json(),
        schema_version=get_schema_version(page._meta.app_label),
        last_updated_at=timezone.now(),
    )
    _store_segments(source, page)
    return source, True


def _contexts(source, instance, values):
    """{path: TranslationContext} for every segment's path, creating the missing ones with their field paths."""
    paths = {value.path for value in values}
    contexts = {
        context.path: context
        for context in TranslationContext.objects.filter(object_id=source.object_id, path__in=paths)
    }
    new = []
    for path in paths - contexts.keys():
        path_id = TranslationContext._get_path_id(path)
        context = TranslationContext(object_id=source.object_id, path=path, path_id=path_id)
        context.save = _not_yet  # get_field_path() saves what it works out; the bulk insert below does
        context.get_field_path(instance)
        del context.save
        new.append(context)
    for context in TranslationContext.objects.bulk_create(new):
        contexts[context.path] = context
    return contexts


def _not_yet(*args, **kwargs):
    """Stands in for ``save()`` on a context that is about to be inserted in bulk."""


def _strings(source, texts):
    """{text: String} in the source's locale, creating the missing ones."""
    hashes = {String._get_data_hash(text): text for text in texts}
    strings = {
        string.data_hash: string
        for string in String.objects.filter(locale_id=source.locale_id, data_hash__in=list(hashes))
    }
    new = [
        String(locale_id=source.locale_id, data_hash=data_hash, data=text)
        for data_hash, text in hashes.items()
        if data_hash not in strings
    ]
    for string in String.objects.bulk_create(new):
        strings[string.data_hash] = string
    return {text: strings[data_hash] for data_hash, text in hashes.items()}


def _store_segments(source, instance):
    """What ``source.refresh_segments()`` stores for a source that has no segments yet, in bulk. The segments are
    extracted from the page the source was just made from (``refresh_segments()`` reads the same content back
    from the source's JSON, with a query per foreign key)."""
    values = list(extract_segments(instance))
    contexts = _contexts(source, instance, values)
    text_values = [
        value
        for value in values
        if not isinstance(value, TemplateSegmentValue | RelatedObjectSegmentValue | OverridableSegmentValue)
    ]
    strings = _strings(source, {value.string.data for value in text_values})
    rows = {StringSegment: [], TemplateSegment: [], RelatedObjectSegment: [], OverridableSegment: []}
    for value in values:
        common = {"source": source, "context": contexts[value.path], "order": value.order}
        if isinstance(value, TemplateSegmentValue):
            rows[TemplateSegment].append(TemplateSegment(template=Template.from_value(value), **common))
        elif isinstance(value, RelatedObjectSegmentValue):
            obj, _created = TranslatableObject.objects.get_or_create(
                content_type=value.content_type, translation_key=value.translation_key
            )
            rows[RelatedObjectSegment].append(RelatedObjectSegment(object=obj, **common))
        elif isinstance(value, OverridableSegmentValue):
            data_json = json.dumps(value.data, cls=DjangoJSONEncoder)
            rows[OverridableSegment].append(OverridableSegment(data_json=data_json, **common))
        else:
            attrs = json.dumps(value.attrs, cls=DjangoJSONEncoder)
            rows[StringSegment].append(StringSegment(string=strings[value.string.data], attrs=attrs, **common))
    for model, objects in rows.items():
        model.objects.bulk_create(objects)
