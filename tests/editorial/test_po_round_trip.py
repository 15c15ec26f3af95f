"""A translator's round trip through wagtail-localize: download the PO file, translate it, upload it, publish."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from wagtail_localize.models import Translation

from core.models import StandardPage
from tests.editorial import pages

pytestmark = pytest.mark.django_db

FRENCH_TEXT = {
    "About the programmes": "À propos des programmes",
    "about": "a-propos",  # the slug is translated too
    "National and regional programmes.": "Programmes nationaux et régionaux.",
    "Our programmes reach every region.": "Nos programmes touchent toutes les régions.",
}


@pytest.fixture
def french_about(superuser_client, sections, french):
    """The French translation of "About" after a PO round trip through the admin, published."""
    about = sections["about"].specific
    about.summary = "National and regional programmes."
    about.body = pages.body("Our programmes reach every region.")
    about.save_revision().publish()
    (french_page,) = pages.translate(about, french)
    translation = Translation.objects.get(source__object_id=about.translation_key, target_locale=french)

    response = superuser_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    assert {entry.msgid for entry in po} == set(FRENCH_TEXT)
    for entry in po:
        entry.msgstr = FRENCH_TEXT[entry.msgid]

    upload = SimpleUploadedFile("about-fr.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = superuser_client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    assert response.status_code == 302

    # "Publish in Français" in the translation editor: a POST to the page's edit view.
    with pages.on_commit():
        response = superuser_client.post(
            reverse("wagtailadmin_pages:edit", args=[french_page.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    return StandardPage.objects.get(pk=french_page.pk)


def test_po_round_trip_publishes_the_french_text(french_about, superuser_client, report_url):
    assert french_about.live
    assert french_about.title == "À propos des programmes"
    assert french_about.summary == "Programmes nationaux et régionaux."
    assert "Nos programmes touchent toutes les régions." in str(french_about.body)
    assert french_about.url == "/fr/programmes/a-propos/"

    response = superuser_client.get(report_url, {"locale": "fr", "status": "up_to_date"})
    assert "About the programmes" in response.content.decode()


def test_the_french_page_renders_the_french_text(french_about, client):
    try:
        get_template("core/standard_page.html")
    except TemplateDoesNotExist:
        pytest.skip("core/standard_page.html is not written yet")
    response = client.get(french_about.url)
    assert response.status_code == 200
    content = response.content.decode()
    assert "À propos des programmes" in content
    assert "Nos programmes touchent toutes les régions." in content
