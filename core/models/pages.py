"""General-purpose pages every section may hold."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.models.base import BasePage


class StandardPage(BasePage):
    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "core.StandardPage", "programmes.ProgrammeIndexPage"]
    subpage_types = ["core.StandardPage", "core.FormPage"]

    class Meta:
        verbose_name = pgettext_lazy("page type", "standard page")
        verbose_name_plural = pgettext_lazy("page type", "standard pages")
