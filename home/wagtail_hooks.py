"""Admin for the shared taxonomy: one snippet viewset per vocabulary, grouped under one menu item."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import FooterText, MaterialType, PartnerOrganisation, Region, StrategicPriority, Topic


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    copy_view_enabled = False


class StrategicPriorityViewSet(TermViewSet):
    model = StrategicPriority
    icon = "pick"
    list_display = ["number", "name"]


class RegionViewSet(TermViewSet):
    model = Region
    icon = "globe"


class TopicViewSet(TermViewSet):
    model = Topic
    icon = "tag"


class MaterialTypeViewSet(TermViewSet):
    model = MaterialType
    icon = "doc-full"


class PartnerOrganisationViewSet(TermViewSet):
    model = PartnerOrganisation
    icon = "group"
    list_display = ["name", "url"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = (StrategicPriorityViewSet, RegionViewSet, TopicViewSet, MaterialTypeViewSet, PartnerOrganisationViewSet)


register_snippet(TaxonomyViewSetGroup)


class FooterTextViewSet(SnippetViewSet):
    """The footer in each language: "Translate" and "Sync" come from wagtail-localize, as for pages."""

    model = FooterText
    icon = "list-ul"
    menu_label = _("Footer")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["__str__", "locale"]


register_snippet(FooterTextViewSet)


@hooks.register("register_admin_viewset")
def register_translation_status_report():
    """Reports → Translation status (see home/views/translation_status.py)."""
    from home.views import translation_status_viewset

    return translation_status_viewset


@hooks.register("register_admin_urls")
def scope_translate_this_page():
    """Shadows wagtail-localize's submit view at the same URL (this app's hooks run first)."""
    from home.views.scoped_translation import ScopedSubmitPageTranslationView

    return [path("localize/submit/page/<int:page_id>/", ScopedSubmitPageTranslationView.as_view())]
