"""What search engines and link previews read: canonical URLs, OpenGraph locales, share images and robots.txt."""

from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core.images import page_image
from core.origin import absolute_url

SHARE_IMAGE_FILTER = "fill-1200x630"
# The image fields a page may carry, in the order a link preview prefers them.
_SHARE_IMAGE_FIELDS = ("listing_image", "hero_image", "cover_image")
# OpenGraph wants language_TERRITORY; Arabic has no one territory, so it stays a bare language.
_OG_LOCALES = {
    "en": "en_US",
    "fr": "fr_FR",
    "es": "es_ES",
    "ar": "ar",
    "ru": "ru_RU",
    "zh-hans": "zh_CN",
    "zh-hant": "zh_TW",
    "pt": "pt_PT",
}


def og_locale(language_code):
    """The og:locale of a Django language code: "fr" → "fr_FR", "zh-hans" → "zh_CN", "ar" → "ar"."""
    code = (language_code or "").lower()
    return _OG_LOCALES.get(code) or translation.to_locale(code)


def canonical_url(request, page):
    """The absolute URL of `page` in its own language, keeping a routable sub-path (/countries/ke/), without a query."""
    url = page.get_full_url(request)
    if not url or request is None:
        return url
    relative = page.get_url(request)
    if relative and request.path.startswith(relative):
        url += request.path[len(relative) :]
    return url


def share_image(page):
    """The first image the page has for link previews, with the page's alt text for it, or None."""
    for name in _SHARE_IMAGE_FIELDS:
        if getattr(page, name, None) is not None:
            return page_image(page, name)
    return None


def share_rendition(image):
    """The 1200×630 crop of `image` used by link previews; None when the original file cannot be read."""
    try:
        return image.get_rendition(SHARE_IMAGE_FILTER)
    except OSError:  # Wagtail's SourceImageIOError: the original is missing or unreadable.
        return None


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    """Crawl everything but the admin, and find the pages of every language in the sitemap."""
    sitemap_url = absolute_url(request, reverse("sitemap"))
    return render(request, "robots.txt", {"sitemap_url": sitemap_url}, content_type="text/plain; charset=utf-8")
