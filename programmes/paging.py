"""A page of a list whose links keep the rest of the query string, for pages that show several lists."""

from django.core.paginator import Paginator

from core.listing import Pagination


class PagedList:
    """One page of a list, with links to its neighbours that keep the rest of the query (the other list's
    page); its `pagination` is what includes/pagination.html draws."""

    def __init__(self, request, queryset, parameter, per_page):
        self.page = Paginator(queryset, per_page).get_page(request.GET.get(parameter))
        self._query = request.GET
        self._parameter = parameter

    def _url(self, number):
        query = self._query.copy()
        query[self._parameter] = number
        return f"?{query.urlencode()}"

    @property
    def pagination(self):
        return Pagination.of(self.page, self._url)
