"""A small site with a page, an image and its rendition, and a document, built in a `manage.py shell` process.

    python manage.py shell -c "from tests.ops.content import build; build()"

prints one JSON line with their URLs, for tests that run the site in another process (gunicorn, backup/restore).
"""

import json

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from tests import factories

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def build():
    home = factories.create_site_home(summary="The home of the WSIS Gender Caucus.")
    image = factories.create_image("Caucus meeting", colour="teal", size=(640, 480))
    page = factories.create_standard_page(home, title="About the Caucus", slug="about", summary="Who we are.")
    page.save_revision()  # a second revision, as an editor's draft after publishing
    document = get_document_model().objects.create(
        title="Gender toolkit", file=ContentFile(PDF, name="gender-toolkit.pdf")
    )
    rendition = image.get_rendition("fill-320x240")
    print(
        json.dumps(
            {
                "page": page.url,
                "image": image.file.url,
                "rendition": rendition.url,
                "document": document.url,
                "document_file": document.file.name,
            }
        )
    )
