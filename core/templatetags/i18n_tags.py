"""Language helpers for templates: Django's language codes written as the BCP 47 tags HTML expects."""

from django import template

register = template.Library()


@register.filter
def language_tag(code):
    """The BCP 47 tag of a Django language code, for lang and hreflang: "zh-hans" → "zh-Hans", "pt-br" → "pt-BR"."""
    language, *subtags = str(code).replace("_", "-").split("-")
    cased = [
        subtag.title() if len(subtag) == 4 else subtag.upper() if len(subtag) == 2 else subtag for subtag in subtags
    ]
    return "-".join([language.lower(), *cased])
