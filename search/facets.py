"""Facets of the search page: the filters in force, and each value's count given the other facets (OR within a facet,
AND across facets), over the pages the engine matched.

Which page fields carry which taxonomy term, and which field dates a page, come from what content apps register in
core.registry: search reads them without importing a content app.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import DateField, ManyToManyField, Value
from django.db.models.functions import Coalesce, TruncDate
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.listing import Facet, Option
from core.models import MaterialType, Region, StrategicPriority, Topic
from core.registry import registry
from search.pagetypes import PageType, page_types, types_by_content_type

# The facets, in the order the page shows them; their names are the query-string parameters.
FACET_LABELS = {
    "type": _("Content type"),
    "priority": _("Strategic priority"),
    "region": _("Region"),
    "material_type": _("Material type"),
    "topic": _("Topic"),
    "language": _("Language"),
}
FACET_NAMES = tuple(FACET_LABELS)
TERM_MODELS = {"priority": StrategicPriority, "region": Region, "material_type": MaterialType, "topic": Topic}


@dataclass
class Record:
    """What the filters, facets and sorting need to know about one matching page."""

    id: int
    rank: int
    title: str
    path: str
    type: PageType | None
    locale_id: int
    date: datetime.date | None
    terms: dict[str, set] = field(default_factory=dict)  # {facet: term ids}

    def values(self, facet):
        if facet == "type":
            return {self.type.key} if self.type else set()
        if facet == "language":
            return {self.locale_id}
        return self.terms.get(facet, set())

    def term(self, facet):
        """The one term of a single-valued facet (region, material type), or None."""
        return next(iter(self.terms.get(facet, ())), None)


def _date_expression():
    """A page's date: the first registered date field its type has, else the day it was last published."""
    lookups = [f"{date.model._meta.model_name}__{date.field_name}" for date in registry.date_fields]
    return Coalesce(*lookups, TruncDate("last_published_at"), output_field=DateField())


def _term_pairs(ids):
    """[(page id, term id, facet)] for the registered (non-inherited) term fields, in one UNION query."""
    queries = []
    for link in registry.term_links:
        if link.inherited:
            continue
        model_field = link.model._meta.get_field(link.field_name)
        if isinstance(model_field, ManyToManyField):
            source, target = model_field.m2m_field_name(), model_field.m2m_reverse_field_name()
            rows = model_field.remote_field.through.objects.filter(**{f"{source}__in": ids})
            queries.append(rows.annotate(facet=Value(link.facet)).values_list(source, target, "facet").order_by())
        else:
            rows = link.model.objects.filter(pk__in=ids, **{f"{link.field_name}__isnull": False})
            rows = rows.annotate(facet=Value(link.facet))
            queries.append(rows.values_list("pk", model_field.attname, "facet").order_by())
    if not queries:
        return []
    return queries[0].union(*queries[1:], all=True)


def passed_down_terms(paths):
    """[(facet, page model, {path: term id})] of the pages at `paths` whose term their children inherit (a region
    page's region): one query per registered field."""
    found = []
    for link in registry.term_links:
        if link.inherited:
            attname = link.model._meta.get_field(link.field_name).attname
            found.append(
                (link.facet, link.model, dict(link.model.objects.filter(path__in=paths).values_list("path", attname)))
            )
    return found


def _inherit_terms(records):
    """Terms a page passes to its children (a region page's region), or holds itself."""
    step = Page.steplen
    candidates = {path for record in records for path in (record.path, record.path[:-step])}
    for facet, _model, by_path in passed_down_terms(candidates):
        for record in records:
            term = by_path.get(record.path, by_path.get(record.path[:-step]))
            if term is not None:
                record.terms.setdefault(facet, set()).add(term)


def records(pages, ids):
    """The matching pages that are still live and public, in engine order, with their facet values (3 queries)."""
    rows = pages.filter(id__in=ids).annotate(result_date=_date_expression())
    rows = rows.values_list("id", "title", "path", "content_type_id", "locale_id", "result_date")
    rank = {page_id: position for position, page_id in enumerate(ids)}
    types = types_by_content_type()
    found = {
        page_id: Record(page_id, rank[page_id], title, path, types.get(content_type_id), locale_id, date)
        for page_id, title, path, content_type_id, locale_id, date in rows
    }
    if not found:
        return []
    for page_id, term_id, facet in _term_pairs(list(found)):
        found[page_id].terms.setdefault(facet, set()).add(term_id)
    _inherit_terms(found.values())
    return sorted(found.values(), key=lambda record: record.rank)


def selected_values(params, locales):
    """{facet: set of record values} for the filters in the request."""
    selected = {name: {term.pk for term in params.value(name)} for name in TERM_MODELS}
    selected["type"] = set(params.value("type"))
    languages = set(params.value("language"))
    selected["language"] = {pk for pk, locale in locales.items() if locale.language_code in languages}
    return selected


def facets(records, selected, locales):
    """Filter the records and count each facet over the records the *other* facets allow (OR within a facet).

    Returns (filtered records, [Facet], {facet: {term id: term}}).
    """

    def allowed(record, skip=None):
        return all(not chosen or record.values(name) & chosen for name, chosen in selected.items() if name != skip)

    counts = {name: Counter() for name in FACET_NAMES}
    for record in records:
        for name in FACET_NAMES:
            if allowed(record, skip=name):
                counts[name].update(record.values(name))
    filtered = [record for record in records if allowed(record)]
    result, terms = facet_list(counts, selected, locales)
    return filtered, result, terms


def facet_list(counts, selected, locales):
    """The facets to show, from {facet: Counter of values} (the engine's aggregations or the count above).

    Returns ([Facet], {facet: {term id: term}})."""
    term_ids = {name: set(counts[name]) | selected[name] for name in TERM_MODELS}
    terms = {
        name: {term.pk: term for term in model.objects.filter(pk__in=term_ids[name])} if term_ids[name] else {}
        for name, model in TERM_MODELS.items()
    }
    result = []
    for name in FACET_NAMES:
        options = [
            option
            for key in set(counts[name]) | selected[name]
            if (option := _option(name, key, counts[name][key], key in selected[name], terms, locales))
        ]
        options.sort(key=_facet_order(name, terms.get(name, {})))
        if options:
            result.append(Facet(name, FACET_LABELS[name], options))
    return result, terms


def _option(name, key, count, chosen, terms, locales):
    if name == "type":
        page_type = page_types().get(key)
        return Option(key, page_type.label, count, selected=chosen) if page_type else None
    if name == "language":
        locale = locales.get(key)
        if locale is None:
            return None
        code = locale.language_code
        return Option(code, locale.get_display_name(), count, selected=chosen, language_code=code)
    term = terms[name].get(key)
    return Option(term.slug, str(getattr(term, "label", term.name)), count, selected=chosen) if term else None


def _facet_order(name, terms):
    if name == "type":
        order = list(page_types())
        return lambda option: order.index(option.value)
    if name == "language":
        order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        return lambda option: order.index(option.value) if option.value in order else len(order)
    if name == "priority":
        numbers = {term.slug: term.number for term in terms.values()}
        return lambda option: numbers.get(option.value, 0)
    return lambda option: (-option.count, option.label.casefold())
