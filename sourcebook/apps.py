from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SourcebookConfig(AppConfig):
    name = "sourcebook"
    verbose_name = _("Sourcebook")

    def ready(self):
        from core.registry import registry
        from sourcebook import signals
        from sourcebook.models import SourcebookChapterPage, SourcebookPage

        signals.connect()
        registry.result_type(SourcebookChapterPage, "chapter", 2)
        registry.result_type(SourcebookPage, "sourcebook", 5)
