"""The search page: the same search as the JSON API, rendered with facets, pagination and an empty state."""

from django.http import QueryDict
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale

from core.listing import Pagination
from search.forms import FILTER_NAMES, SCOPE_ALL, SORT_DATE, SORT_RELEVANCE, SearchParams
from search.insights import record_search
from search.query import search_term
from search.service import run_search

SORT_LABELS = {SORT_RELEVANCE: _("Relevance"), SORT_DATE: _("Date")}


class SearchLinks:
    """Links to variations of the current search, built from its valid parameters only.

    Changing a filter, the sort or the language scope goes back to the first page of results.
    """

    def __init__(self, params, base_url):
        self.base_url = base_url
        self.values = {
            "q": params.query,
            "lang": params.value("lang"),
            "sort": params.value("sort"),
            "exact": params.value("exact"),
        }
        for name in FILTER_NAMES:
            self.values[name] = [getattr(value, "slug", value) for value in params.value(name)]

    def url(self, page=None, **changes):
        values = {**self.values, **changes}
        query = QueryDict(mutable=True)
        if values["q"]:
            query["q"] = values["q"]
        if values["lang"] == SCOPE_ALL:
            query["lang"] = SCOPE_ALL
        for name in FILTER_NAMES:
            if values[name]:
                query.setlist(name, values[name])
        if values["exact"]:
            query["exact"] = "1"
        if values["sort"] != SORT_RELEVANCE:
            query["sort"] = values["sort"]
        if page and page > 1:
            query["page"] = str(page)
        encoded = query.urlencode()
        return f"{self.base_url}?{encoded}" if encoded else self.base_url

    def toggle(self, name, key):
        chosen = self.values[name]
        return self.url(**{name: [value for value in chosen if value != key] if key in chosen else [*chosen, key]})

    def remove(self, name, key):
        return self.url(**{name: [value for value in self.values[name] if value != key]})

    def page_url(self, number):
        return self.url(page=number)

    def without_filters(self):
        return self.url(**{name: [] for name in FILTER_NAMES})


def search_context(params, outcome, links):
    """What the template needs besides the outcome: every link already built."""
    for facet in outcome.facets:
        for value in facet.options:
            value.url = links.toggle(facet.name, value.value)
    active_filters = [
        {"facet": facet.label, "label": value.label, "url": links.remove(facet.name, value.value)}
        for facet in outcome.facets
        for value in facet.selected
    ]
    return {
        "form": params,
        "outcome": outcome,
        "search_query": outcome.query,
        "active_filters": active_filters,
        "clear_filters_url": links.without_filters() if active_filters else None,
        "sort_links": [
            {"label": label, "url": links.url(sort=key), "current": outcome.sort == key}
            for key, label in SORT_LABELS.items()
        ],
        "scope_links": {
            "current": links.url(lang="current", language=[]),
            "all": links.url(lang=SCOPE_ALL),
        },
        "exact_url": links.url(exact=True) if outcome.correction else None,
        "suggestion_url": links.url(q=outcome.suggestion, exact=False, **{name: [] for name in FILTER_NAMES})
        if outcome.suggestion
        else None,
        "priority_links": [
            {"label": priority.label, "url": links.url(q="", priority=[priority.slug])}
            for priority in outcome.related_priorities
        ],
        "pagination": Pagination.of(outcome.page_obj, links.page_url),
        "errors": params.error_list(),
    }


def _record_hit(params, outcome, language_code):
    """Count the search for the editors, once per search (on its first page): every search in the insights report,
    and, among Wagtail's popular search terms, only those that found something (bots' random strings leave no row
    there)."""
    if not (outcome.searched and outcome.query and params.value("page") == 1):
        return
    found = bool(outcome.total or outcome.promotions)
    record_search(outcome.query, language_code, found=found)
    term = search_term(outcome.query)
    if term and found:
        Query.get(term).add_hit()


@require_safe
def search(request):
    params = SearchParams(request.GET)
    params.is_valid()
    locale = Locale.get_active()
    outcome = run_search(params, locale, request=request)
    _record_hit(params, outcome, locale.language_code)
    context = search_context(params, outcome, SearchLinks(params, reverse("search")))
    return TemplateResponse(request, "search/search.html", context, status=400 if params.errors else 200)
