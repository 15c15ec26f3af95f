"""The Sourcebook: a book page whose children are its chapters, read on the web in tree order."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import BodyBlock, table_of_contents
from core.models import BasePage, optional_image
from sourcebook.pdf import book_pdf_response


class SourcebookPage(RoutablePageMixin, BasePage):
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    cover_image = optional_image(_("cover image"))
    editors = models.CharField(_("editors"), max_length=255, blank=True)
    publication_year = models.PositiveSmallIntegerField(_("publication year"), null=True, blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("editors"), FieldPanel("publication_year")], heading=_("Edition")
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("editors")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["sourcebook.SourcebookChapterPage"]

    class Meta:
        verbose_name = _("sourcebook")

    def get_chapters(self):
        """The live chapters in reading order (the order editors give them in the page tree)."""
        return SourcebookChapterPage.objects.child_of(self).live().order_by("path")

    @path("pdf/", name="pdf")
    def download_pdf(self, request):
        """The whole book as one PDF in the book's language (made once per published version, then stored)."""
        return book_pdf_response(request, self)


class SourcebookChapterPage(BasePage):
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["sourcebook.SourcebookPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("sourcebook chapter")
        verbose_name_plural = _("sourcebook chapters")

    @cached_property
    def book(self):
        return self.get_parent().specific

    @cached_property
    def chapters(self):
        return list(self.book.get_chapters())

    @cached_property
    def _position(self):
        ids = [chapter.pk for chapter in self.chapters]
        return ids.index(self.pk) if self.pk in ids else None

    @property
    def number(self):
        """Chapter numbers follow the tree order, so moving a chapter renumbers the book."""
        return None if self._position is None else self._position + 1

    @property
    def previous_chapter(self):
        return self.chapters[self._position - 1] if self._position else None

    @property
    def next_chapter(self):
        if self._position is None or self._position + 1 >= len(self.chapters):
            return None
        return self.chapters[self._position + 1]

    @property
    def table_of_contents(self):
        return table_of_contents(self.body)
