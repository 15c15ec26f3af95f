from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Shared content")

    def ready(self):
        from core.models import StandardPage
        from core.registry import registry

        registry.result_type(StandardPage, "page", 7)
