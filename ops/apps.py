from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    """Running the site: health endpoints, media from any storage, logs, error reports, backups."""

    name = "ops"
    verbose_name = _("Operations")
