"""Programme plans: what a country or region organised, and why the Caucus showcases it."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core.models import indexed_terms
from core.models.base import BasePage, RelatedDocument
from core.visibility import public_pages
from programmes.models.dates import DateRangeMixin

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ul", "ol"]


def plans_listing(queryset):
    """Public plans as listings show them: showcased first, then newest, with what their cards need up front."""
    return (
        public_pages(queryset)
        .select_related("listing_image")
        .prefetch_related("priorities", "listing_image__renditions")
        .order_by("-showcased", "-start_date", "title")
    )


class ProgrammePlanPage(DateRangeMixin, BasePage):
    class Scope(models.TextChoices):
        NATIONAL = "national", _("National")
        SUBREGIONAL = "subregional", _("Sub-regional")
        REGIONAL = "regional", _("Regional")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ACTIVE = "active", _("Under way")
        COMPLETED = "completed", _("Completed")

    country = CountryField(_("country"), blank=True)
    scope = models.CharField(_("scope"), max_length=20, choices=Scope.choices, default=Scope.NATIONAL)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PLANNED)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    organisers = models.TextField(_("organisers"), blank=True)
    partners = ParentalManyToManyField("core.PartnerOrganisation", blank=True, verbose_name=_("partners"))
    priorities = ParentalManyToManyField("core.StrategicPriority", blank=True, verbose_name=_("strategic priorities"))
    objectives = RichTextField(_("objectives"), blank=True, features=RICH_TEXT_FEATURES)
    activities = RichTextField(_("activities"), blank=True, features=RICH_TEXT_FEATURES)
    outcomes = RichTextField(_("outcomes"), blank=True, features=RICH_TEXT_FEATURES)
    resources = RichTextField(_("resources"), blank=True, features=RICH_TEXT_FEATURES)
    contact_name = models.CharField(_("contact name"), max_length=255, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    showcased = models.BooleanField(_("showcased"), default=False)
    showcase_reason = models.TextField(_("why it is showcased"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("scope"), FieldPanel("status")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("organisers"),
                FieldPanel("partners"),
                FieldPanel("priorities"),
            ],
            heading=_("The plan"),
        ),
        FieldPanel("objectives"),
        FieldPanel("activities"),
        FieldPanel("outcomes"),
        FieldPanel("resources"),
        InlinePanel("documents", label=_("Documents")),
        MultiFieldPanel([FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Contact")),
        MultiFieldPanel([FieldPanel("showcased"), FieldPanel("showcase_reason")], heading=_("Showcase")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("objectives"),
        index.SearchField("activities"),
        index.SearchField("outcomes"),
        index.SearchField("organisers"),
        index.FilterField("country"),
        index.FilterField("scope"),
        index.FilterField("status"),
        index.FilterField("showcased"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
        indexed_terms("priorities"),
        index.RelatedFields("partners", [index.SearchField("name")]),
    ]

    parent_page_types = ["programmes.RegionPage"]
    subpage_types = []

    class Meta:
        verbose_name = pgettext_lazy("page type", "programme plan")
        verbose_name_plural = pgettext_lazy("page type", "programme plans")

    def clean(self):
        super().clean()
        if self.showcased and not self.showcase_reason.strip():
            raise ValidationError({"showcase_reason": _("Say why this plan is showcased.")})

    @property
    def text_sections(self):
        """The plan's rich-text sections that have content, in reading order: (name, heading, text)."""
        sections = [
            ("objectives", _("Objectives"), self.objectives),
            ("activities", _("Activities"), self.activities),
            ("outcomes", _("Outcomes"), self.outcomes),
            ("resources", _("Resources"), self.resources),
        ]
        return [section for section in sections if section[2]]

    @cached_property
    def region_page(self):
        """The region page the plan sits under, with its region, in one query (RegionPage imports this module)."""
        region_pages = apps.get_model("programmes", "RegionPage").objects.select_related("region")
        return region_pages.filter(path=self.path[: -self.steplen]).first()

    @property
    def region(self):
        return getattr(self.region_page, "region", None)

    def get_events(self):
        from programmes.models.events import EventPage, events_listing

        return events_listing(EventPage.objects.filter(plan=self)).order_by("start_date")


class ProgrammePlanDocument(RelatedDocument):
    page = ParentalKey(ProgrammePlanPage, on_delete=models.CASCADE, related_name="documents")
