"""Editors' promoted results (Wagtail's search promotions), shown above the results for their exact query."""

from __future__ import annotations

from dataclasses import dataclass

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from search.fallback import searchable_pages
from search.query import search_term


@dataclass
class Promotion:
    title: str
    url: str
    description: str
    page: Page | None = None
    language_code: str = ""
    language_label: str = ""


def promotions(query, locale, locales, request):
    """Editors' picks for this exact query, in the searched language when the page has a translation."""
    picks = list(
        SearchPromotion.objects.filter(
            query__query_string__in={normalise_query_string(query), search_term(query)}
        ).select_related("page")
    )
    page_ids = [pick.page_id for pick in picks if pick.page_id]
    visible = set(searchable_pages().filter(pk__in=page_ids).values_list("pk", flat=True)) if page_ids else set()
    picks = [pick for pick in picks if pick.page_id is None or pick.page_id in visible]
    translations = {}
    if locale is not None:
        keys = [pick.page.translation_key for pick in picks if pick.page and pick.page.locale_id != locale.pk]
        if keys:
            found = searchable_pages(locale).filter(translation_key__in=keys)
            translations = {page.translation_key: page for page in found}
    result = []
    for pick in picks:
        if pick.page is None:
            if pick.external_link_url:
                title = pick.external_link_text or pick.external_link_url
                result.append(Promotion(title, pick.external_link_url, pick.description))
            continue
        page = translations.get(pick.page.translation_key, pick.page)
        page_locale = locales.get(page.locale_id)
        result.append(
            Promotion(
                page.title,
                page.get_url(request),
                pick.description,
                page,
                page_locale.language_code if page_locale else "",
                page_locale.get_display_name() if page_locale else "",
            )
        )
    return result
