"""Admin for search: the synonym groups editors maintain, and the search insights report."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from search.models import SynonymGroup
from search.reports import search_insights_viewset


class SynonymGroupCreateView(CreateView):
    def get_initial_form_instance(self):
        """A group started from the search insights report: its query (and language) filled in."""
        language = self.request.GET.get("language", "")
        known = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
        return SynonymGroup(
            words=self.request.GET.get("words", "")[:500], language=language if language in known else ""
        )


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    add_view_class = SynonymGroupCreateView
    icon = "search"
    menu_label = _("Search synonyms")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["__str__", "language"]
    list_filter = ["language"]
    copy_view_enabled = False


register_snippet(SynonymGroupViewSet)


@hooks.register("register_admin_viewset")
def register_search_insights_report():
    """Reports → Search insights (see search/reports.py)."""
    return search_insights_viewset
