from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core import text_lengths


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and shared content")

    def ready(self):
        text_lengths.connect()
