from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        # Connects the signal that re-indexes the children of a page whose term they inherit.
        from search import documents  # noqa: F401
