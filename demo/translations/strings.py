"""A page's texts into one language, written as wagtail-localize's ``StringTranslation`` rows in one bulk insert.

This is what ``Translation.import_po`` stores for a PO file whose every ``msgstr`` comes from the catalogue (the
same rows: one per string and context, "manual", by the tool ``seed_demo``, no user), without its four queries
per message: a page's strings are read in one query and the missing translations written in one insert. A row
that exists with other text is updated one by one through ``save()``, as the PO import does.
"""

from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.strings import StringValue, validate_translation_links

TOOL_NAME = "seed_demo"


def _has_error(english, translated):
    """What ``StringTranslation.save()`` flags: translated HTML that does not parse, or links its source lacks."""
    if "<" not in translated:
        return False  # No tag, nothing either check can refuse: spare the two HTML parses
    try:
        StringValue.from_translated_html(translated)
        validate_translation_links(english, translated)
    except ValueError:
        return True
    return False


def import_catalogue(translation, catalogue, fallbacks):
    """Store the catalogue's text for every string of ``translation``'s source (English where it has none, noted
    in ``fallbacks`` as msgid → the page's name); returns the number of rows written."""
    source = translation.source
    locale_id = translation.target_locale_id
    existing = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(locale_id=locale_id, context__object_id=source.object_id)
    }
    new = {}
    changed = 0
    segments = StringSegment.objects.filter(source=source).select_related("string").order_by("order")
    for segment in segments:
        english = segment.string.data
        text = catalogue.get(english)
        if text is None:
            text = english
            fallbacks.setdefault(english, source.object_repr)
        key = (segment.string_id, segment.context_id)
        row = existing.get(key)
        if row is None and key not in new:
            new[key] = StringTranslation(
                translation_of_id=segment.string_id,
                locale_id=locale_id,
                context_id=segment.context_id,
                data=text,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                tool_name=TOOL_NAME,
                has_error=_has_error(english, text),
            )
        elif row is not None and row.data != text:
            row.data = text
            row.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
            row.tool_name = TOOL_NAME
            row.last_translated_by = None
            row.has_error = False  # save() flags it again if the text is not valid
            row.save()
            changed += 1
    StringTranslation.objects.bulk_create(new.values())
    return len(new) + changed
