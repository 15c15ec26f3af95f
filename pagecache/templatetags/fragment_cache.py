"""`{% fragment_cache "name" vary... %}…{% endfragment_cache %}`: the site chrome (menu, breadcrumbs, language links,
footer), the home page's sections and a detail page's facts, rendered once and reused by every render that would draw
them the same, until the content changes.

A fragment is keyed on the page cache's generations for the request's section (store.generations_for: whatever purges
a cached page forgets its fragments too, so a published page is in the menu at once), the language, the host and
scheme (URLs may be absolute), whether the visitor is signed in, and the `vary` values the template passes (the
current page, the menu position). What a fragment shows from another section must be in its `vary` values (the
address of the section page a fact links to, which core.tree_cache keeps up to date). Only what every visitor of that
key sees may go inside: public pages only (core.visibility), never a user's own content. Previews are never cached:
they show unpublished titles. A cache that does not answer (Redis down) costs the fragment its cache, never the page.
"""

import hashlib
import logging

from django import template
from django.core.cache import caches
from django.utils import translation

from pagecache import store

CACHE_ALIAS = store.FRAGMENTS_ALIAS

register = template.Library()
logger = logging.getLogger(__name__)


def fragment_key(request, name, vary_on):
    """None when this render must not be cached or the page cache's generations cannot be read."""
    if request is None or getattr(request, "is_preview", False):
        return None
    try:
        # Read once a request, not once a fragment (each read is a round trip to Redis or a file).
        generations = store.generations_for(request)
    except Exception as error:
        if not getattr(request, "_fragment_cache_off", False):
            request._fragment_cache_off = True
            logger.warning("Fragment cache off for this render: page cache unavailable (%s)", error)
        return None
    user = getattr(request, "user", None)
    signed_in = bool(user is not None and user.is_authenticated)
    parts = [request.scheme, request.get_host(), translation.get_language(), signed_in, *vary_on]
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    return f"fragment:{name}:{generations.site}:{generations.section}:{digest}"


def cached_fragment(request, name, vary_on, render):
    """`render()`'s text, from the fragments cache when it holds it under this request's key for `name` and `vary_on`
    (stored there when not); rendered afresh when the render must not be cached or the cache does not answer."""
    key = fragment_key(request, name, vary_on)
    if key is None:
        return render()
    try:
        cache = caches[CACHE_ALIAS]
        cached = cache.get(key)
    except Exception as error:
        logger.warning("Fragment cache unavailable (%s)", error)
        return render()
    if cached is not None:
        return cached
    rendered = render()
    try:
        cache.set(key, rendered)
    except Exception as error:
        logger.warning("Fragment cache unavailable (%s)", error)
    return rendered


class FragmentCacheNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        vary_on = [value.resolve(context) for value in self.vary_on]
        request = context.get("request")
        return cached_fragment(request, self.name.resolve(context), vary_on, lambda: self.nodelist.render(context))


@register.tag("fragment_cache")
def do_fragment_cache(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a fragment name")
    nodelist = parser.parse(("endfragment_cache",))
    parser.delete_first_token()
    return FragmentCacheNode(nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]])
