"""Wagtail images and documents for the demo, drawn and written locally, found again by title on later runs."""

import re

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from demo.documents import render_document
from demo.images import SIZES, draw_illustration


def _file_stem(key):
    return re.sub(r"-(pdf|docx)$", "", key)


def image_title(spec):
    suffix = {"cover": "cover", "hero": "banner"}.get(spec.get("size"), "illustration")
    return f"{spec['title']} ({suffix})"


def _stored(Image, filename, data):
    """The storage name of a new image file. Stored before the image is made, with its size given, so that Django
    does not open the file to measure it (twice: on making the image and on saving it; a decode of the PNG each)."""
    field = Image._meta.get_field("file")
    return field.storage.save(field.generate_filename(Image(), filename), ContentFile(data))


def ensure_images(ctx, specs):
    """Create the images that no image with the same title stands for yet; register all in ``ctx.images``."""
    Image = get_image_model()
    titles = [image_title(spec) for spec in specs]
    existing = {}
    for image in Image.objects.filter(title__in=titles).order_by("pk"):
        existing.setdefault(image.title, image)
    for spec, title in zip(specs, titles, strict=True):
        image = existing.get(title)
        if image is None:
            size = spec.get("size", "wide")
            width, height = SIZES[size]
            image = Image(
                title=title,
                description="Abstract illustration in calm colours.",
                file=_stored(Image, f"{spec['key']}.png", draw_illustration(spec["key"], size)),
                width=width,
                height=height,
            )
            image._set_image_file_metadata()
            image.save()
            ctx.report.record("created", "images", title)
        else:
            ctx.report.record("present", "images", title)
        ctx.images[spec["key"]] = image


def ensure_documents(ctx, specs):
    """Create the documents that no document with the same title stands for yet; register all in ``ctx.documents``."""
    Document = get_document_model()
    existing = {}
    for document in Document.objects.filter(title__in=[spec["title"] for spec in specs]).order_by("pk"):
        existing.setdefault(document.title, document)
    for spec in specs:
        document = existing.get(spec["title"])
        if document is None:
            extension, data = render_document(spec)
            document = Document(
                title=spec["title"], file=ContentFile(data, name=f"{_file_stem(spec['key'])}.{extension}")
            )
            document._set_document_file_metadata()
            document.save()
            ctx.report.record("created", "documents", spec["title"])
        else:
            ctx.report.record("present", "documents", spec["title"])
        ctx.documents[spec["key"]] = document
