"""What a page's engine document carries for the search page beyond modelsearch's fields: its facet values and date.

The engine counts facets (terms aggregations), filters by them and sorts by date itself, so each page document holds
the taxonomy term ids of every facet (a region page's region included, which its children inherit) and the page's
date, computed as the database fallback computes them (search.facets.records).
The type and language facets use modelsearch's own `content_type_id_filter` and `locale_id_filter`.
"""

from __future__ import annotations

from django.dispatch import receiver
from django.utils import timezone
from modelsearch.index import insert_or_update_object
from wagtail.models import Page
from wagtail.signals import page_published

from core.registry import registry
from search.facets import TERM_MODELS, passed_down_terms

FACETS_FIELD = "facets"  # an object: {"priority": [term ids], "region": [...], ...}
DATE_FIELD = "result_date"
TYPE_FIELD = "content_type_id_filter"
LANGUAGE_FIELD = "locale_id_filter"
PUBLISHED_FIELD = "last_published_at_filter"
ID_FIELD = "id_filter"
TERM_FACETS = tuple(TERM_MODELS)


def facet_field(name):
    """The document field a facet is counted and filtered on."""
    if name == "type":
        return TYPE_FIELD
    if name == "language":
        return LANGUAGE_FIELD
    return f"{FACETS_FIELD}.{name}"


def mapping_properties():
    return {
        FACETS_FIELD: {"type": "object", "properties": {name: {"type": "integer"} for name in TERM_FACETS}},
        DATE_FIELD: {"type": "date", "format": "yyyy-MM-dd"},
    }


def attach_facets(objs):
    """Compute the facet values of a chunk of pages, kept on each object for its document.

    Read from the objects themselves (update_index prefetches their many-to-many relations), since a page is indexed
    while it is saved, before modelcluster writes its ParentalManyToManyField rows; only the inherited terms (a
    region page's region, for its children) are read from the parents, one query per registered field."""
    pages = [obj for obj in objs if isinstance(obj, Page)]
    if not pages:
        return
    inherited = _inherited_terms(pages)
    for page in pages:
        terms = {}
        for link in registry.term_links:
            if isinstance(page, link.model):
                terms.setdefault(link.facet, set()).update(_term_ids(page, link.field_name))
        for facet, term in inherited.get(page.pk, {}).items():
            terms.setdefault(facet, set()).add(term)
        page._search_facets = {
            FACETS_FIELD: {facet: sorted(ids) for facet, ids in terms.items() if ids},
            DATE_FIELD: _date(page),
        }


def _term_ids(page, field_name):
    model_field = page._meta.get_field(field_name)
    if not model_field.many_to_many:  # a foreign key: its id, without fetching the term
        value = getattr(page, model_field.attname)
        return [] if value is None else [value]
    # A many-to-many manager: prefetched by update_index, in memory for modelcluster's until the page is saved.
    return [term.pk for term in getattr(page, field_name).all()]


def _inherited_terms(pages):
    """{page id: {facet: term id}} from the parent pages of `pages` that pass a term to their children."""
    step = Page.steplen
    found = {}
    for facet, model, by_path in passed_down_terms({page.path[:-step] for page in pages}):
        for page in pages:
            term = by_path.get(page.path[:-step])
            if term is not None and not isinstance(page, model):
                found.setdefault(page.pk, {})[facet] = term
    return found


def _date(page):
    """The first registered date field the page has, else the day it was last published (as search.facets)."""
    for date_field in registry.date_fields:
        if isinstance(page, date_field.model) and getattr(page, date_field.field_name, None):
            return getattr(page, date_field.field_name).isoformat()
    return timezone.localdate(page.last_published_at).isoformat() if page.last_published_at else None


def document_fields(page):
    """The fields to add to `page`'s document."""
    if not hasattr(page, "_search_facets"):
        attach_facets([page])
    return page._search_facets


@receiver(page_published)
def reindex_inheriting_children(sender, instance, **kwargs):
    """A page whose term its children inherit (a region page's region) was published: their documents change too."""
    if not any(link.inherited and isinstance(instance, link.model) for link in registry.term_links):
        return
    for child in instance.get_children().live().specific():
        insert_or_update_object(child)
