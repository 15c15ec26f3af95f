"""`{% book_contents chapter %}`: the book's contents beside a chapter, rendered once for all the book's chapters.

A book of hundreds of chapters has contents of hundreds of links on every chapter page: rendering them for each
chapter costs more than the rest of the page. They are kept in the "fragments" cache under pagecache's key (the
section's generations, language, host, signed in or not; never on previews), so the next publish in the book's section
renders them again; only the current chapter's link differs between chapters, and is marked `aria-current` here.
The shared contents list public chapters only: a private chapter, shown to a reader who may see it, gets contents
with itself in its place, rendered for that request alone.
"""

import logging

from django import template
from django.core.cache import caches
from django.utils.html import escape
from django.utils.safestring import mark_safe

from pagecache.templatetags.fragment_cache import CACHE_ALIAS, fragment_key

TEMPLATE = "sourcebook/includes/book_contents.html"

register = template.Library()
logger = logging.getLogger(__name__)


@register.simple_tag(takes_context=True)
def book_contents(context, chapter):
    request = context.get("request")

    def render(chapters):
        contents = context.template.engine.get_template(TEMPLATE)
        return contents.render(context.new({"request": request, "book": chapter.book, "chapters": chapters}))

    key = fragment_key(request, "book_contents", [chapter.book_path])
    shared = _cached(key, lambda: render(chapter.book.get_numbered_chapters()))
    url = chapter.get_url(request)
    marked = _mark_current(shared, url)
    if marked is None:  # A private chapter, or a preview of one not yet published.
        own = render(chapter.chapters)
        marked = _mark_current(own, url) or own
    return mark_safe(marked)


def _cached(key, render):
    """`render()`, from the fragments cache when `key` is there; a cache that does not answer costs only the cache."""
    if key is None:
        return render()
    try:
        cache = caches[CACHE_ALIAS]
        rendered = cache.get(key)
    except Exception as error:
        logger.warning("Fragment cache unavailable (%s)", error)
        return render()
    if rendered is None:
        rendered = render()
        try:
            cache.set(key, rendered)
        except Exception as error:
            logger.warning("Fragment cache unavailable (%s)", error)
    return rendered


def _mark_current(contents, url):
    """`contents` with the link to `url` marked as the current page, or None when no link goes there."""
    link = f'<a class="chapter-list__link" href="{escape(url)}">'
    if link not in contents:
        return None
    return contents.replace(link, link[:-1] + ' aria-current="page">', 1)
