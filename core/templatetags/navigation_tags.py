"""Navigation built from the page tree: main menu, breadcrumbs, language switcher and section look-ups.

Every tag works out which home page the visitor is in (the site root or its translation in the current
language) from Wagtail's cached site root paths, so each tag costs at most one query.
"""

from django import template
from django.apps import apps
from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html_join
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from core import tree_cache
from core.models import FooterText
from core.templatetags.i18n_tags import language_tag
from core.visibility import live_translations, public_pages

register = template.Library()


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def _active_content_language():
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return None


def _default_content_language():
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def _home_url_path(context):
    """The url_path of the visitor's home page: the one above the current page, else the active language's."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    root_paths = [srp for srp in Site.get_site_root_paths() if srp.site_id == site.pk]
    page = _current_page(context)
    if page is not None and page.url_path:
        containing = [srp.root_path for srp in root_paths if page.url_path.startswith(srp.root_path)]
        if containing:
            return max(containing, key=len)
    language = _active_content_language()
    for srp in root_paths:
        if srp.language_code == language:
            return srp.root_path
    return site.root_page.url_path


def _depth(url_path):
    """Tree depth from a url_path: "/" is the tree root (1), "/home/" its child (2)."""
    return url_path.count("/")


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The live, shown-in-menus children of the visitor's home page, in one order for every language, the current
    section marked."""
    request = context.get("request")
    home_path = _home_url_path(context)
    if home_path is None:
        return {"request": request, "menu_items": []}
    # Every language's menu in the order of the default language's tree, however its translations were created.
    source_path = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=_default_content_language()
    ).values("path")[:1]
    pages = (
        public_pages()
        .in_menu()
        .filter(depth=_depth(home_path) + 1, url_path__startswith=home_path)
        .annotate(source_path=Coalesce(Subquery(source_path), "path"))
        .order_by("source_path", "path")
    )
    current = _current_page(context)
    menu_items = []
    for item in pages:
        state = None
        if current is not None and current.path.startswith(item.path):
            state = "page" if current.pk == item.pk else "true"
        menu_items.append({"page": item, "url": item.get_url(request), "current": state})
    return {"request": request, "menu_items": menu_items}


@register.simple_tag(takes_context=True)
def menu_position(context):
    """What the main menu's marking depends on: the home page, and the menu item the current page is in (and
    whether it is that item). Pages of one section share it, so they share one cached menu (pagecache's
    fragment_cache)."""
    home_path = _home_url_path(context)
    page = _current_page(context)
    if home_path is None or page is None or not page.path:
        return f"{home_path}:"
    item_length = Page.steplen * (_depth(home_path) + 1)
    return f"{home_path}:{page.path[:item_length]}:{len(page.path) == item_length}"


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, *trail):
    """The live ancestors of the current page from its home page down, then the page itself.

    Views below a page (routable sub-pages) add their own steps as label/URL pairs; the last label is the
    current position and needs no URL: {% breadcrumbs countries_label countries_url country.name %}.
    """
    request = context.get("request")
    page = _current_page(context)
    home_path = _home_url_path(context)
    if page is None or home_path is None or (page.url_path == home_path and not trail):
        return {"crumbs": []}
    ancestors = Page.objects.ancestor_of(page).live().filter(depth__gte=_depth(home_path)).order_by("depth")
    crumbs = [
        {"title": ancestor.title, "url": ancestor.get_url(request), "is_home": ancestor.url_path == home_path}
        for ancestor in ancestors
    ]
    if not crumbs and not trail:
        return {"crumbs": []}
    steps = [(page.title, page.get_url(request)), *zip(trail[::2], trail[1::2], strict=False)]
    if len(trail) % 2:
        steps.append((trail[-1], None))
    crumbs.extend({"title": title, "url": url, "is_home": False} for title, url in steps)
    crumbs[-1]["url"] = None
    return {"crumbs": crumbs}


def _page_versions(context):
    """The live translations of the current page (itself included) as {language code: (URL, absolute URL)}.

    One query per request (`live_translations`), shared with the hreflang alternates and the training library's
    language links. Routable sub-views (/programmes/countries/ke/) keep their sub-path in every language. None
    when the view is not a page.
    """
    request = context.get("request")
    page = _current_page(context)
    if request is None or page is None or not page.pk:
        return None
    page_url = page.get_url(request) or ""
    sub_path = request.path[len(page_url) :] if page_url and request.path.startswith(page_url) else ""
    versions = {}
    for translated in live_translations(page, request):
        url = translated.get_url(request)
        if url:
            versions[translated.locale.language_code] = (url + sub_path, translated.get_full_url(request) + sub_path)
    return versions


def _home_page_urls(request):
    """{language code: URL} of the live home pages of the visitor's site, in every language it has one."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    homes = site.root_page.get_translations(inclusive=True).live().select_related("locale")
    return {home.locale.language_code: home.get_url(request) for home in homes}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, home_pages=False):
    """Every site language, each named in itself and linked to this page in that language.

    A language the page is not translated into yet is listed without a link and says so, rather than sending
    the visitor somewhere else. Views that are not pages link to the same view in each language; with
    `home_pages` (the 404 page) each language links to its home page, labelled as such.
    """
    request = context.get("request")
    if request is None or len(settings.WAGTAIL_CONTENT_LANGUAGES) < 2:
        return {"languages": []}
    versions = _page_versions(context)
    if versions is not None:
        urls = {code: url for code, (url, _full_url) in versions.items()}
    elif home_pages:
        urls = _home_page_urls(request)
    else:
        urls = {code: translate_url(request.get_full_path(), code) for code, _name in settings.LANGUAGES}
    current = _active_content_language()
    languages = [
        {"code": code, "tag": language_tag(code), "name": name, "url": urls.get(code), "current": code == current}
        for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
    ]
    return {"languages": languages, "home_pages": home_pages and versions is None}


@register.simple_tag(takes_context=True)
def hreflang_alternates(context):
    """<link rel="alternate" hreflang> to each live translation of the page, and x-default to the default language's.

    Nothing on views that are not pages: search results and error pages have no translations to point at.
    """
    versions = _page_versions(context)
    if not versions:
        return ""
    links = [
        (language_tag(code), versions[code][1])
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code in versions
    ]
    default = versions.get(_default_content_language())
    if default is not None:
        links.append(("x-default", default[1]))
    return format_html_join("\n", '<link rel="alternate" hreflang="{}" href="{}">', links)


@register.simple_tag(takes_context=True)
def section_page(context, model_label):
    """The first live page of a type in the visitor's home-page tree, e.g. the programmes index; None if there is none.

    {% section_page "programmes.ProgrammeIndexPage" as programmes %} — kept until the page tree changes
    (core.tree_cache), and for the rest of the request.
    """
    request = context.get("request")
    home_path = _home_url_path(context)
    if home_path is None:
        return None
    cache = getattr(request, "_section_pages", None)
    if cache is None:
        cache = request._section_pages = {}
    key = (model_label, home_path)
    if key not in cache:
        cache[key] = tree_cache.remember(request, ("section_page", *key), lambda: _first_public(model_label, home_path))
    return cache[key]


def _first_public(model_label, home_path):
    pages = apps.get_model(model_label).objects.filter(url_path__startswith=home_path)
    return public_pages(pages).order_by("path").first()


@register.simple_tag(takes_context=True)
def site_footer_text(context):
    """{"footer": FooterText, "lang": BCP 47 tag or ""}: the footer in the active language, else the default
    language's with the tag the template marks it with (lang and dir), cached for the rest of the request."""
    request = context.get("request")
    cached = getattr(request, "_footer_text", None) if request is not None else None
    if cached is not None:
        return cached
    language = _active_content_language() or _default_content_language()
    footer = FooterText.for_language(language)
    fallback = footer is not None and footer.locale.language_code != language
    found = {"footer": footer, "lang": language_tag(footer.locale.language_code) if fallback else ""}
    if request is not None:
        request._footer_text = found
    return found
