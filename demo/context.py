"""The state one build shares: what exists so far (by key), and how texts' keys become Wagtail values."""

from dataclasses import dataclass, field
from datetime import date

from wagtail.models import Locale
from wagtail.rich_text import RichText

from demo.content import LINK_PATTERN
from demo.report import BuildReport


class DemoBuildError(Exception):
    """The texts name something that does not exist, or the tree holds something the builder cannot reuse."""


@dataclass
class Context:
    report: BuildReport
    locale: Locale
    today: date
    refresh: bool = False
    contact_email: str = ""
    footer: object = None
    # False while pages are first created: links to pages that do not exist yet are left out, then filled in.
    complete: bool = False
    images: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)
    terms: dict = field(default_factory=dict)

    def page(self, key):
        """The page for ``key``; None while building if it does not exist yet."""
        if key in self.pages:
            return self.pages[key]
        if self.complete:
            raise DemoBuildError(f"No demo page has the key {key!r}.")
        return None

    def image(self, key):
        return self._lookup(self.images, "image", key)

    def document(self, key):
        return self._lookup(self.documents, "document", key)

    def term(self, model, slug):
        return self._lookup(self.terms[model], model._meta.verbose_name, slug)

    def terms_of(self, model, slugs):
        return [self.term(model, slug) for slug in slugs]

    @staticmethod
    def _lookup(mapping, what, key):
        if key is None:
            return None
        try:
            return mapping[key]
        except KeyError:
            raise DemoBuildError(f"No demo {what} has the key {key!r}.") from None

    def rich_text(self, html):
        """Swap ``<a page="key">`` and ``<a doc="key">`` for Wagtail's internal link markup."""

        def link(match):
            kind, key, text = match.groups()
            target = self.page(key) if kind == "page" else self.document(key)
            if target is None:
                return text
            linktype = "page" if kind == "page" else "document"
            return f'<a linktype="{linktype}" id="{target.pk}">{text}</a>'

        return LINK_PATTERN.sub(link, html)

    def stream(self, blocks):
        """A body written with ``demo.content`` as the ``(block_type, value)`` list a StreamField accepts."""
        stream = []
        for block_type, value in blocks:
            if block_type == "paragraph":
                stream.append((block_type, RichText(self.rich_text(value))))
            elif block_type == "image":
                # The demo's illustrations are abstract and wordless: decorative, so no alt text to translate.
                image = {"alt_text": "", "decorative": True, **value, "image": self.image(value["image"])}
                stream.append((block_type, image))
            elif block_type == "document":
                stream.append((block_type, {**value, "document": self.document(value["document"])}))
            elif block_type == "call_to_action":
                page = self.page(value["page"]) if value["page"] else None
                if value["page"] and page is None:
                    continue  # Added once the page it points to exists.
                stream.append((block_type, {**value, "page": page}))
            elif block_type in ("heading", "quote"):
                stream.append((block_type, dict(value)))
            else:
                raise DemoBuildError(f"Page bodies have no {block_type!r} block.")
        return stream
