from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core import text_lengths


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Shared content")

    def ready(self):
        from core.models import StandardPage
        from core.registry import registry

        text_lengths.connect()
        registry.result_type(StandardPage, "page", 7)
