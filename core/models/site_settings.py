"""What every page's frame shows: the site's contact address (a setting) and its footer (a translatable snippet)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin


class SocialLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=60)
    url = blocks.URLBlock(label=_("Link"))


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    contact_email = models.EmailField(_("contact email"), blank=True)

    panels = [FieldPanel("contact_email")]

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")


class FooterText(TranslatableMixin, models.Model):
    """The footer's words, one per language, translated with wagtail-localize like the pages (bakerydemo's pattern).

    A language without its own footer shows the default language's, marked as such (see `for_language`).
    """

    text = models.TextField(_("about the Caucus"), blank=True)
    social_links = StreamField([("link", SocialLinkBlock())], blank=True, verbose_name=_("social links"))

    panels = [FieldPanel("text"), FieldPanel("social_links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return _("Footer (%(language)s)") % {"language": self.locale.get_display_name()}

    @classmethod
    def for_language(cls, language_code):
        """The footer in a language, else the default language's (its locale tells the template to mark it), in one
        query; None when there is none."""
        footers = {footer.locale.language_code: footer for footer in cls.objects.select_related("locale")}
        return footers.get(language_code) or footers.get(settings.LANGUAGE_CODE) or next(iter(footers.values()), None)
