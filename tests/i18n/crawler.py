"""Walk a site through Django's test client, as a visitor's crawler would, and list what a reader would trip over.

Starting from each language's home page it follows every link on the site's own origin (pages, feeds, calendars,
PDFs, documents, media) and reports:

- links that answer 404 or 5xx;
- absolute URLs on localhost or on another origin than the site's own (canonical, hreflang, OpenGraph, sitemap,
  feeds and .ics all write absolute URLs);
- English sentences (more than three words) on a non-English page outside elements marked lang="en";
- plurals made by adding an "s" to a model's name, in the page's language.
"""

import re
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup, Comment, Doctype
from django.apps import apps
from django.conf import settings
from django.utils import translation

# Words that are English and are not words of the other site languages written in Latin script (French, Spanish,
# Portuguese): "a", "as", "on", "or", "de" are left out for that reason.
ENGLISH_WORDS = frozenset(
    """the and of to with for is are this that your our from by at we you how what which their its more about be
    will has have was were it into these those can who when where there been here than then them they not""".split()  # noqa: SIM905
)
# Proper nouns and names of things that stay in English in every language.
PROPER_NOUNS = (
    "WSIS Gender Caucus",
    "World Summit on the Information Society",
    "Nordic Reference Group",
    "International Telecommunication Union",
    "Information Society",
    "Wagtail",
)
SKIPPED_PREFIXES = ("/admin/", "/django-admin/")
ATTRIBUTES_WITH_URLS = ("href", "src", "content", "action", "srcset")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ABSOLUTE = re.compile(r"\bhttps?://[^\s\"'<>)]+")


@dataclass
class Problem:
    kind: str
    url: str
    detail: str

    def __str__(self):
        return f"{self.kind}: {self.url}: {self.detail}"


@dataclass
class Crawl:
    origin: str
    visited: dict = field(default_factory=dict)  # {path: status}
    problems: list = field(default_factory=list)
    referrers: dict = field(default_factory=dict)  # {path: the first page that linked to it}

    def add(self, kind, url, detail):
        self.problems.append(Problem(kind, url, detail))

    def of_kind(self, kind):
        return [str(problem) for problem in self.problems if problem.kind == kind]


def english_sentence(text):
    """True when `text` reads as English: more than three words, at least two of them English-only words."""
    for noun in PROPER_NOUNS:
        text = text.replace(noun, " ")
    words = _WORD.findall(text)
    if len(words) <= 3:
        return False
    english = sum(1 for word in words if word.lower() in ENGLISH_WORDS)
    return english >= 2 and english * 4 >= len(words)


def _declared_language(element):
    """The lang of the nearest ancestor that has one, lower-cased."""
    for parent in element.parents:
        lang = getattr(parent, "attrs", {}).get("lang") if hasattr(parent, "attrs") else None
        if lang:
            return lang.lower()
    return ""


def english_text_nodes(soup):
    """The text nodes (and alt/title/aria-label/placeholder attributes) that read as English outside lang="en"."""
    found = []
    for node in soup.find_all(string=True):
        if isinstance(node, Comment | Doctype) or node.parent.name in ("script", "style", "template"):
            continue
        text = " ".join(node.split())
        if english_sentence(text) and not _declared_language(node).startswith("en"):
            found.append(text)
    for element in soup.find_all(True):
        for attribute in ("alt", "title", "aria-label", "placeholder", "content"):
            value = element.attrs.get(attribute)
            if not isinstance(value, str) or (attribute == "content" and element.name != "meta"):
                continue
            if english_sentence(value) and not (element.attrs.get("lang") or _declared_language(element)).startswith(
                "en"
            ):
                found.append(f"[{element.name} {attribute}] {value}")
    return found


def naive_plurals(language):
    """The words "<model name>s" a template would print where it should print verbose_name_plural, in `language`."""
    wrong = set()
    with translation.override(language):
        # Our page types and snippets: the names our templates print. Third-party models' names are ordinary words
        # too (wagtail's Query is "consulta" in Spanish), and their catalogues are not ours to fix.
        for model in (model for model in apps.get_models() if model._meta.app_label in settings.PROJECT_APPS):
            name, plural = str(model._meta.verbose_name), str(model._meta.verbose_name_plural)
            for form in (name, name.capitalize(), name[:1].upper() + name[1:]):
                if f"{form}s" != plural and f"{form}s".lower() != plural.lower():
                    wrong.add(f"{form}s")
    return wrong


def _same_origin_path(url, origin):
    """The path and query of `url` when it is on `origin` (or relative), else None."""
    parts = urlsplit(url)
    if parts.scheme and parts.scheme not in ("http", "https"):
        return None
    if parts.netloc and f"{parts.scheme}://{parts.netloc}" != origin:
        return None
    path = parts.path or "/"
    return f"{path}?{parts.query}" if parts.query else path


def _page_language(soup):
    html = soup.find("html")
    return (html.attrs.get("lang") or "").lower() if html else ""


class Crawler:
    """Breadth-first over the site's own links; each URL fetched once."""

    def __init__(self, client, origin, *, host=None, follow_query_strings=False, media_exists=None):
        self.client = client
        self.media_exists = media_exists
        self.origin = origin.rstrip("/")
        self.host = host or urlsplit(self.origin).netloc
        self.follow_query_strings = follow_query_strings
        self._plurals = {}

    def crawl(self, start_paths):
        crawl = Crawl(self.origin)
        queue = deque(start_paths)
        seen = set(queue)
        while queue:
            path = queue.popleft()
            for link in self._visit(crawl, path):
                if link not in seen:
                    seen.add(link)
                    crawl.referrers.setdefault(link, path)
                    queue.append(link)
        return crawl

    def _get(self, path):
        secure = self.origin.startswith("https:")
        return self.client.get(path, HTTP_HOST=self.host, secure=secure)

    def _visit(self, crawl, path):
        if self.media_exists is not None and path.startswith(settings.MEDIA_URL):
            # Media files are the web server's to serve, not Django's: check that the file is there.
            exists = self.media_exists(path[len(settings.MEDIA_URL) :])
            crawl.visited[path] = 200 if exists else 404
            if not exists:
                crawl.add("broken link", path, f"missing media file, linked from {crawl.referrers.get(path)}")
            return []
        response = self._get(path)
        if response.status_code in (301, 302, 303, 307, 308):
            crawl.visited[path] = response.status_code
            target = urljoin(self.origin + path, response["Location"])
            self._check_absolute(crawl, path, [target])
            same = _same_origin_path(target, self.origin)
            return [same] if same else []
        crawl.visited[path] = response.status_code
        if response.status_code == 404 or response.status_code >= 500:
            crawl.add("broken link", path, f"{response.status_code}, linked from {crawl.referrers.get(path)}")
            return []
        content_type = response.get("Content-Type", "")
        if getattr(response, "streaming", False) or not any(
            kind in content_type for kind in ("html", "xml", "calendar", "text/plain")
        ):
            return []
        body = response.content.decode(response.charset or "utf-8", errors="replace")
        if "calendar" in content_type:
            body = re.sub(r"\r?\n[ \t]", "", body)  # iCalendar folds long lines (RFC 5545 §3.1).
        self._check_absolute(crawl, path, _ABSOLUTE.findall(body), xml="xml" in content_type)
        if "html" not in content_type:
            return self._links_in_text(body)
        soup = BeautifulSoup(body, "html.parser")
        self._check_language(crawl, path, soup, body)
        return self._links_in_html(path, soup)

    def _check_absolute(self, crawl, path, urls, xml=False):
        for url in urls:
            url = url.rstrip(".,;")
            parts = urlsplit(url)
            host = parts.hostname or ""
            if xml and host.endswith(("sitemaps.org", "w3.org", "www.w3.org", "purl.org", "xmlns.com")):
                continue  # XML namespaces, not links.
            if host in ("localhost", "127.0.0.1", "[::1]", "::1") and not self.origin.endswith(parts.netloc):
                crawl.add("localhost URL", path, url)
            elif host == urlsplit(self.origin).hostname and f"{parts.scheme}://{parts.netloc}" != self.origin:
                crawl.add("mixed origin", path, url)

    def _check_language(self, crawl, path, soup, body):
        language = _page_language(soup)
        if not language or language.startswith("en"):
            return
        for text in english_text_nodes(soup):
            crawl.add("English text", path, text)
        if language not in self._plurals:
            self._plurals[language] = naive_plurals(language)
        text = soup.get_text(" ")
        for wrong in self._plurals[language]:
            if re.search(rf"(?<!\w){re.escape(wrong)}(?!\w)", text):
                crawl.add("untranslated plural", path, wrong)

    def _links_in_html(self, path, soup):
        links = []
        base = self.origin + path
        for element in soup.find_all(["a", "link", "img", "script", "source", "form", "iframe"]):
            if element.name == "form":
                continue  # Forms post; their GET targets are reached through links.
            for attribute in ("href", "src"):
                value = element.attrs.get(attribute)
                if value:
                    links.append(value)
        found = []
        for link in links:
            url, _fragment = urldefrag(urljoin(base, link))
            target = _same_origin_path(url, self.origin)
            if target is None or target.startswith(SKIPPED_PREFIXES):
                continue
            if "?" in target and not self.follow_query_strings:
                continue
            found.append(target)
        return found

    def _links_in_text(self, body):
        found = []
        for url in _ABSOLUTE.findall(body):
            target = _same_origin_path(url.rstrip(".,;"), self.origin)
            if target and not target.startswith(SKIPPED_PREFIXES) and "?" not in target:
                found.append(target)
        return found
