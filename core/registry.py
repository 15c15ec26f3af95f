"""What content apps expose to the layers above them, registered in each app's AppConfig.ready.

Search lists, filters and dates pages of every type without importing a content app: it asks this registry which
page types are results (and their readable ?type= keys), which page fields carry which taxonomy facet, and which
field dates a page.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ResultType:
    model: type
    key: str  # the readable ?type= value ("material")
    position: int  # families first in the type facet, lowest first


@dataclass(frozen=True)
class TermLink:
    """A page model's field holding taxonomy terms of one facet (a foreign key or a many-to-many)."""

    facet: str  # "priority", "topic", "material_type", "region"
    model: type
    field_name: str
    inherited: bool = False  # the page's children take its term too (plans take their region page's region)


@dataclass(frozen=True)
class DateField:
    model: type
    field_name: str  # a date field: the page's date in results and the date sort


class Registry:
    def __init__(self):
        self.result_types: dict[str, ResultType] = {}
        self.term_links: list[TermLink] = []
        self.date_fields: list[DateField] = []

    def result_type(self, model, key, position):
        self.result_types[model._meta.label] = ResultType(model, key, position)

    def term(self, facet, model, field_name, *, inherited=False):
        link = TermLink(facet, model, field_name, inherited)
        if link not in self.term_links:
            self.term_links.append(link)

    def date(self, model, field_name):
        date = DateField(model, field_name)
        if date not in self.date_fields:
            self.date_fields.append(date)


registry = Registry()
