"""Navigation built from the page tree: main menu, breadcrumbs, language switcher and section look-ups.

Every tag works out which home page the visitor is in (the site root or its translation in the current
language) from Wagtail's cached site root paths, so each tag costs at most one query.
"""

from django import template
from django.apps import apps
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_info
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

register = template.Library()


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def _active_content_language():
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return None


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
    """The live, shown-in-menus children of the visitor's home page, with the current section marked."""
    request = context.get("request")
    home_path = _home_url_path(context)
    if home_path is None:
        return {"request": request, "menu_items": []}
    pages = (
        Page.objects.live()
        .in_menu()
        .filter(depth=_depth(home_path) + 1, url_path__startswith=home_path)
        .order_by("path")
    )
    current = _current_page(context)
    menu_items = []
    for item in pages:
        state = None
        if current is not None and current.path.startswith(item.path):
            state = "page" if current.pk == item.pk else "true"
        menu_items.append({"page": item, "url": item.get_url(request), "current": state})
    return {"request": request, "menu_items": menu_items}


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


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in the other languages it is published in (any language for non-page views)."""
    request = context.get("request")
    if request is None:
        return {"languages": []}
    page = _current_page(context)
    urls = {}
    if page is not None and page.pk:
        page_url = page.get_url(request) or ""
        # Routable sub-views (/programmes/countries/ke/) keep their sub-path in the other language.
        sub_path = request.path[len(page_url) :] if page_url and request.path.startswith(page_url) else ""
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            url = translated.get_url(request)
            if url:
                urls[translated.locale.language_code] = url + sub_path
    else:
        urls = {code: translate_url(request.get_full_path(), code) for code, _name in settings.LANGUAGES}
    current = _active_content_language()
    languages = [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": urls[code],
            "current": code == current,
        }
        for code, _name in settings.LANGUAGES
        if code in urls
    ]
    return {"languages": languages if len(languages) > 1 else []}


@register.simple_tag(takes_context=True)
def section_page(context, model_label):
    """The first live page of a type in the visitor's home-page tree, e.g. the programmes index; None if there is none.

    {% section_page "programmes.ProgrammeIndexPage" as programmes %} — cached for the rest of the request.
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
        model = apps.get_model(model_label)
        cache[key] = model.objects.live().filter(url_path__startswith=home_path).order_by("path").first()
    return cache[key]
