"""Alt text that belongs to where an image is shown, in that page's language: Wagtail's contextual alt text.

An image's own description is one text in one language; the page or block that shows it says, in its own (translated)
words, what it shows there, or that it is decorative. Renditions of the returned image carry that alt (Wagtail's
``Rendition.alt`` reads ``contextual_alt_text`` and ``decorative``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

ALT_HELP = _(
    "What the image shows, for people who cannot see it, in this page's language (it is translated with the page). "
    "Empty: the image's own description."
)


def alt_text_field():
    return models.CharField(_("alt text"), max_length=255, blank=True, help_text=ALT_HELP)


def decorative_field():
    return models.BooleanField(
        _("decorative"), default=False, help_text=_("Adds nothing a reader needs: screen readers skip it.")
    )


def image_panels(name, heading):
    """The image chooser with its alt text and decorative flag."""
    return MultiFieldPanel(
        [FieldPanel(name), FieldPanel(f"{name}_alt"), FieldPanel(f"{name}_decorative")], heading=heading
    )


def in_context(image, alt_text="", decorative=False):
    """`image`, its renditions carrying this alt text (or none, when decorative); None stays None.

    Set on the instance itself, not a copy: prefetched renditions point at it. Each page's image field holds its own
    instance, and the filter runs just before each picture is drawn, so one use never shows another's alt text.
    """
    if image is None:
        return None
    image.contextual_alt_text = alt_text or None
    image.decorative = decorative
    return image


def page_image(page, name):
    """The image in a page's field `name` with the alt text and decorative flag the page gives it."""
    return in_context(
        getattr(page, name, None), getattr(page, f"{name}_alt", ""), getattr(page, f"{name}_decorative", False)
    )
