"""Which page an address names, worked out once until the page tree changes (core.tree_cache).

Wagtail walks the tree from the visitor's home page: the site, the locale, then one query and one `.specific` per
path segment, about a quarter of a detail page's render. The walk's answer is kept: the Site, the page's id, type and
url_path, how many path segments it took (a routable page routes the rest itself), and the view restrictions that
cover it (any change to them changes the site's generation). A request that finds it fetches the page in one query
and lets it route as Wagtail would, so whether it is live is always read fresh; a page whose url_path changed since
(a slug changed or a page moved without the cache hearing of it) is walked to again.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.utils import translation
from wagtail.models import Page, Site

from core import tree_cache

_STALE = object()


def route_for_request(request, path):
    """Wagtail's `Page.route_for_request`, remembered; the result is kept on the request, where Wagtail's serve view
    finds it."""
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    components = tuple(component for component in path.split("/") if component)
    key = ("route", request._get_raw_host(), request.get_port(), translation.get_language(), components)
    known = tree_cache.get(request, key)
    if known is not tree_cache.MISSING:
        found = _follow(request, known, components)
        if found is not _STALE:
            request._wagtail_route_for_request = found
            return found
    result = Page.route_for_request(request, path)
    if result is not None:
        tree_cache.set(request, key, _summary(request, result[0]))
    return result


def _summary(request, page):
    site = Site.find_for_request(request)
    consumed = page.depth - site.root_page.depth  # The walk started at the root page's translation, as deep.
    # Wagtail checks them before serving the page: read them now, for that check and for the next requests.
    page.known_view_restrictions = list(page.get_view_restrictions())
    return (_detached(site), page.pk, page.content_type_id, page.url_path, consumed, page.known_view_restrictions)


def _detached(site):
    """The Site without the pages the walk attached to it, so the cache holds its own fields only."""
    names = [field.attname for field in Site._meta.concrete_fields]
    return Site.from_db(site._state.db, names, [getattr(site, name) for name in names])


def _follow(request, known, components):
    site, page_id, content_type_id, url_path, consumed, restrictions = known
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return _STALE
    try:
        page = model._default_manager.get(pk=page_id)
    except model.DoesNotExist:
        return _STALE
    if page.url_path != url_path:
        return _STALE
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = site
    page.known_view_restrictions = restrictions
    try:
        return page.route(request, list(components[consumed:]))
    except Http404:
        return None
