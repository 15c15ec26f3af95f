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
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.permission_policies import ModelPermissionPolicy

from core.admin_reports import ReportViewSet
from search.models import SearchTerm


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
    # Editors who may manage search promotions (Wagtail's own permission) see the report.
    permission_policy = ModelPermissionPolicy(SearchPromotion)
    permission_required = "add"
    filterset_class = SearchTermFilterSet
    columns = [
        Column("query", label=_("Query")),
        Column("language", label=_("Language")),
        Column("searches", label=_("Searches")),
        Column("zero_results", label=_("Searches without results")),
        ActionsColumn("actions", label=_("Actions")),
    ]
    list_export = ["query", "language", "searches", "zero_results"]

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


# Reports → Search insights, under /admin/reports/search-insights/.
search_insights_viewset = ReportViewSet(
    "search_insights", report_view=SearchInsightsView, icon="search", menu_label=_("Search insights"), menu_order=1400
)
