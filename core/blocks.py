"""StreamField blocks shared by every page family."""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.coreutils import camelcase_to_underscore
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from core.images import ALT_HELP


class TemplatedStructBlock(blocks.StructBlock):
    """A block rendered by the template named after it, as Wagtail names page templates: QuoteBlock renders with
    core/blocks/quote_block.html (a `template` in Meta still wins)."""

    def get_template(self, value=None, context=None):
        own = super().get_template(value, context)
        return own or f"core/blocks/{camelcase_to_underscore(type(self).__name__)}.html"


class HeadingBlock(TemplatedStructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        label = _("Heading")


class ImageBlock(TemplatedStructBlock):
    image = ImageChooserBlock(label=_("Image"))
    # An empty string by default: images from before this field existed have none, and translation needs a string.
    alt_text = blocks.CharBlock(required=False, default="", label=_("Alt text"), help_text=ALT_HELP)
    decorative = blocks.BooleanBlock(required=False, label=_("Decorative"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))

    class Meta:
        icon = "image"
        label = _("Image with caption")


class QuoteBlock(TemplatedStructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        label = _("Quote")


class DocumentLinkBlock(TemplatedStructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(required=False, label=_("Link text"), help_text=_("Defaults to the document title."))

    class Meta:
        icon = "doc-full"
        label = _("Document link")


class CallToActionBlock(TemplatedStructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(required=False, label=_("Text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("External link"))
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": blocks.BlockValidationError(_("Choose a page or enter an external link."))}
            )
        return value


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"],
        template="core/blocks/paragraph_block.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()
    embed = EmbedBlock(label=_("Embedded media"), icon="media", template="core/blocks/embed_block.html")
    call_to_action = CallToActionBlock()

    class Meta:
        label = _("Body")


def heading_anchor(text):
    """The id a heading gets in the page, shared by the heading template and the table of contents."""
    return slugify(text, allow_unicode=True) or "section"


def table_of_contents(body):
    """[(anchor, text, level)] for the heading blocks of a BodyBlock value, in order."""
    return [
        (heading_anchor(block.value["text"]), block.value["text"], block.value["level"])
        for block in body
        if block.block_type == "heading"
    ]
