"""The shared vocabulary that ties the three content families together.

Names and descriptions are translated per field with django-modeltranslation (see home/translation.py),
so every language reads the same priority, region or topic, falling back to English.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class TaxonomyTerm(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, allow_unicode=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class StrategicPriority(TaxonomyTerm):
    number = models.PositiveSmallIntegerField(_("number"), unique=True, help_text=_("Order on the site (1–5)."))
    short_name = models.CharField(_("short name"), max_length=60, blank=True)

    panels = [FieldPanel("number"), FieldPanel("short_name"), *TaxonomyTerm.panels]

    class Meta:
        ordering = ["number"]
        verbose_name = _("strategic priority")
        verbose_name_plural = _("strategic priorities")

    @property
    def label(self):
        return self.short_name or self.name


class Region(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Topic(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class MaterialType(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("material type")
        verbose_name_plural = _("material types")


class PartnerOrganisation(TaxonomyTerm):
    url = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("logo")
    )

    panels = [*TaxonomyTerm.panels, FieldPanel("url"), FieldPanel("logo")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
