"""Head tags for search engines, feed readers and link previews: {% page_meta as meta %} in includes/meta.html."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page

from core.origin import absolute_url
from core.seo import canonical_url, og_locale, share_image, share_rendition

register = template.Library()


@register.simple_tag(takes_context=True)
def page_meta(context):
    """Canonical URL, OpenGraph and Twitter card values for the current page; site-wide values only elsewhere.

    Views that are not pages (search, 404) get no canonical URL, title or image: there is nothing of theirs to point at.
    """
    request = context.get("request")
    meta = {
        "site_name": str(settings.SITE_TITLE),
        "locale": og_locale(translation.get_language()),
        "type": "website",
        "twitter_card": "summary",
    }
    page = context.get("page")
    if request is None or not isinstance(page, Page):
        return meta

    meta["canonical"] = canonical_url(request, page)
    meta["title"] = page.seo_title or page.title
    meta["description"] = page.search_description or getattr(page, "summary", "")
    if page.depth > 2:
        meta["type"] = "article"
    image = share_image(page)
    rendition = share_rendition(image) if image is not None else None
    if rendition is not None:
        meta["image"] = {
            "url": absolute_url(request, rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": rendition.alt,
        }
        meta["twitter_card"] = "summary_large_image"
    return meta
