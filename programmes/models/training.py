"""The training library: guides, toolkits and document templates for advocates and organisers."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import indexed_terms
from core.models.base import BasePage, RelatedDocument
from core.visibility import public_pages
from programmes.models.listing_page import ListingPage


def materials_listing(queryset):
    """Public materials with what their cards show loaded up front, downloads with their file type and size included."""
    downloads = models.Prefetch("documents", queryset=TrainingMaterialDocument.objects.select_related("document"))
    return (
        public_pages(queryset)
        .select_related("material_type", "listing_image")
        .prefetch_related("topics", "priorities", downloads, "listing_image__renditions")
    )


class TrainingMaterialIndexPage(ListingPage):
    subpage_types = ["programmes.TrainingMaterialPage"]

    class Meta:
        verbose_name = pgettext_lazy("page type", "training library")
        verbose_name_plural = pgettext_lazy("page type", "training libraries")

    def get_materials(self):
        return materials_listing(TrainingMaterialPage.objects.child_of(self)).order_by("title")

    def get_material_listing(self, request):
        """The materials filtered by the query string, a page at a time, linked to the library in other languages."""
        from programmes.filters import Listing, MaterialFilterSet

        return Listing(request, MaterialFilterSet, self.get_materials, library=self, anchor="materials")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["material_listing"] = self.get_material_listing(request)
        return context


class TrainingMaterialPage(BasePage):
    class Audience(models.TextChoices):
        ADVOCATES = "advocates", _("Gender advocates")
        ORGANISERS = "organisers", _("National organisers")
        TRAINERS = "trainers", _("Trainers")
        POLICY_MAKERS = "policy_makers", _("Policy makers")
        MEDIA = "media", _("Journalists and media")

    class Level(models.TextChoices):
        INTRODUCTORY = "introductory", _("Introductory")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    material_type = models.ForeignKey(
        "core.MaterialType", null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("material type")
    )
    topics = ParentalManyToManyField("core.Topic", blank=True, verbose_name=_("topics"))
    priorities = ParentalManyToManyField("core.StrategicPriority", blank=True, verbose_name=_("strategic priorities"))
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices, default=Audience.ADVOCATES)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices, default=Level.INTRODUCTORY)
    duration_minutes = models.PositiveIntegerField(
        _("duration (minutes)"), null=True, blank=True, help_text=_("How long a session with this material takes.")
    )
    countries = CountryField(
        _("countries"), multiple=True, blank=True, help_text=_("Countries it was written for, if any.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("material_type"),
                FieldPanel("topics"),
                FieldPanel("priorities"),
                FieldRowPanel([FieldPanel("audience"), FieldPanel("level"), FieldPanel("duration_minutes")]),
                FieldPanel("countries"),
            ],
            heading=_("Classification"),
        ),
        FieldPanel("body"),
        InlinePanel("documents", label=_("Downloads")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("material_type"),
        index.FilterField("audience"),
        index.FilterField("level"),
        # Taxonomy names are searchable in the page's language (search/backends.py indexes with it active).
        indexed_terms("material_type"),
        indexed_terms("topics"),
        indexed_terms("priorities"),
    ]

    parent_page_types = ["programmes.TrainingMaterialIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = pgettext_lazy("page type", "training material")
        verbose_name_plural = pgettext_lazy("page type", "training materials")


class TrainingMaterialDocument(RelatedDocument):
    page = ParentalKey(TrainingMaterialPage, on_delete=models.CASCADE, related_name="documents")
