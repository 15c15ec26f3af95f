"""Upload limits: an image over 40 megapixels (a decompression bomb fits in a small file) or over 10 MB is refused
with a message, and a normal one is accepted."""

import os
from io import BytesIO

import PIL.Image
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model

from tests import text_of

pytestmark = pytest.mark.django_db


def png(size):
    buffer = BytesIO()
    PIL.Image.new("1", size).save(buffer, "PNG", optimize=True)
    return SimpleUploadedFile("upload.png", buffer.getvalue(), content_type="image/png")


def upload(admin_client, file):
    return admin_client.post(reverse("wagtailimages:add"), {"title": "Upload", "file": file})


def test_an_image_over_the_pixel_limit_is_refused(admin_client):
    bomb = png((8000, 6000))
    assert bomb.size < 1024 * 1024, "48 megapixels in a file far under the size limit"

    response = upload(admin_client, bomb)

    assert response.status_code == 200
    assert "This file has too many pixels (48000000). Maximum pixels 40000000." in text_of(response)
    assert not get_image_model().objects.exists()


def test_an_image_over_the_size_limit_is_refused(admin_client):
    noise = PIL.Image.frombytes("RGB", (2000, 2000), os.urandom(2000 * 2000 * 3))  # noise does not compress
    buffer = BytesIO()
    noise.save(buffer, "PNG")
    assert buffer.tell() > 10 * 1024 * 1024

    response = upload(admin_client, SimpleUploadedFile("noise.png", buffer.getvalue(), content_type="image/png"))

    assert response.status_code == 200
    assert "This file is too big" in text_of(response)
    assert not get_image_model().objects.exists()


def test_a_normal_photograph_is_accepted(admin_client):
    response = upload(admin_client, png((1600, 1200)))

    assert response.status_code == 302
    assert get_image_model().objects.count() == 1
