"""What one editor may do where, answered from their page permissions in memory (no query per page).

Wagtail's page permissions hold for the page they are set on and every page below it, so a permission on path P
covers every path that starts with P. "add" also lets the page's owner edit it.
"""

from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy


class PagePermissionPaths:
    def __init__(self, user):
        self.user = user
        self.superuser = user.is_active and user.is_superuser
        self.paths = {}
        if user.is_active and not self.superuser:
            for permission in PagePermissionPolicy().get_cached_permissions_for_user(user):
                action = permission.permission.codename.removesuffix("_page")
                self.paths.setdefault(action, []).append(permission.page.path)

    def has(self, action, path):
        return self.superuser or any(path.startswith(granted) for granted in self.paths.get(action, ()))

    def can_add_below(self, parent_path):
        """None for a parent not translated yet: wagtail-localize then copies it, which only a superuser may."""
        if parent_path is None:
            return self.superuser
        return self.has("add", parent_path)

    def can_edit(self, path, owner_id=None):
        return self.has("change", path) or (owner_id == self.user.pk and self.has("add", path))

    def can_publish(self, path):
        return self.has("publish", path)

    def locale_ids(self, actions=("add", "change", "publish")):
        """Ids of the locales in which the editor holds any of `actions` somewhere: "their languages"."""
        if self.superuser:
            return None
        paths = [path for action in actions for path in self.paths.get(action, ())]
        if not paths:
            return set()
        return set(Page.objects.filter(path__in=paths).values_list("locale_id", flat=True))
