"""A page of a list whose links keep the rest of the query string, for pages that show several lists."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from core.listing import Pagination


class PagedList:
    """One page of a list, with links to its neighbours that keep the rest of the query (the other list's
    page); its `pagination` is what includes/pagination.html draws. Nothing is read from the database until the
    page is, so a template that finds the list in the fragment cache runs no query for it (such a fragment is keyed
    on the whole query string: the links carry all of it)."""

    def __init__(self, request, items, parameter, per_page):
        self._items = items  # a queryset, or a function returning one (called only when the page is read)
        self._per_page = per_page
        self._query = request.GET
        self._parameter = parameter

    @cached_property
    def page(self):
        items = self._items() if callable(self._items) else self._items
        return Paginator(items, self._per_page).get_page(self._query.get(self._parameter))

    def _url(self, number):
        query = self._query.copy()
        query[self._parameter] = number
        return f"?{query.urlencode()}"

    @property
    def pagination(self):
        return Pagination.of(self.page, self._url)
