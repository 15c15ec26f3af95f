"""sitemap.xml as an index of parts: one part per language and section, each page listed with hreflang alternates.

Wagtail's own sitemap lists only the descendants of the site's root page (the default language's pages) and builds
a page instance per entry. Here every language's home page is a root, each child of a home is a section, and a
part is read from one `values()` query (plus one for the translations), so a part's cost depends on its own size
and the index's on the number of sections, never on the size of the site. Parts longer than PART_SIZE are split
into `?p=` pages, well under the protocol's 50,000 URLs.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, Max, Q
from django.db.models.functions import Substr
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import http_date
from wagtail.models import Page, Site

from core import tree_cache
from core.origin import site_origin
from core.templatetags.i18n_tags import language_tag
from core.visibility import public_pages

PART_SIZE = 5000
XML = "application/xml"


@dataclass(frozen=True)
class LanguageRoot:
    """A language's home page in the site, and the absolute URL its descendants' paths are appended to."""

    pk: int
    path: str
    url_path: str
    depth: int
    language_code: str
    full_url: str

    def location(self, url_path):
        return self.full_url + url_path[len(self.url_path) :]


def language_roots(request):
    """{locale_id: LanguageRoot} of the site serving `request`, in a constant number of queries."""
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    root_paths = {root.root_path for root in Site.get_site_root_paths() if root.site_id == site.pk}
    pages = Page.objects.filter(url_path__in=root_paths or {site.root_page.url_path}).order_by("path")
    roots = {}
    for page in pages.select_related("locale"):
        url = page.get_url(request)
        full_url = site_origin(request) + url if url and url.startswith("/") else url
        if full_url:
            roots[page.locale_id] = LanguageRoot(
                page.pk, page.path, page.url_path, page.depth, page.locale.language_code, full_url
            )
    return roots


def _listed(roots):
    """Live, public pages under any of `roots`."""
    in_site = Q()
    for root in roots:
        in_site |= Q(path__startswith=root.path)
    return public_pages().filter(in_site) if roots else Page.objects.none()


def _parts(roots):
    """Per section of each language root: its pages, their latest publication, and the section page's id by path."""
    parts = []
    for depth in sorted({root.depth for root in roots.values()}):
        same_depth = [root for root in roots.values() if root.depth == depth]
        section_length = (depth + 1) * Page.steplen
        groups = (
            _listed(same_depth)
            .annotate(section=Substr("path", 1, section_length))
            .values("section")
            .annotate(pages=Count("pk"), lastmod=Max("last_published_at"))
            .order_by("section")
        )
        parts.extend(groups)
    sections = dict(Page.objects.filter(path__in=[part["section"] for part in parts]).values_list("path", "pk"))
    return parts, sections


def index(request):
    """The sitemap index: a link and a lastmod for each part (and each `?p=` page of a long part)."""
    roots = language_roots(request)
    by_path = {root.path: root for root in roots.values()}
    # Counting every page of the site is the index's whole cost: kept until the next publish (core.tree_cache).
    parts, sections = tree_cache.remember(request, ("sitemap index", *sorted(by_path)), lambda: _parts(roots))
    entries = []
    for part in parts:
        page_id = sections.get(part["section"])
        if page_id is None:
            continue
        # The home page's own group holds the home alone; its part is named by the home and lists only it.
        location = site_origin(request) + reverse("sitemap_part", args=[page_id])
        pages = 1 if part["section"] in by_path else part["pages"]
        for number in range(1, Paginator(range(pages), PART_SIZE).num_pages + 1):
            entries.append({"location": location + (f"?p={number}" if number > 1 else ""), "lastmod": part["lastmod"]})
    return TemplateResponse(request, "core/sitemap_index.xml", {"sitemaps": entries}, content_type=XML)


def part(request, page_id):
    """One language's section (or its home page alone), with hreflang links to each page's translations."""
    roots = language_roots(request)
    section = Page.objects.filter(pk=page_id).values("path", "depth", "locale_id").first()
    root = roots.get(section["locale_id"]) if section else None
    if root is None or not section["path"].startswith(root.path) or section["depth"] > root.depth + 1:
        raise Http404("No such part of the sitemap")
    pages = _listed([root]).filter(path__startswith=section["path"])
    if section["path"] == root.path:
        pages = pages.filter(depth=root.depth)
    rows = pages.order_by("path").values("url_path", "translation_key", "last_published_at")
    try:
        listed = Paginator(rows, PART_SIZE).page(request.GET.get("p", 1))
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404("No such page of the sitemap part") from error
    listed = list(listed.object_list)
    versions = _versions(roots, {row["translation_key"] for row in listed})
    urls = []
    for row in listed:
        urls.append(
            {
                "location": root.location(row["url_path"]),
                "lastmod": row["last_published_at"],
                "alternates": _alternates(versions.get(row["translation_key"], {})),
            }
        )
    response = TemplateResponse(request, "core/sitemap_part.xml", {"urls": urls}, content_type=XML)
    lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
    if lastmods:
        response.headers["Last-Modified"] = http_date(max(lastmods).timestamp())
    return response


def _versions(roots, translation_keys):
    """{translation_key: {language_code: location}} of the listed pages' live translations in the site."""
    languages = {locale_id: root.language_code for locale_id, root in roots.items()}
    if not translation_keys:
        return {}
    versions = {}
    rows = _listed(list(roots.values())).filter(translation_key__in=translation_keys)
    for row in rows.values("translation_key", "locale_id", "url_path"):
        root = roots.get(row["locale_id"])
        if root is not None and row["url_path"].startswith(root.url_path):
            versions.setdefault(row["translation_key"], {})[languages[row["locale_id"]]] = root.location(
                row["url_path"]
            )
    return versions


def _alternates(versions):
    """hreflang links to each version of a page, and x-default to the default language's; none for a lone page."""
    if len(versions) < 2:
        return []
    alternates = [
        {"lang_code": language_tag(code), "location": versions[code]}
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code in versions
    ]
    default = versions.get(settings.LANGUAGE_CODE)
    if default:
        alternates.append({"lang_code": "x-default", "location": default})
    return alternates
