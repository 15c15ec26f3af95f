"""A small English site with three sections, the French and Spanish locales, and the clients that read the report."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale

from core.models import StandardPage
from programmes.models import ProgrammeIndexPage, TrainingMaterialIndexPage
from sourcebook.models import SourcebookChapterPage, SourcebookPage
from tests.editorial import pages


@pytest.fixture
def report_url():
    return reverse("translation_status:index")


@pytest.fixture
def site_home(db):
    return pages.create_site_home()


@pytest.fixture
def sections(site_home):
    """home → Programmes, Sourcebook, Training materials; each with one page of its own."""
    return build_sections(site_home)


def build_sections(site_home):
    programmes = pages.add_page(site_home, ProgrammeIndexPage, title="Programmes", slug="programmes")
    sourcebook = pages.add_page(site_home, SourcebookPage, title="Sourcebook", slug="sourcebook")
    training = pages.add_page(site_home, TrainingMaterialIndexPage, title="Training materials", slug="training")
    return {
        "programmes": programmes,
        "about": pages.add_page(programmes, StandardPage, title="About the programmes", slug="about"),
        "sourcebook": sourcebook,
        "chapter": pages.add_page(
            sourcebook, SourcebookChapterPage, title="Access", slug="access", body=pages.body("Access for all.")
        ),
        "training": training,
    }


@pytest.fixture
def french(db):
    return Locale.objects.get_or_create(language_code="fr")[0]


@pytest.fixture
def spanish(db):
    return Locale.objects.get_or_create(language_code="es")[0]


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("translator", "translator@example.org", "password")


@pytest.fixture
def superuser_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def editor_client(client, django_user_model, site_home):
    """An editor in a group that may enter the admin and edit pages, without being a superuser."""
    group = Group.objects.create(name="Translation editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=site_home, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("editor", "editor@example.org", "password")
    user.groups.add(group)
    client.force_login(user)
    return client
