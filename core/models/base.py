"""What every public page type shares: a summary and an image used in listings, search results and social cards."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.forms import ConcurrentEditPageForm
from core.images import alt_text_field, decorative_field, image_panels, page_image
from core.models.fields import optional_image
from core.origin import CanonicalOriginMixin
from core.visibility import ViewRestrictionsInOneQuery


class BasePage(ViewRestrictionsInOneQuery, CanonicalOriginMixin, Page):
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences shown in listings, search results and link previews."),
    )
    listing_image = optional_image(_("listing image"))
    listing_image_alt = alt_text_field()
    listing_image_decorative = decorative_field()

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    base_form_class = ConcurrentEditPageForm
    promote_panels = [
        MultiFieldPanel(Page.promote_panels, heading=_("Common page configuration")),
        image_panels("listing_image", _("Listing image")),
    ]
    # Title (boost 2, from Page) over summary over the rest; the title is also autocompleted (Page).
    search_fields = [*Page.search_fields, index.SearchField("summary", boost=1.5)]

    class Meta:
        abstract = True

    @property
    def card_image(self):
        return page_image(self, "listing_image")


class RelatedDocument(Orderable):
    """A downloadable file attached to a page; subclasses add the ParentalKey to their page type."""

    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="+", verbose_name=_("document")
    )
    title = models.CharField(_("title"), max_length=255, blank=True, help_text=_("Defaults to the document title."))

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        abstract = True

    @property
    def display_title(self):
        return self.title or self.document.title
