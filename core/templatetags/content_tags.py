"""Helpers for rendering page content: heading anchors, date ranges and attached documents."""

from django import template
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext

from core.blocks import heading_anchor as _heading_anchor
from core.images import in_context, page_image

register = template.Library()


@register.filter
def image_of(page, name):
    """The image in `page`'s field `name`, with the alt text (or decorative flag) the page gives it:
    {% picture page|image_of:"listing_image" … %}."""
    return page_image(page, name)


@register.filter
def block_image(value):
    """An image block's image with the block's alt text or decorative flag: {% picture value|block_image … %}."""
    return in_context(value.get("image"), value.get("alt_text", ""), value.get("decorative", False))


@register.filter
def heading_anchor(text):
    """The id of a heading block, the same one SourcebookChapterPage.table_of_contents links to."""
    return _heading_anchor(str(text))


def _time(value):
    return format_html('<time datetime="{}">{}</time>', value.isoformat(), date_format(value, "DATE_FORMAT"))


@register.simple_tag
def date_range(start, end=None):
    """One date, or a start and end date, as localised <time> elements."""
    if not start:
        return ""
    if not end or end == start:
        return _time(start)
    # Translators: a range of dates, e.g. "4 March 2025 – 6 March 2025".
    return format_html(gettext("{start} – {end}"), start=_time(start), end=_time(end))


@register.filter
def with_documents(related_documents):
    """Inline document rows with their documents fetched in the same query (page.documents.all|with_documents)."""
    return related_documents.select_related("document")
