"""Creating demo pages once, publishing each with exactly one revision, and refreshing only what changed.

Pages are built in two passes. The first creates every missing page as a draft, in tree order, leaving out
links to pages that do not exist yet. The second fills those links in and publishes, so a new page gets one
revision. Existing pages (found by slug under their parent) are left alone, unless the build refreshes them:
then the seed content is compared with the page's, and only a page that differs gets a new revision.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass

from modelcluster.fields import ParentalManyToManyField
from wagtail.fields import StreamField
from wagtail.models import Page

from demo.context import DemoBuildError
from demo.publishing import publish_new_draft

CHILD_BOOKKEEPING = {"pk", "id", "page", "sort_order"}


@dataclass
class PageSpec:
    """One demo page: where it goes, what type it is, and its content as a function of the build context."""

    key: str
    parent: str | None
    model: type[Page]
    slug: str
    fields: Callable  # (Context) -> {field name: value}, including "title"


def _strip_ids(value):
    if isinstance(value, list):
        return [_strip_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: _strip_ids(item) for key, item in value.items() if key != "id"}
    return value


def stream_data(value):
    """A StreamField value as plain data without block ids, for comparing content."""
    if isinstance(value, str):
        value = json.loads(value) if value else []
    return _strip_ids(value or [])


def snapshot(page, names):
    """The content of ``names`` as it would be stored in a revision, minus ids and ordering bookkeeping."""
    data = page.serializable_data()
    result = {}
    for name in names:
        field = page._meta.get_field(name)
        value = data.get(name)
        if isinstance(field, StreamField):
            value = stream_data(value)
        elif isinstance(field, ParentalManyToManyField):
            value = sorted(value or [])
        elif field.one_to_many:
            value = [{k: v for k, v in child.items() if k not in CHILD_BOOKKEEPING} for child in value or []]
        result[name] = value
    return result


def apply_fields(page, fields):
    """Set ``fields`` on the page in memory; True if its content changed."""
    before = snapshot(page, fields)
    for name, value in fields.items():
        setattr(page, name, value)
    return snapshot(page, fields) != before


class PageBuilder:
    def __init__(self, ctx):
        self.ctx = ctx
        self.created = []
        self.existing = []

    def adopt(self, spec, page):
        """Use a page found by other means (the site's existing home page) as the page for ``spec``."""
        self.ctx.pages[spec.key] = page
        self.existing.append((spec, page))
        return page

    def ensure(self, spec, parent=None):
        """First pass: find the page under its parent by slug, or create it as a draft."""
        parent = parent or self.ctx.page(spec.parent)
        if parent is None:
            raise DemoBuildError(f"The parent of {spec.key!r} ({spec.parent!r}) must be built before it.")
        page = spec.model.objects.child_of(parent).filter(slug=spec.slug, locale=self.ctx.locale).first()
        if page is not None:
            return self.adopt(spec, page)
        other = Page.objects.child_of(parent).filter(slug=spec.slug).first()
        if other is not None:
            raise DemoBuildError(
                f"{other.url_path} is a {other.specific_class.__name__}, not a {spec.model.__name__}; "
                "rename or move it and run the command again."
            )
        fields = spec.fields(self.ctx)
        page = spec.model(slug=spec.slug, locale=self.ctx.locale, live=False, has_unpublished_changes=True, **fields)
        parent.add_child(instance=page)
        self.ctx.pages[spec.key] = page
        self.created.append((spec, page))
        return page

    def publish(self):
        """Second pass: complete and publish new pages; compare and update existing ones when refreshing."""
        ctx = self.ctx
        ctx.complete = True
        for spec, page in self.created:
            apply_fields(page, spec.fields(ctx))
            publish_new_draft(page)
            ctx.report.record("created", "pages", page.url_path)
        for spec, page in self.existing:
            if ctx.refresh and apply_fields(page, spec.fields(ctx)):
                page.save_revision().publish()
                ctx.report.record("updated", "pages", page.url_path)
            else:
                ctx.report.record("present", "pages", page.url_path)
