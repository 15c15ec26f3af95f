"""The shared vocabulary that ties the three content families together.

Names and descriptions are translated per field with django-modeltranslation (see core/translation.py),
so every language reads the same priority, region or topic, falling back to English.
"""

from django.conf import settings
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from core.models.fields import optional_image


def translated_panel(field_name, heading):
    """One input per language for a modeltranslation field, so editors see every translation side by side."""
    return MultiFieldPanel(
        [
            FieldPanel(build_localized_fieldname(field_name, code), heading=format_lazy("{} ({})", heading, name))
            for code, name in settings.LANGUAGES
        ],
        heading=heading,
    )


class TaxonomyTerm(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, allow_unicode=True)
    description = models.TextField(_("description"), blank=True)

    panels = [
        translated_panel("name", _("Name")),
        FieldPanel("slug"),
        translated_panel("description", _("Description")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


def indexed_terms(relation):
    """Search fields for a page's taxonomy relation: term names searchable in the page's language, slugs to filter."""
    return index.RelatedFields(relation, [index.SearchField("name"), index.FilterField("slug")])


class StrategicPriority(TaxonomyTerm):
    number = models.PositiveSmallIntegerField(_("number"), unique=True, help_text=_("Order on the site (1–5)."))
    short_name = models.CharField(_("short name"), max_length=60, blank=True)

    panels = [FieldPanel("number"), translated_panel("short_name", _("Short name")), *TaxonomyTerm.panels]

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
    logo = optional_image(_("logo"))

    panels = [*TaxonomyTerm.panels, FieldPanel("url"), FieldPanel("logo")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
