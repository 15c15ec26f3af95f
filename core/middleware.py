"""Keep the language in a page's URL true to the page: /es/… never shows a page that exists only in English."""

from django.shortcuts import redirect
from django.urls import translate_url
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site


def _language_of(request, page):
    """The language of the home page `page` sits under, from Wagtail's cached site root paths (no query)."""
    site = Site.find_for_request(request)
    roots = [
        root
        for root in Site.get_site_root_paths()
        if (site is None or root.site_id == site.pk) and page.url_path.startswith(root.root_path)
    ]
    return max(roots, key=lambda root: len(root.root_path)).language_code if roots else None


class PageLanguageRedirectMiddleware:
    """Redirect a page request to the page's own language prefix when the two differ.

    When a language has no live home page yet, Wagtail serves the default language's tree under that language's
    prefix (/es/about/ shows the English page in a Spanish frame). Sending the visitor to /en/about/ keeps one URL
    per translation and a page's `lang` right; the language switcher says which languages a page is missing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.url_name != "wagtail_serve" or request.method not in ("GET", "HEAD"):
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        route = Page.route_for_request(request, path)
        if route is None:
            return None
        page_language = _language_of(request, route[0])
        try:
            active = get_supported_content_language_variant(translation.get_language())
        except LookupError:
            return None
        if page_language is None or page_language == active:
            return None
        target = translate_url(request.get_full_path(), page_language)
        return None if target == request.get_full_path() else redirect(target)
