"""Admin for the shared taxonomy: one snippet viewset per vocabulary, grouped under one menu item."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.models import MaterialType, PartnerOrganisation, Region, StrategicPriority, Topic


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
