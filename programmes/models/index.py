"""National & Regional Programmes: the section page, its regions, and a webspace for every country."""

from django.db import models
from django.http import Http404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import Country
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import indexed_terms
from core.models.base import BasePage
from programmes.map import country_map
from programmes.models.events import EventPage, events_listing
from programmes.models.plans import ProgrammePlanPage, plans_listing
from programmes.models.training import TrainingMaterialPage, materials_listing


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
        verbose_name = _("programmes section")

    def get_regions(self):
        return RegionPage.objects.child_of(self).live().select_related("region", "listing_image").order_by("path")

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

    def get_countries(self):
        """The countries that have at least one plan, event or training material, sorted by name."""
        live = {"live": True, "locale_id": self.locale_id}
        codes = set(ProgrammePlanPage.objects.filter(**live).exclude(country="").values_list("country", flat=True))
        codes |= set(EventPage.objects.filter(**live).exclude(country="").values_list("country", flat=True))
        for value in (
            TrainingMaterialPage.objects.filter(**live).exclude(countries="").values_list("countries", flat=True)
        ):
            codes |= set(value.split(","))
        return sorted((Country(code) for code in codes), key=lambda country: str(country.name))

    def get_plan_listing(self, request):
        """The plans as the section lists them: filtered by the query string, showcased first, a page at a time."""
        from programmes.filters import Listing, PlanFilterSet

        return Listing(PlanFilterSet(request.GET, self.get_plans(), request=request, anchor="plans"), request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("regions", self.get_regions())
        context.setdefault("plan_listing", self.get_plan_listing(request))
        # Lazy, so routes that show neither pay nothing; the map reads "countries" after a route has overridden it.
        context.setdefault("countries", SimpleLazyObject(self.get_countries))
        context.setdefault("country_map", SimpleLazyObject(lambda: country_map(context["countries"])))
        return context

    @path("countries/", name="countries")
    def countries_view(self, request):
        return self.render(
            request,
            context_overrides={"countries": self.get_countries()},
            template="programmes/country_list.html",
        )

    @path("countries/<str:code>/", name="country")
    def country_view(self, request, code):
        code = code.upper()
        if code not in countries:
            raise Http404
        content = self.country_content(code)
        if not any(queryset.exists() for queryset in content.values()):
            raise Http404
        return self.render(
            request,
            context_overrides={"country": Country(code), **content},
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
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def get_plans(self):
        return plans_listing(ProgrammePlanPage.objects.child_of(self))

    def get_events(self):
        return events_listing(EventPage.objects.child_of(self)).order_by("-start_date")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["plans"] = self.get_plans()
        context["events"] = self.get_events()
        return context
