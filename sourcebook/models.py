"""The Sourcebook: a book page whose children are its chapters, read on the web in tree order."""

from django.conf import settings
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock, table_of_contents
from core.images import alt_text_field, decorative_field, image_panels
from core.models import BasePage, optional_image
from core.visibility import public_pages
from sourcebook.downloads import book_pdf_response

# What the web's contents show of a chapter: its title, summary, number (tree order, translation key) and URL.
CONTENTS_FIELDS = ("title", "summary", "path", "depth", "translation_key", "locale_id", "url_path", "live")


class _ChapterRouting:
    """A chapter's address found in one query, the chapter knowing its book: Wagtail's `Page.route` reads the child
    page, then its specific row. Placed after RoutablePageMixin, so the book's own routes (`pdf/`) come first."""

    def route(self, request, path_components):
        if len(path_components) != 1:
            return super().route(request, path_components)
        try:
            chapter = _chapters_under(self.path, self.depth).get(slug=path_components[0])
        except SourcebookChapterPage.DoesNotExist:
            return super().route(request, path_components)
        chapter.__dict__["book"] = self
        return chapter.route(request, [])


class SourcebookPage(RoutablePageMixin, _ChapterRouting, BasePage):
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    cover_image = optional_image(_("cover image"))
    cover_image_alt = alt_text_field()
    cover_image_decorative = decorative_field()
    editors = models.CharField(_("editors"), max_length=255, blank=True)
    publication_year = models.PositiveSmallIntegerField(_("publication year"), null=True, blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel([FieldPanel("editors"), FieldPanel("publication_year")], heading=_("Edition")),
        image_panels("cover_image", _("Cover image")),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("editors")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["sourcebook.SourcebookChapterPage"]

    class Meta:
        verbose_name = pgettext_lazy("page type", "sourcebook")
        verbose_name_plural = pgettext_lazy("page type", "sourcebooks")

    def get_chapters(self):
        """The public chapters in reading order (the order editors give them in the page tree).

        A chapter behind a password or login is in neither the contents, previous/next links nor the PDF.
        """
        return public_pages(_chapters_under(self.path, self.depth)).order_by("path")

    def get_numbered_chapters(self, with_body=False):
        """The public chapters, each knowing this book, the list and its place in it, so numbering them costs no query
        per chapter. Their bodies are read only `with_body` (the PDF): the web's contents need titles."""
        chapters = self.get_chapters()
        if not with_body:
            chapters = chapters.only(*CONTENTS_FIELDS)
        chapters = list(chapters)
        for position, chapter in enumerate(chapters):
            # Fills each chapter's cached properties (see SourcebookChapterPage).
            chapter.__dict__.update(book=self, chapters=chapters, _position=position)
        return chapters

    @cached_property
    def chapter_numbers(self):
        """{translation key: number} in the default language's book, so a chapter has one number in every language.

        A translation that publishes only some chapters still calls the second chapter "Chapter 2".
        """
        default_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        books = SourcebookPage.objects.filter(translation_key=self.translation_key)
        source = books.filter(locale__language_code=default_language).only("path", "depth").first() or self
        keys = source.get_chapters().values_list("translation_key", flat=True)
        return {key: number for number, key in enumerate(keys, start=1)}

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
        verbose_name = pgettext_lazy("page type", "sourcebook chapter")
        verbose_name_plural = pgettext_lazy("page type", "sourcebook chapters")

    @cached_property
    def book(self):
        return SourcebookPage.objects.get(path=self.book_path)

    @property
    def book_path(self):
        """The book's tree path, known without a query: the key its contents are cached under."""
        return self.path[: -self.steplen]

    @cached_property
    def chapters(self):
        """The public chapters, and this one in its place when a signed-in reader may see it though it is private."""
        chapters = self.book.get_numbered_chapters()
        if self.pk not in {chapter.pk for chapter in chapters}:
            chapters = sorted([*chapters, self], key=lambda chapter: chapter.path)
        return chapters

    def _public_siblings(self):
        return public_pages(_chapters_under(self.book_path, self.depth - 1)).defer_streamfields()

    @cached_property
    def _position(self):
        """How many public chapters come before this one (its index in `chapters`), counted without reading them."""
        return self._public_siblings().filter(path__lt=self.path).count()

    @property
    def number(self):
        """The chapter's place in the default language's book (tree order, so moving a chapter renumbers the book);
        a chapter only this language has follows the numbered ones."""
        numbers = self.book.chapter_numbers
        if self.translation_key in numbers:
            return numbers[self.translation_key]
        return len(numbers) + self._position + 1

    @cached_property
    def previous_chapter(self):
        return self._public_siblings().filter(path__lt=self.path).order_by("-path").first()

    @cached_property
    def next_chapter(self):
        return self._public_siblings().filter(path__gt=self.path).order_by("path").first()

    @property
    def table_of_contents(self):
        return table_of_contents(self.body)


def _chapters_under(book_path, book_depth):
    """The chapters of the book at `book_path`, as a range of tree paths: read from the path index on SQLite too, where
    Wagtail's `child_of` (a LIKE) reads every page of the site."""
    children = Page._get_children_path_interval(book_path)
    return SourcebookChapterPage.objects.filter(depth=book_depth + 1, path__range=children)
