"""What the filtered listings' tests build (plans, downloads) and read from a page: card titles, facet links, the
status message."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from programmes.models import TrainingMaterialDocument
from tests import factories, soup_of

# Queries of one listing page, whatever its length and filters.
MAX_QUERIES = 30


def build(page, **fields):
    """Listing content: saved live without revision history, as the query-count tests do."""
    return factories.create_plan(page, revision=False, **fields)


def attach_document(material, title, content=b"%PDF-1.4 " + b"x" * 2039, name="guide.pdf"):
    document = get_document_model().objects.create(title=title, file=ContentFile(content, name=name))
    document.file_size = len(content)
    document.save(update_fields=["file_size"])
    TrainingMaterialDocument.objects.create(page=material, document=document, sort_order=0)
    return document


def card_titles(response):
    return [heading.get_text(strip=True) for heading in soup_of(response).select(".listing-layout .card__title")]


def facets(response, nav_id):
    """{filter: {label: (count, href, active)}} as the filter links show them."""
    shown = {}
    for facet_list in soup_of(response).select(f"nav[aria-labelledby='{nav_id}-title'] ul.facet__list"):
        name = facet_list["aria-labelledby"].removeprefix(f"{nav_id}-")
        options = {}
        for link in facet_list.select("a.facet__link"):
            count = int(link.select_one(".facet__count").contents[0])
            options[link.select_one(".facet__label").get_text(strip=True)] = (
                count,
                link["href"],
                link.get("aria-current") == "true",
            )
        shown[name] = options
    return shown


def status(response):
    return " ".join(soup_of(response).select_one("[role=status]").get_text(" ").split())
