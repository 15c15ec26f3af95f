"""Filters of the programme plans and the training library: links with counts and a form, both without JavaScript.

Each filter is also a facet: its values are offered as links, each with the number of items it would leave given the
other filters in force, counted in one query per filter. Filter values are slugs and codes that every language shares,
so a filtered listing keeps its filters when read in another language.
"""

import django_filters
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Left, Length
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import Country
from django_filters.fields import ChoiceField
from wagtail.models import Page

from core.listing import Facet, Option, Pagination
from core.models import MaterialType, Region, StrategicPriority, Topic
from core.visibility import live_translations, public_pages
from programmes.models import ProgrammePlanPage, RegionPage, TrainingMaterialPage

PAGE_SIZE = 12
# The path of a page's parent, computed in SQL: treebeard paths grow by `steplen` characters a level.
PARENT_PATH = Left("path", Length("path") - Page.steplen)


def count_terms(terms, queryset, lookup):
    """The terms used by items of `queryset` (through `lookup`), each with the number of those items, in one query.

    Through a many-to-many field the terms are joined to the items once and grouped; a count per term (a correlated
    subquery) would read every item once per term. A foreign key without a reverse relation keeps the subquery: it
    reads each item once, by the key's index.
    """
    field = queryset.model._meta.get_field(lookup)
    items = queryset.order_by().values("pk")
    if field.many_to_many:
        reverse = field.related_query_name()
        return (
            terms.filter(**{f"{reverse}__in": items})
            .annotate(count=Count(reverse))
            .order_by(*terms.model._meta.ordering)
        )
    used_by = (
        queryset.order_by()
        .filter(**{lookup: OuterRef("pk")})
        .values(lookup)
        .annotate(count=Count("pk", distinct=True))
        .values("count")
    )
    return terms.annotate(count=Subquery(used_by)).filter(count__gt=0)


def count_values(queryset, field):
    """{value of `field`: number of items of `queryset`} in one query."""
    return dict(queryset.order_by().exclude(**{field: ""}).values_list(field).annotate(count=Count("pk")))


def count_choices(queryset, field, choices):
    counts = count_values(queryset, field)
    return [(value, label, counts[value]) for value, label in choices if value in counts]


class CountryChoiceField(ChoiceField):
    """An ISO country code, in either case (country webspaces take /mw/ as well as /MW/)."""

    def to_python(self, value):
        return super().to_python(value).upper()


class TermFilter(django_filters.ModelChoiceFilter):
    """A taxonomy term, given by the slug every language shares; as a facet, the terms the items use."""

    def __init__(self, model, **kwargs):
        super().__init__(queryset=model.objects.all(), to_field_name="slug", **kwargs)
        self.term_model = model  # not `model`: the FilterSet sets that to the model of the items it filters

    def facet(self, queryset):
        terms = count_terms(self.term_model.objects, queryset, self.field_name)
        return [(term.slug, getattr(term, "label", term.name), term.count) for term in terms]


class ChoiceFacetFilter(django_filters.ChoiceFilter):
    """A model field's choices; as a facet, the choices the items have, in the order they are declared."""

    def facet(self, queryset):
        return count_choices(queryset, self.field_name, self.extra["choices"])


class FacetedFilterSet(django_filters.FilterSet):
    """A FilterSet whose filters are also facets: a filter's `facet(queryset)` method (TermFilter, ChoiceFacetFilter),
    or else the set's `facet_<name>(queryset)`, returns (value, label, count) for each value the items of
    `queryset` have, in display order.
    Data the form rejects (an unknown slug, a bogus code) leaves the listing unfiltered and sets `invalid`.
    """

    def __init__(self, data=None, queryset=None, *, request=None, anchor=""):
        super().__init__(self.given(data), queryset, request=request)
        self.path = request.path if request else ""
        self.anchor = f"#{anchor}" if anchor else ""

    @classmethod
    def given(cls, data):
        """The values `data` (a query) gives this set's filters, stripped, empty ones left out; not yet validated."""
        return {
            name: value.strip()
            for name, value in (data or {}).items()
            if name in cls.base_filters and isinstance(value, str) and value.strip()
        }

    @cached_property
    def invalid(self):
        return not self.form.is_valid()

    @cached_property
    def selected(self):
        """The filters in force, as they appear in the query string, in the order the filters are declared."""
        if self.invalid:
            return {}
        cleaned = self.form.cleaned_data
        return {
            # A choice as cleaned (a country code in capitals), a taxonomy term by the slug it was given as.
            name: cleaned[name] if isinstance(cleaned[name], str) else self.data[name]
            for name in self.filters
            if cleaned.get(name) not in (None, "")
        }

    def filter_queryset(self, queryset, leave_out=None):
        for name in self.selected:
            if name != leave_out:
                queryset = self.filters[name].filter(queryset, self.form.cleaned_data[name])
        return queryset

    def query_string(self, **changes):
        """The query string of this listing with some parameters changed (None removes one), without the '?'."""
        params = {**self.selected, **changes}
        return urlencode({name: value for name, value in params.items() if value is not None})

    def url(self, **changes):
        """This listing with some filters changed (None removes one), on its first page unless `page` is given."""
        query = self.query_string(**changes)
        return f"{'?' + query if query else self.path}{self.anchor}"

    @cached_property
    def facets(self):
        base = self.queryset.prefetch_related(None).order_by()
        return [self._facet(name, base) for name in self.filters]

    @cached_property
    def active_facets(self):
        return [facet for facet in self.facets if facet.active]

    @cached_property
    def clear_url(self):
        return f"{self.path}{self.anchor}"

    def _facet(self, name, base):
        selected = self.selected.get(name)
        facet = getattr(self, f"facet_{name}", None) or self.filters[name].facet
        counted = facet(self.filter_queryset(base, leave_out=name))
        options = [
            Option(str(value), str(label), count, self.url(**{name: str(value)}), str(value) == selected)
            for value, label, count in counted
        ]
        if selected and not any(option.selected for option in options):
            options.append(Option(selected, self._label(name), 0, self.url(**{name: selected}), True))
        field = self.form.fields[name]
        return Facet(
            name, str(field.label), options, all_label=str(field.empty_label), remove_url=self.url(**{name: None})
        )

    def _label(self, name):
        value = self.form.cleaned_data[name]
        if hasattr(value, "pk"):
            return str(getattr(value, "label", value))
        return str(dict(self.form.fields[name].choices).get(value, value))


class CountryFilter(django_filters.ChoiceFilter):
    field_class = CountryChoiceField


class PlanFilterSet(FacetedFilterSet):
    region = TermFilter(Region, label=_("Region"), method="filter_region", empty_label=_("All regions"))
    country = CountryFilter(label=_("Country"), choices=countries, empty_label=_("All countries"))
    priority = TermFilter(
        StrategicPriority, field_name="priorities", label=_("Strategic priority"), empty_label=_("All priorities")
    )
    scope = ChoiceFacetFilter(label=_("Scope"), choices=ProgrammePlanPage.Scope.choices, empty_label=_("All scopes"))

    class Meta:
        model = ProgrammePlanPage
        fields = []

    def filter_region(self, queryset, name, region):
        region_pages = RegionPage.objects.filter(region=region).values("path")
        return queryset.alias(parent_path=PARENT_PATH).filter(parent_path__in=region_pages)

    def facet_region(self, queryset):
        counts = dict(queryset.annotate(parent_path=PARENT_PATH).values_list("parent_path").annotate(n=Count("pk")))
        by_region = {}
        for region_page in RegionPage.objects.filter(path__in=counts).select_related("region"):
            region = region_page.region
            label, count = by_region.get(region.slug, (region.name, 0))
            by_region[region.slug] = (label, count + counts[region_page.path])
        return sorted(((slug, label, count) for slug, (label, count) in by_region.items()), key=lambda row: row[1])

    def facet_country(self, queryset):
        counts = count_values(queryset, "country")
        return sorted(((code, Country(code).name, count) for code, count in counts.items()), key=lambda row: row[1])


class MaterialFilterSet(FacetedFilterSet):
    type = TermFilter(MaterialType, field_name="material_type", label=_("Type"), empty_label=_("All types"))
    topic = TermFilter(Topic, field_name="topics", label=_("Topic"), empty_label=_("All topics"))
    priority = TermFilter(
        StrategicPriority, field_name="priorities", label=_("Strategic priority"), empty_label=_("All priorities")
    )
    audience = ChoiceFacetFilter(
        label=_("Audience"), choices=TrainingMaterialPage.Audience.choices, empty_label=_("All audiences")
    )
    level = ChoiceFacetFilter(label=_("Level"), choices=TrainingMaterialPage.Level.choices, empty_label=_("All levels"))

    class Meta:
        model = TrainingMaterialPage
        fields = []

    def __init__(self, data=None, queryset=None, *, library=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.library = library

    @cached_property
    def languages(self):
        """The library in each language it is published in, carrying these filters, with the materials each has.

        Materials are translated page by page, so "language" is not a filter of this listing but a link to the same
        listing in the other language's tree: taxonomy slugs are shared, so the filters stay the same.
        """
        order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        library = self.library
        if library is None:
            return []
        translations = sorted(
            (translation for translation in live_translations(library, self.request) if translation.is_public),
            key=lambda page: order.index(page.locale.language_code) if page.locale.language_code in order else 99,
        )
        if len(translations) < 2:
            return []
        materials = public_pages(TrainingMaterialPage.objects.all()).alias(parent_path=PARENT_PATH)
        materials = self.filter_queryset(materials.filter(parent_path__in=[page.path for page in translations]))
        # order_by(): Page's default ordering (path) would group by material, counting each as one.
        per_library = materials.annotate(parent_path=PARENT_PATH).order_by().values_list("parent_path")
        counts = dict(per_library.annotate(n=Count("pk")))
        query = self.query_string()
        options = []
        for translation in translations:
            url = translation.get_url(self.request)
            if url:
                options.append(
                    Option(
                        value=translation.locale.language_code,
                        label=translation.locale.get_display_name(),
                        count=counts.get(translation.path, 0),
                        url=f"{url}{'?' + query if query else ''}{self.anchor}",
                        selected=translation.pk == library.pk,
                        language_code=translation.locale.language_code,
                    )
                )
        return options


class Listing:
    """One page of a filtered listing and what its template shows around it: facets, result count, page links.

    `filterset_class` filters `items()` (a function returning the queryset) by the request's query, with `options`
    (the FilterSet's keyword arguments). Nothing is built or read until the template reads the listing, so a render
    that finds it in the fragment cache, keyed on `state`, pays nothing for it.
    """

    def __init__(self, request, filterset_class, items, per_page=PAGE_SIZE, **options):
        self.request = request
        self.page_number = request.GET.get("page")
        self.per_page = per_page
        self._make_filters = lambda: filterset_class(request.GET, items(), request=request, **options)
        # What this page of the listing shows besides the content: the filters and page number as given (their
        # validation reads the taxonomy; invalid ones show the same page whatever they are, keyed apart all the same).
        self.state = (*sorted(filterset_class.given(request.GET).items()), self.page_number or "")

    @cached_property
    def filters(self):
        return self._make_filters()

    @cached_property
    def page(self):
        return Paginator(self.filters.qs, self.per_page).get_page(self.page_number)

    @property
    def count(self):
        return self.page.paginator.count

    @cached_property
    def pagination(self):
        return Pagination.of(self.page, lambda number: self.filters.url(page=number if number > 1 else None))
