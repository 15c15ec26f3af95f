"""Tree rules: every page type can be added only where the templates expect it, in code and in the admin."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page

from core.models import FormPage, StandardPage
from home.models import HomePage
from programmes.models import (
    EventCalendarPage,
    EventPage,
    ProgrammeIndexPage,
    ProgrammePlanPage,
    RegionPage,
    TrainingMaterialIndexPage,
    TrainingMaterialPage,
)
from sourcebook.models import SourcebookChapterPage, SourcebookPage
from tests import factories

pytestmark = pytest.mark.django_db

ALLOWED_PARENTS = {
    HomePage: {Page},
    StandardPage: {HomePage, StandardPage, ProgrammeIndexPage},
    FormPage: {HomePage, StandardPage, ProgrammeIndexPage},
    SourcebookPage: {HomePage},
    SourcebookChapterPage: {SourcebookPage},
    ProgrammeIndexPage: {HomePage},
    RegionPage: {ProgrammeIndexPage},
    ProgrammePlanPage: {RegionPage},
    EventPage: {RegionPage},
    EventCalendarPage: {HomePage, ProgrammeIndexPage},
    TrainingMaterialIndexPage: {HomePage, ProgrammeIndexPage},
    TrainingMaterialPage: {TrainingMaterialIndexPage},
}

PARENT_BUILDERS = {
    HomePage: lambda home: home,
    StandardPage: lambda home: factories.create_standard_page(home),
    ProgrammeIndexPage: lambda home: factories.create_programme_index(home),
    SourcebookPage: lambda home: factories.create_sourcebook(home),
    RegionPage: lambda home: factories.create_region_page(factories.create_programme_index(home)),
    TrainingMaterialIndexPage: lambda home: factories.create_training_index(home),
}


def add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])


@pytest.fixture
def every_page_type(programmes):
    """One live page of every type, in a tree the models allow (saved without revisions: only the tree matters)."""
    home = programmes.get_parent().specific
    fast = {"revision": False}
    book = factories.create_sourcebook(home, **fast)
    region_page = factories.create_region_page(programmes, **fast)
    library = factories.create_training_index(programmes, **fast)
    standard = factories.create_standard_page(home, **fast)
    pages = [
        Page.get_first_root_node(),
        home,
        standard,
        factories.create_form_page(standard, **fast),
        book,
        factories.create_chapter(book, **fast),
        programmes,
        region_page,
        factories.create_plan(region_page, **fast),
        factories.create_event(region_page, **fast),
        factories.create_event_calendar(programmes, **fast),
        library,
        factories.create_material(library, **fast),
    ]
    assert {type(page) for page in pages} >= set(ALLOWED_PARENTS)
    return pages


@pytest.mark.parametrize("model", ALLOWED_PARENTS, ids=lambda model: model.__name__)
def test_page_type_is_refused_under_every_other_parent(model, every_page_type, admin_client):
    wrong_parents = [page for page in every_page_type if type(page) not in ALLOWED_PARENTS[model]]
    assert wrong_parents

    for parent in wrong_parents:
        assert not model.can_create_at(parent), f"{model.__name__} can be created under {type(parent).__name__}"

        response = admin_client.get(add_url(model, parent))

        # Wagtail's admin turns the PermissionDenied of the create view into a redirect to the dashboard.
        assert response.status_code == 302, f"{model.__name__} under {type(parent).__name__}"
        assert response["Location"] == reverse("wagtailadmin_home")
        messages = [str(message) for message in get_messages(response.wsgi_request)]
        assert any("do not have permission" in message for message in messages)


@pytest.mark.parametrize(
    ("model", "parent_type"),
    # Sorted: a set's order differs between processes, and parallel workers must collect the same tests.
    [
        (model, parent)
        for model, parents in ALLOWED_PARENTS.items()
        for parent in sorted(parents, key=lambda parent: parent.__name__)
        if parent in PARENT_BUILDERS
    ],
    ids=lambda value: value.__name__,
)
def test_page_type_is_offered_under_its_allowed_parents(model, parent_type, home, admin_client):
    parent = PARENT_BUILDERS[parent_type](home)

    assert model.can_create_at(parent)
    response = admin_client.get(add_url(model, parent))
    assert response.status_code == 200


def test_admin_refuses_to_save_a_page_under_a_wrong_parent(programmes, admin_client):
    pages_before = Page.objects.count()

    response = admin_client.post(
        add_url(EventPage, programmes),
        {"title": "Misplaced event", "slug": "misplaced-event", "start_date": "2003-11-17", "action-publish": ""},
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert Page.objects.count() == pages_before
    assert not EventPage.objects.filter(title="Misplaced event").exists()


def test_there_is_one_home_page_per_tree(home):
    assert HomePage.allowed_parent_page_models() == [Page]
    assert not HomePage.can_create_at(Page.get_first_root_node())


@pytest.mark.parametrize("model", [ProgrammeIndexPage, EventCalendarPage, TrainingMaterialIndexPage], ids=str)
def test_sections_are_created_once_per_parent(model, home):
    builders = {
        ProgrammeIndexPage: factories.create_programme_index,
        EventCalendarPage: factories.create_event_calendar,
        TrainingMaterialIndexPage: factories.create_training_index,
    }
    assert model.can_create_at(home)

    builders[model](home)

    assert not model.can_create_at(home)
