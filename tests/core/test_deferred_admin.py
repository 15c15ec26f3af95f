"""The admin views core/deferred_admin.py imports late still answer as Wagtail's own: the admin API's images and
documents (the choosers and rich text editor use them), and wagtail-localize's views behind the stand-ins."""

import importlib.metadata
import sys

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.deferred_admin import DEFERRED_ENDPOINTS, LAZY_MODULES
from tests import factories


def test_written_for_these_versions():
    """The stand-ins name modules and classes of these releases: on an upgrade, check core/deferred_admin.py (do the
    hooks modules still import these at their top, under these names?), then change the versions here."""
    assert importlib.metadata.version("wagtail") == "8.0.1"
    assert importlib.metadata.version("wagtail-localize") == "1.14.5"


@pytest.mark.django_db
def test_the_admin_api_lists_documents_and_images(admin_client):
    get_document_model().objects.create(title="Gender toolkit", file=ContentFile(b"%PDF-1.4", name="toolkit.pdf"))
    factories.create_image(title="Workshop photo")

    documents = admin_client.get("/admin/api/main/documents/")
    images = admin_client.get("/admin/api/main/images/")

    assert documents.status_code == 200 and images.status_code == 200
    assert [item["title"] for item in documents.json()["items"]] == ["Gender toolkit"]
    assert [item["title"] for item in images.json()["items"]] == ["Workshop photo"]
    for name, (class_name, _endpoint) in DEFERRED_ENDPOINTS.items():
        assert getattr(sys.modules[name], class_name).__module__ == name  # the real viewset, not the placeholder


@pytest.mark.django_db
def test_wagtail_localize_views_answer_through_the_stand_ins(admin_client):
    home = factories.create_site_home()

    response = admin_client.get(f"/admin/localize/submit/page/{home.pk}/")

    assert response.status_code == 200
    for name in LAZY_MODULES:  # each imported for real, under its own name
        assert sys.modules[name].__file__.endswith(name.replace(".", "/") + ".py")
