"""National & Regional Programmes: the section page, its regions, and a webspace for every country."""

from django.conf import settings
from django.db import models
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries import countries
from django_countries.fields import Country
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import indexed_terms
from core.models.base import BasePage
from core.visibility import public_pages
from programmes.map import country_map
from programmes.models.events import EventPage, events_listing
from programmes.models.plans import ProgrammePlanPage, plans_listing
from programmes.models.training import TrainingMaterialPage, materials_listing
from programmes.paging import PagedList

COUNTRY_PAGE_SIZE = 12  # cards per list (plans, events, materials) on a country's webspace
REGION_PAGE_SIZE = 12  # cards per list (plans, events) on a region's page


class ProgrammeIndexPage(RoutablePageMixin, BasePage):
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "programmes.RegionPage",
        "programmes.EventCalendarPage",
        "programmes.TrainingMaterialIndexPage",
        "core.StandardPage",
        "core.FormPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = pgettext_lazy("page type", "programmes section")
        verbose_name_plural = pgettext_lazy("page type", "programmes sections")

    def get_regions(self):
        regions = public_pages(RegionPage.objects.child_of(self))
        return regions.select_related("region", "listing_image").order_by("path")

    def get_plans(self):
        return plans_listing(ProgrammePlanPage.objects.descendant_of(self))

    def country_content(self, code):
        """Everything published in this language about one country."""
        return {
            "plans": plans_listing(ProgrammePlanPage.objects.filter(locale_id=self.locale_id, country=code)),
            "events": events_listing(EventPage.objects.filter(locale_id=self.locale_id, country=code)).order_by(
                "-start_date"
            ),
            "materials": materials_listing(
                TrainingMaterialPage.objects.filter(locale_id=self.locale_id, countries__contains=code)
            ).order_by("title"),
        }

    def country_languages(self, code):
        """[{code, name, url}] of this country's webspace in the other languages that have published about it."""
        codes = set()
        for queryset in (
            ProgrammePlanPage.objects.filter(country=code),
            EventPage.objects.filter(country=code),
            TrainingMaterialPage.objects.filter(countries__contains=code),
        ):
            codes |= set(
                queryset.live().exclude(locale_id=self.locale_id).values_list("locale__language_code", flat=True)
            )
        if not codes:
            return []
        indexes = self.get_translations().live().filter(locale__language_code__in=codes).select_related("locale")
        urls = {
            index.locale.language_code: index.url + index.reverse_subpage("country", args=[code]) for index in indexes
        }
        return [
            {"code": language, "name": name, "url": urls[language]}
            for language, name in settings.WAGTAIL_CONTENT_LANGUAGES
            if language in urls
        ]

    def get_countries(self):
        """The countries that have at least one public plan, event or training material, sorted by name."""

        def public(model, field):
            pages = public_pages(model.objects.filter(locale_id=self.locale_id)).exclude(**{field: ""})
            return pages.values_list(field, flat=True).order_by()

        # One query: a material's countries are one comma-separated value, split here.
        values = public(ProgrammePlanPage, "country").union(
            public(EventPage, "country"), public(TrainingMaterialPage, "countries")
        )
        codes = {code for value in values for code in value.split(",")}
        return sorted((Country(code) for code in codes), key=lambda country: str(country.name))

    def get_plan_listing(self, request):
        """The plans as the section lists them: filtered by the query string, showcased first, a page at a time."""
        from programmes.filters import Listing, PlanFilterSet

        return Listing(request, PlanFilterSet, self.get_plans, anchor="plans")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("regions", SimpleLazyObject(self.get_regions))  # Lazy: the template may have it cached.
        context.setdefault("plan_listing", self.get_plan_listing(request))
        # Lazy, so routes that show neither, and renders that find them in the fragment cache, pay nothing.
        context.setdefault("countries", SimpleLazyObject(self.get_countries))
        context.setdefault("country_map", SimpleLazyObject(lambda: country_map(context["countries"])))
        return context

    @path("countries/", name="countries")
    def countries_view(self, request):
        return self.render(request, template="programmes/country_list.html")

    @path("countries/<str:code>/", name="country")
    def country_view(self, request, code):
        if code.upper() not in countries:
            raise Http404
        if code != code.upper():
            # One address per webspace (the one every link, the sitemap and the canonical tag use): /countries/in/,
            # /countries/In/ … move there for good.
            target = self.url + self.reverse_subpage("country", args=[code.upper()])
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)
        content = {
            name: PagedList(request, queryset, name, COUNTRY_PAGE_SIZE)
            for name, queryset in self.country_content(code).items()
        }
        # Every language has a webspace for a country something was published about in any language: the switcher
        # and hreflang links to it always answer, and a language with nothing yet points to those that have.
        has_content = any(listing.page.paginator.count for listing in content.values())
        other_languages = [] if has_content else self.country_languages(code)
        if not has_content and not other_languages:
            raise Http404
        return self.render(
            request,
            context_overrides={"country": Country(code), "other_languages": other_languages, **content},
            template="programmes/country_page.html",
        )


class RegionPage(BasePage):
    region = models.ForeignKey("core.Region", on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])

    content_panels = [*BasePage.content_panels, FieldPanel("region"), FieldPanel("introduction")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.FilterField("region"),
        indexed_terms("region"),
    ]

    parent_page_types = ["programmes.ProgrammeIndexPage"]
    subpage_types = ["programmes.ProgrammePlanPage", "programmes.EventPage"]

    class Meta:
        verbose_name = pgettext_lazy("page type", "region")
        verbose_name_plural = pgettext_lazy("page type", "regions")

    def get_plans(self):
        return plans_listing(ProgrammePlanPage.objects.child_of(self))

    def get_events(self):
        return events_listing(EventPage.objects.child_of(self)).order_by("-start_date")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A page of each at a time: a region gathers plans and events for years.
        context["plans"] = PagedList(request, self.get_plans, "plans", REGION_PAGE_SIZE)
        context["events"] = PagedList(request, self.get_events, "events", REGION_PAGE_SIZE)
        return context
