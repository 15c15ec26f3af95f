"""The facet and pagination model every listing shares: the programme plans, the training library and search.

A facet is a filter shown as links, each option with the number of results it would leave; pagination is a list of
page links. Both carry their URLs ready-made, so templates only loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Option:
    """One value of a facet: choosing it (or, when selected, removing it) is following `url`."""

    value: str
    label: str
    count: int
    url: str = ""
    selected: bool = False
    language_code: str = ""  # set when the label is a language's own name


@dataclass
class Facet:
    name: str  # the query parameter
    label: str
    options: list[Option] = field(default_factory=list)
    all_label: str = ""  # a filter form's empty choice
    remove_url: str = ""  # the listing without this facet's values

    @property
    def selected(self):
        return [option for option in self.options if option.selected]

    @property
    def active(self):
        """The first selected option (a single-choice filter has at most one)."""
        return next(iter(self.selected), None)


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None: the gap ("…") in an elided range
    url: str = ""
    current: bool = False


@dataclass(frozen=True)
class Pagination:
    """The links of a paginated listing (includes/pagination.html); None when everything fits on one page."""

    number: int
    num_pages: int
    previous_url: str
    next_url: str
    pages: list[PageLink]

    @classmethod
    def of(cls, page_obj, url_for: Callable[[int], str]) -> Pagination | None:
        """`url_for(number)` is the listing on that page, its other parameters kept."""
        if page_obj is None or page_obj.paginator.num_pages < 2:
            return None
        numbers = page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
        return cls(
            number=page_obj.number,
            num_pages=page_obj.paginator.num_pages,
            previous_url=url_for(page_obj.previous_page_number()) if page_obj.has_previous() else "",
            next_url=url_for(page_obj.next_page_number()) if page_obj.has_next() else "",
            pages=[_page_link(number, page_obj.number, url_for) for number in numbers],
        )


def _page_link(number, current, url_for):
    if not isinstance(number, int):  # the paginator's ellipsis
        return PageLink(None)
    return PageLink(number, url_for(number), number == current)
