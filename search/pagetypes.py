"""The page types search knows by a readable key (?type=material), from what content apps register in core."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils.text import capfirst
from wagtail.models import Page, get_page_models

from core.registry import registry


@dataclass(frozen=True)
class PageType:
    key: str
    model: type

    @property
    def label(self):
        """The plural, for the facet ("Training materials")."""
        return capfirst(self.model._meta.verbose_name_plural)

    @property
    def singular(self):
        """The singular, for a result ("Training material")."""
        return capfirst(self.model._meta.verbose_name)


@functools.cache
def page_types():
    """{key: PageType} for every page type, the registered families first; any other type uses its model name."""
    registered = registry.result_types

    def order(model):
        result_type = registered.get(model._meta.label)
        return (result_type.position if result_type else len(registered) + 1, model._meta.model_name)

    types = {}
    for model in sorted((model for model in get_page_models() if model is not Page), key=order):
        result_type = registered.get(model._meta.label)
        key = result_type.key if result_type else model._meta.model_name
        types[key] = PageType(key, model)
    return types


def types_by_content_type():
    """{content type id: PageType}, from Django's content type cache (one query per process)."""
    types = page_types()
    content_types = ContentType.objects.get_for_models(*(t.model for t in types.values()), for_concrete_models=False)
    by_model = {page_type.model: page_type for page_type in types.values()}
    return {content_type.id: by_model[model] for model, content_type in content_types.items()}
