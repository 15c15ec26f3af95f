"""JSON endpoints: the search API for partner sites and the title suggestions behind the search box.

The API takes the search page's parameters and answers with the same outcome as JSON (documented in search/API.md).
Invalid parameters are a 400 with a message per parameter, never a 500.
"""

from django.http import JsonResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from core.origin import absolute_url
from search.forms import AutocompleteParams, SearchParams
from search.service import autocomplete as suggest
from search.service import query_terms, run_search

API_VERSION = 1


def _json(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    # Partner sites call the API from their own pages' scripts; it reads only public pages and sends no cookies.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _bad_request(errors):
    return _json({"error": "invalid_parameters", "message": _("Some parameters are not valid."), "errors": errors}, 400)


def _form_errors(form):
    return {name: [str(message) for message in messages] for name, messages in form.errors.items()}


def _absolute(request, url):
    return absolute_url(request, url) if url else url


def _notice(degraded):
    return _("Search is running in a reduced mode at the moment: results may be less complete.") if degraded else None


def serialize_outcome(outcome, request):
    page_obj = outcome.page_obj
    return {
        "version": API_VERSION,
        "query": outcome.query,
        "language": get_language(),
        "scope": "all" if outcome.all_languages else "current",
        "sort": outcome.sort,
        "total": outcome.total,
        "page": page_obj.number if page_obj else 1,
        "pages": page_obj.paginator.num_pages if page_obj else 0,
        "page_size": page_obj.paginator.per_page if page_obj else 0,
        "capped": outcome.capped,
        "any_words": outcome.any_words,
        "degraded": outcome.degraded,
        "notice": _notice(outcome.degraded),
        "suggestion": outcome.suggestion,
        "promotions": [
            {
                "title": promotion.title,
                "url": _absolute(request, promotion.url),
                "description": promotion.description,
                "language": {"code": promotion.language_code, "label": promotion.language_label}
                if promotion.language_code
                else None,
            }
            for promotion in outcome.promotions
        ],
        "results": [
            {
                "id": hit.page.pk,
                "title": hit.title,
                "url": _absolute(request, hit.url),
                "type": {"key": hit.type_key, "label": hit.type_label},
                "language": {"code": hit.language_code, "label": hit.language_label},
                "date": hit.date.isoformat() if hit.date else None,
                "snippet": str(hit.snippet),
                "region": hit.region or None,
                "material_type": hit.material_type or None,
                "priorities": hit.priorities,
            }
            for hit in outcome.hits
        ],
        "facets": [
            {
                "name": facet.name,
                "label": str(facet.label),
                "values": [
                    {"value": value.key, "label": str(value.label), "count": value.count, "selected": value.selected}
                    for value in facet.values
                ],
            }
            for facet in outcome.facets
        ],
        "related_priorities": [
            {"value": priority.slug, "label": str(priority.label)} for priority in outcome.related_priorities
        ],
        "other_languages_total": outcome.other_languages_total,
    }


@require_safe
def search(request):
    """GET /<language>/search/api/?q=…: the search page's results as JSON."""
    params = SearchParams(request.GET)
    if not params.is_valid():
        return _bad_request(_form_errors(params))
    if not query_terms(params.query) and not params.has_filters:
        return _bad_request({"q": [_("Enter at least one word to search for, or choose a filter.")]})
    outcome = run_search(params, Locale.get_active(), request=request)
    return _json(serialize_outcome(outcome, request))


@require_safe
def autocomplete(request):
    """GET /<language>/search/autocomplete/?q=…: up to 8 page titles for the search box."""
    params = AutocompleteParams(request.GET)
    if not params.is_valid():
        return _bad_request(_form_errors(params))
    query = params.cleaned_data["q"]
    suggestions, degraded = suggest(
        query, Locale.get_active(), all_languages=params.cleaned_data["lang"] == "all", request=request
    )
    return _json(
        {
            "query": query,
            "degraded": degraded,
            "suggestions": [
                {
                    "title": suggestion.title,
                    "url": suggestion.url,
                    "type": suggestion.type_label,
                    "language": {"code": suggestion.language_code, "label": suggestion.language_label},
                }
                for suggestion in suggestions
            ],
        }
    )
