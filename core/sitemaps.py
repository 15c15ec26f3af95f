"""sitemap.xml for every language: each live page once, with hreflang links to its translations and an x-default.

Wagtail's own sitemap lists only the descendants of the site's root page, which are the default language's pages;
the translated home pages are the root page's siblings, so their trees would be missing.
"""

from functools import cached_property

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Site

from core.templatetags.i18n_tags import language_tag
from core.visibility import public_pages


class TranslatedPagesSitemap(Sitemap):
    """Live, public pages under the site's home page in every language, in a constant number of queries."""

    def items(self):
        return self._pages

    @cached_property
    def _pages(self):
        site = self.get_wagtail_site()
        roots = [root.root_path for root in Site.get_site_root_paths() if root.site_id == site.pk]
        in_site = Q()
        for root_path in roots or [site.root_page.url_path]:
            in_site |= Q(url_path__startswith=root_path)
        # Deferred specific pages: their own get_sitemap_urls() without one query per page type.
        pages = public_pages().filter(in_site).order_by("path").specific(defer=True)
        return list(pages)

    @cached_property
    def _versions(self):
        """{translation_key: {language_code: location}} of every page in the sitemap."""
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        versions = {}
        for page in self._pages:
            location = page.get_full_url(self.request)
            if location:
                versions.setdefault(page.translation_key, {})[languages.get(page.locale_id)] = location
        return versions

    def alternates_for(self, page):
        """hreflang links to each version of `page` in the sitemap, and x-default to the default language's."""
        versions = self._versions.get(page.translation_key, {})
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

    def _urls(self, page, protocol, domain):
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list:
            own_location = item.get_full_url(self.request)
            alternates = self.alternates_for(item)
            for url_info in item.get_sitemap_urls(self.request):
                if not url_info.get("location"):
                    continue
                if alternates and url_info["location"] == own_location:
                    url_info = {**url_info, "alternates": alternates}
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
