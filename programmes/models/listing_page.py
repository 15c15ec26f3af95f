from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core.models.base import BasePage


class ListingPage(BasePage):
    """A page that lists one kind of page (the training library, the events calendar): an introduction above the
    list, at most one under a home page or the programmes section."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage", "programmes.ProgrammeIndexPage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True
