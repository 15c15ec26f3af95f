from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SourcebookConfig(AppConfig):
    name = "sourcebook"
    verbose_name = _("Sourcebook")

    def ready(self):
        from sourcebook import signals

        signals.connect()
