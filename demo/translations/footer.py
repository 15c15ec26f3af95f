"""The footer into one language through wagtail-localize's PO path, as a translator's upload of the snippet would go."""

import polib
from wagtail_localize.models import Translation, TranslationSource

TOOL_NAME = "seed_demo"


def translate_footer(footer, locale, catalogue, fallbacks, update_source=True):
    """Create or bring the footer's translation up to date; returns "created", "updated" or "present".

    Texts the catalogue lacks stay in English and are listed in `fallbacks` ({English msgid: where}).
    ``update_source=False`` when the source was brought up to date for another language in the same build.
    """
    source, created = TranslationSource.get_or_create_from_instance(footer)
    if not created and update_source:
        source.update_from_db()
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    target = footer.get_translation_or_none(locale)
    po = translation.export_po()
    filled = 0
    for entry in po:
        if entry.obsolete:
            continue
        msgstr = catalogue.get(entry.msgid)
        if msgstr is None:
            fallbacks.setdefault(entry.msgid, "footer")
        filled += entry.msgstr != (msgstr or entry.msgid)
        entry.msgstr = msgstr or entry.msgid
    if target is not None and not filled:
        return "present"
    translation.import_po(polib.pofile(str(po)), translation_type="manual", tool_name=TOOL_NAME)
    translation.save_target(publish=True)  # A snippet without drafts: saving is publishing.
    return "created" if target is None else "updated"
