from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    name = "home.pagecache"
    label = "pagecache"
    verbose_name = _("Page cache")

    def ready(self):
        # Every process connects, not only web workers: `publish_scheduled` in cron must purge a shared cache too.
        from home.pagecache import signals

        signals.connect()
