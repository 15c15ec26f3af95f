"""Fixtures for the programmes section: a region under /en/programmes/ and the admin edit form."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html

from tests import factories


@pytest.fixture
def southern_africa(programmes):
    """The Southern Africa region page at /en/programmes/southern-africa/."""
    region = factories.create_region("Southern Africa")
    return factories.create_region_page(programmes, region, summary="Plans and events in Southern Africa.")


@pytest.fixture
def submit_edit_form(admin_client):
    """Post the admin edit form of a page as its editor sees it, with some fields changed, and publish."""

    def submit(page, **changes):
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        response = admin_client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        data = querydict_from_html(html, form_id="page-edit-form")
        # A ticked checkbox without a value attribute is posted by browsers as "on"; the scraper sends "".
        for checkbox in BeautifulSoup(html, "html.parser").select("#page-edit-form input[type=checkbox][checked]"):
            if "value" not in checkbox.attrs:
                data[checkbox["name"]] = "on"
        # StreamFields are drawn by JavaScript, so their inputs are not in the HTML; these tests leave them empty.
        for field in type(page)._meta.get_fields():
            if isinstance(field, StreamField):
                assert not getattr(page, field.name), f"{field.name} must be empty to be posted from the HTML"
                data[f"{field.name}-count"] = "0"
        for name, value in changes.items():
            data[name] = value
        data["action-publish"] = "action-publish"
        return admin_client.post(url, data)

    return submit


@pytest.fixture
def no_fragment_cache(settings):
    """Every render in full, the chrome and the listings: a fragment found in the cache runs no query, so counting the
    queries of a cached render would hide a query per card."""
    settings.CACHES = {**settings.CACHES, "fragments": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
