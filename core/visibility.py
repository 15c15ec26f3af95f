"""What the public may see: the one definition every listing, feed, map, sitemap, search and PDF uses.

A page is public when it is live and no view restriction (password, login, groups) covers it or any of its
ancestors. Wagtail enforces restrictions when a page is served; listings read pages directly, so they must filter
them out here, or a private page's title, summary and image would show in a public place.
"""

from wagtail.models import Page, PageViewRestriction
from wagtail.permission_policies.pages import PagePermissionPolicy

page_permission_policy = PagePermissionPolicy()


def public_pages(queryset=None):
    """`queryset` (any page queryset; all pages by default) narrowed to live pages outside every private subtree."""
    if queryset is None:
        queryset = Page.objects.all()
    return queryset.live().public()


def is_public(page):
    """Whether one page may be shown to anyone: live and under no view restriction."""
    if not page.live:
        return False
    return not PageViewRestriction.objects.filter(page__path__in=_ancestor_paths(page)).exists()


def _ancestor_paths(page):
    step = page.steplen
    return [page.path[:end] for end in range(step, len(page.path) + 1, step)]


def visible_to_editor(queryset, user, permissions=("add", "change", "publish")):
    """`queryset` without the private pages `user` has no permission on: reports list a private page's title and
    state only to editors who may work on it anyway (and to superusers)."""
    if user.is_superuser:
        return queryset
    allowed = page_permission_policy.instances_user_has_any_permission_for(user, list(permissions))
    hidden = queryset.not_public().exclude(pk__in=allowed.values("pk"))
    return queryset.exclude(pk__in=hidden.values("pk"))
