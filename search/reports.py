"""Reports → Search insights: the queries visitors search for per language and week, and those that find nothing,
each with one click to promote a page for it or to start a synonym group from it."""

from __future__ import annotations

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Sum
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from core.admin_reports import ReportViewSet
from search.models import SearchTerm

# Editors who may manage search promotions (Wagtail's own permission) see the report.
REPORT_PERMISSION = "wagtailsearchpromotions.add_searchpromotion"


def _weeks(request=None):
    weeks = SearchTerm.objects.order_by("-week").values_list("week", flat=True).distinct()[:26]
    return [(week.isoformat(), week.isoformat()) for week in weeks]


class SearchTermFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.WAGTAIL_CONTENT_LANGUAGES, empty_label=_("All"), widget=forms.RadioSelect
    )
    week = django_filters.ChoiceFilter(label=_("Week"), choices=_weeks, empty_label=_("All"))
    zero_results = django_filters.BooleanFilter(
        label=_("Only searches without results"), method="filter_zero_results", widget=forms.CheckboxInput
    )

    class Meta:
        model = SearchTerm
        fields = []

    def filter_zero_results(self, queryset, name, value):
        return queryset.filter(zero_results__gt=0) if value else queryset


class ActionsColumn(Column):
    def get_value(self, instance):
        promote = reverse("wagtailsearchpromotions:add")
        synonym = f"{reverse('wagtailsnippets_search_synonymgroup:add')}?{urlencode(instance.synonym_params)}"
        return format_html(
            '<a class="button button-small button-secondary" href="{}">{}</a> '
            '<a class="button button-small button-secondary" href="{}">{}</a>',
            promote,
            _("Promote a page"),
            synonym,
            _("Add synonyms"),
        )


class SearchInsightsView(ReportView):
    model = SearchTerm
    page_title = _("Search insights")
    header_icon = "search"
    filterset_class = SearchTermFilterSet
    index_url_name = "search_insights:index"
    index_results_url_name = "search_insights:results"
    columns = [
        Column("query", label=_("Query")),
        Column("language", label=_("Language")),
        Column("searches", label=_("Searches")),
        Column("zero_results", label=_("Searches without results")),
        ActionsColumn("actions", label=_("Actions")),
    ]
    list_export = ["query", "language", "searches", "zero_results"]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        """One row per query and language over the weeks chosen, the most searched first."""
        return SearchTerm.objects.all()

    def get_filtered_queryset(self):
        terms = self.filter_queryset(self.get_queryset())
        rows = (
            terms.values("query", "language")
            .annotate(searches=Sum("searches"), zero_results=Sum("zero_results"))
            .order_by("-searches", "query")
        )
        return [_Row(**row) for row in rows]


class _Row:
    def __init__(self, query, language, searches, zero_results):
        self.query, self.language, self.searches, self.zero_results = query, language, searches, zero_results

    @property
    def synonym_params(self):
        return {"words": f"{self.query}, ", "language": self.language}


class SearchInsightsViewSet(ReportViewSet):
    name = "search_insights"
    icon = "search"
    menu_label = _("Search insights")
    menu_order = 1400
    report_view = SearchInsightsView

    def user_can_see(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


search_insights_viewset = SearchInsightsViewSet()
