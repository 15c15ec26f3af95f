"""What the public may see: the one definition every listing, feed, map, sitemap, search and PDF uses.

A page is public when it is live and no view restriction (password, login, groups) covers it or any of its
ancestors. Wagtail enforces restrictions when a page is served; listings read pages directly, so they must filter
them out here, or a private page's title, summary and image would show in a public place.
"""

from django.db.models import Exists, OuterRef, Value
from django.db.models.functions import Coalesce, Left, Length
from wagtail.models import Page, PageViewRestriction
from wagtail.permission_policies.pages import PagePermissionPolicy

page_permission_policy = PagePermissionPolicy()


def public_pages(queryset=None):
    """`queryset` (any page queryset; all pages by default) narrowed to live pages outside every private subtree.

    The same rule as Wagtail's `PageQuerySet.public()`, written as one correlated subquery: `public()` reads every
    restriction first, one more query for each listing on a page.
    """
    if queryset is None:
        queryset = Page.objects.all()
    return queryset.live().exclude(Exists(_restrictions_covering(OuterRef("path"))))


def public_pages_for_search(queryset=None):
    """The same pages as `public_pages`, filtered with path prefixes that a search backend can turn into its own
    filters (it cannot run a subquery); this costs one query for the list of restrictions."""
    if queryset is None:
        queryset = Page.objects.all()
    return queryset.live().public()


def _restrictions_covering(path):
    """The view restrictions on the page at `path` or on any of its ancestors (their path is a prefix of it)."""
    return PageViewRestriction.objects.filter(page__path=Left(path, Length("page__path")))


def is_public(page):
    """Whether one page may be shown to anyone: live and under no view restriction."""
    if not page.live:
        return False
    return not _restrictions_covering(Value(page.path)).exists()


class ViewRestrictionsInOneQuery:
    """Page mixin: Wagtail's `get_view_restrictions` (checked before every page is served) in one query, not two,
    and in none when the routing already knows them (core.routing keeps them with the page's address).

    The same rule: the restrictions on the page and on each of its ancestors, an alias's taken from its original.
    """

    def get_view_restrictions(self):
        known = getattr(self, "known_view_restrictions", None)
        if known is not None:
            restrictions = PageViewRestriction.objects.filter(pk__in=[restriction.pk for restriction in known])
            # Evaluated already, as prefetch_related leaves a queryset; anything chained onto it queries again.
            restrictions._result_cache, restrictions._prefetch_done = list(known), True
            return restrictions
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        pages = Page.objects.filter(path__in=paths).annotate(source=Coalesce("alias_of_id", "id"))
        return PageViewRestriction.objects.filter(page_id__in=pages.values("source"))


def live_translations(page, request=None):
    """The live translations of `page` (itself included) with their locale, each marked `is_public`.

    One query a request: the language switcher and hreflang links (every translation that is live) and a listing's
    own language links (only the public ones) read the same rows, so they share them through `request`.
    """
    cached = getattr(request, "_live_translations", None)
    if cached is not None and cached[0] == page.pk:
        return cached[1]
    translations = list(
        page.get_translations(inclusive=True)
        .live()
        .select_related("locale")
        .annotate(is_public=~Exists(_restrictions_covering(OuterRef("path"))))
    )
    if request is not None:
        request._live_translations = (page.pk, translations)
    return translations


def visible_to_editor(queryset, user, permissions=("add", "change", "publish")):
    """`queryset` without the private pages `user` has no permission on: reports list a private page's title and
    state only to editors who may work on it anyway (and to superusers)."""
    if user.is_superuser:
        return queryset
    allowed = page_permission_policy.instances_user_has_any_permission_for(user, list(permissions))
    private = queryset.filter(Exists(_restrictions_covering(OuterRef("path"))))
    hidden = private.exclude(pk__in=allowed.values("pk"))
    return queryset.exclude(pk__in=hidden.values("pk"))
