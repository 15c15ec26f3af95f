from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "pagecache"
    label = "pagecache"

    def ready(self):
        # Every process connects, not only web workers: `publish_scheduled` in cron must purge a shared cache too.
        from core import tree_cache
        from pagecache import signals
        from pagecache.tree import TreeStore

        signals.connect()
        # Routing and section look-ups (core) are kept until the tree changes, which only this app can tell.
        tree_cache.connect(TreeStore())
