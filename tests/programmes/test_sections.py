"""The programmes section page, its region pages, and the training library."""

import datetime

import pytest

from programmes.models import TrainingMaterialPage
from tests import factories, hrefs, shows_date, soup_of, text_of

pytestmark = pytest.mark.django_db


def test_programme_index_shows_its_fields_regions_and_plans(client, programmes, southern_africa):
    programmes.introduction = "<p>Support for national and regional preparatory processes.</p>"
    programmes.save_revision().publish()
    plan = factories.create_plan(southern_africa, title="Malawi national programme", country="MW")
    factories.create_plan(southern_africa, title="Draft plan", publish=False)

    response = client.get("/en/programmes/")

    assert response.status_code == 200
    text = text_of(response)
    assert "Programmes" in soup_of(response).find("h1").get_text()
    assert "National and regional programmes." in text
    assert "Support for national and regional preparatory processes." in text
    assert "Southern Africa" in text
    assert "Malawi national programme" in text
    assert "Draft plan" not in text
    links = hrefs(response)
    assert southern_africa.url in links
    assert plan.url in links
    assert "/en/programmes/countries/" in links


def test_region_page_shows_its_fields_plans_and_events(client, southern_africa):
    southern_africa.introduction = "<p>Botswana, Malawi, Mozambique, South Africa and Zambia.</p>"
    southern_africa.save_revision().publish()
    plan = factories.create_plan(southern_africa, title="Malawi national programme", country="MW")
    event = factories.create_event(
        southern_africa,
        title="Lilongwe workshop",
        country="MW",
        city="Lilongwe",
        start_date=datetime.date(2003, 11, 24),
    )

    response = client.get("/en/programmes/southern-africa/")

    assert response.status_code == 200
    text = text_of(response)
    assert "Southern Africa" in soup_of(response).find("h1").get_text()
    assert "Plans and events in Southern Africa." in text
    assert "Botswana, Malawi, Mozambique, South Africa and Zambia." in text
    assert "Malawi national programme" in text
    assert "Lilongwe workshop" in text
    assert "Lilongwe, Malawi" in text
    assert shows_date(response, datetime.date(2003, 11, 24))
    links = hrefs(response)
    assert plan.url in links
    assert event.url in links


def test_region_page_lists_only_its_own_children(client, programmes, southern_africa):
    asia = factories.create_region_page(programmes, factories.create_region("South Asia"))
    factories.create_plan(asia, title="India national programme", country="IN")
    factories.create_event(asia, title="New Delhi workshop")

    text = text_of(client.get(southern_africa.url))

    assert "India national programme" not in text
    assert "New Delhi workshop" not in text


@pytest.fixture
def library(programmes):
    return factories.create_training_index(
        programmes, summary="Guides and templates.", introduction="<p>Free to adapt for your own workshops.</p>"
    )


def test_training_library_lists_live_materials(client, library):
    material = factories.create_material(
        library,
        title="Lobbying your delegation",
        summary="How to meet your national delegation.",
        material_type=factories.create_material_type("Guide"),
        topics=[factories.create_topic("Advocacy")],
    )
    factories.create_material(library, title="Unfinished template", publish=False)

    response = client.get("/en/programmes/training/")

    assert response.status_code == 200
    text = text_of(response)
    assert "Free to adapt for your own workshops." in text
    assert "Lobbying your delegation" in text
    assert "How to meet your national delegation." in text
    assert "Guide" in text
    assert "Advocacy" in text
    assert "Unfinished template" not in text
    assert material.url in hrefs(response)


def test_training_material_page_shows_its_fields(client, library):
    factories.create_material(
        library,
        title="Gender and ICT policy primer",
        summary="An introduction for policy makers.",
        material_type=factories.create_material_type("Toolkit"),
        topics=[factories.create_topic("ICT policy")],
        priorities=[factories.create_priority(3, "Reform of decision-making", short_name="Governance")],
        audience=TrainingMaterialPage.Audience.POLICY_MAKERS,
        level=TrainingMaterialPage.Level.INTERMEDIATE,
        duration_minutes=90,
        countries=["MW", "IN"],
        body=[
            factories.heading("Session plan"),
            factories.paragraph("<p>Start with the national ICT policy and ask who wrote it.</p>"),
        ],
    )

    response = client.get("/en/programmes/training/gender-and-ict-policy-primer/")

    assert response.status_code == 200
    text = text_of(response)
    for expected in (
        "Gender and ICT policy primer",
        "An introduction for policy makers.",
        "Toolkit",
        "ICT policy",
        "Governance",
        "Policy makers",
        "Intermediate",
        "90 minutes",
        "Malawi",
        "India",
        "Session plan",
        "Start with the national ICT policy and ask who wrote it.",
    ):
        assert expected in text, expected


def test_training_library_may_sit_under_the_home_page(client, home):
    library = factories.create_training_index(home)
    factories.create_material(library, title="Media kit")

    response = client.get("/en/training/")

    assert response.status_code == 200
    assert "Media kit" in text_of(response)
