"""Keep the language in a page's URL true to the page: /es/… never shows a page that exists only in English."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import translate_url
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from core.routing import route_for_request
from core.templatetags.i18n_tags import language_tag


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
        route = route_for_request(request, path)
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


def _route_elsewhere(request, path, language):
    """The page that `path` names in another language's tree and the sub-path below it, or (None, "")."""
    site = Site.find_for_request(request)
    components = [component for component in path.split("/") if component]
    for root in Site.get_site_root_paths():
        if root.language_code == language or (site is not None and root.site_id != site.pk):
            continue
        home = Page.objects.filter(url_path=root.root_path).first()
        if home is None:
            continue
        try:
            found = home.specific.route(request, components)
        except Http404:
            continue
        page = found.page if hasattr(found, "page") else found[0]
        consumed = page.url_path[len(root.root_path) :]
        return page, path[len(consumed) :] if path.startswith(consumed) else ""
    return None, ""


class PageInOtherLanguagesMiddleware:
    """An address that names no page in its language but names one in another: never a dead end.

    /fr/sourcebook/pdf/ (the English slug under the French prefix, an old or hand-typed address) redirects to the
    French page, /fr/manuel-de-reference/pdf/. When the page has no French translation, the visitor is offered
    the languages it exists in (300 Multiple Choices); only an address that exists in no language is a 404.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        match = request.resolver_match
        if not isinstance(exception, Http404) or match is None or match.url_name != "wagtail_serve":
            return None
        if request.method not in ("GET", "HEAD"):
            return None
        try:
            language = get_supported_content_language_variant(translation.get_language())
        except LookupError:
            return None
        path = match.args[0] if match.args else match.kwargs.get("path", "")
        page, sub_path = _route_elsewhere(request, path, language)
        if page is None:
            return None
        translations = page.get_translations(inclusive=True).live().select_related("locale").order_by("locale_id")
        versions = {version.locale.language_code: version for version in translations}
        if language in versions:
            target = versions[language].get_url(request) + sub_path
            # The same address in this language: the page exists here and its own view said 404.
            query = request.META.get("QUERY_STRING")
            return None if target == request.path else redirect(f"{target}?{query}" if query else target)
        if sub_path:
            return None  # A view below a page (countries/KE/) may answer 404 in every language: offer none.
        choices = [
            {"code": code, "tag": language_tag(code), "name": name, "url": versions[code].get_url(request) + sub_path}
            for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
            if code in versions
        ]
        shown = versions.get(settings.LANGUAGE_CODE) or next(iter(versions.values()))
        context = {"choices": choices, "title": shown.title, "title_tag": language_tag(shown.locale.language_code)}
        return TemplateResponse(request, "page_in_other_languages.html", context, status=300).render()
