from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "pagecache"
    label = "pagecache"

    def ready(self):
        # Every process connects, not only web workers: `publish_scheduled` in cron must purge a shared cache too.
        from pagecache import signals

        signals.connect()
