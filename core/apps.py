from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core import text_lengths
from core.deferred_admin import defer_admin_views
from core.unmounted_api import leave_out_unmounted_api


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Shared content")

    def ready(self):
        # Runs before the Wagtail apps' ready() (core comes first in INSTALLED_APPS), which would import the API.
        leave_out_unmounted_api(self.apps)
        # Before any hook is asked for, which imports every app's wagtail_hooks and the admin views some of them name.
        defer_admin_views()
        from core.models import StandardPage
        from core.registry import registry

        text_lengths.connect()
        registry.result_type(StandardPage, "page", 7)
