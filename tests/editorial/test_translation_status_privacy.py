"""The Translation status report names a private page only to editors who may work on it."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, PageViewRestriction

from tests.editorial.test_translation_status import report, table

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_pages(sections):
    for key in ("chapter", "about"):
        PageViewRestriction.objects.create(page=sections[key], restriction_type="password", password="letmein")
    return sections


@pytest.fixture
def programmes_editor_client(client, django_user_model, sections):
    """An editor who may edit the programmes section only."""
    group = Group.objects.create(name="Programme editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=sections["programmes"], permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("programmes", "programmes@example.org", "password")
    user.groups.add(group)
    client.force_login(user)
    return client


def test_an_editor_does_not_see_private_pages_outside_their_permissions(
    programmes_editor_client, report_url, private_pages
):
    rows = table(report(programmes_editor_client, report_url))

    assert "Access" not in rows, "a private chapter in a section the editor may not edit"
    assert "About the programmes" in rows, "a private page the editor may edit anyway"
    assert "Training materials" in rows, "public pages are listed to every editor"


def test_the_section_filter_offers_no_private_section(programmes_editor_client, report_url, sections):
    PageViewRestriction.objects.create(page=sections["sourcebook"], restriction_type="login")

    soup = report(programmes_editor_client, report_url)

    sections_offered = soup.select_one("[name=section]").get_text(" ")
    assert "Training materials" in sections_offered
    assert "Sourcebook" not in sections_offered


def test_superusers_see_every_page(superuser_client, report_url, private_pages):
    rows = table(report(superuser_client, report_url))

    assert {"Access", "About the programmes"} <= set(rows)
