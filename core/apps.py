from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core import text_lengths


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Shared content")

    def ready(self):
        text_lengths.connect()
