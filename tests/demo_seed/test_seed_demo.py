"""`manage.py seed_demo`: the demo site it builds, and that a second run creates nothing.

On the run's seeded demo (tests/seeded_demo.py: seed_demo within the demo's first start), copied into the module's
test database and put back at the end; tests/demo covers the translated demo content.
"""

import datetime
import re
from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Revision, Site

from core.models import StrategicPriority
from home.models import HomePage
from programmes.models import EventPage, ProgrammeIndexPage, ProgrammePlanPage, TrainingMaterialPage
from sourcebook.models import SourcebookChapterPage
from tests import text_of

pytestmark = pytest.mark.django_db

EVENTS_2003 = {
    # The four capacity-building events the Caucus announced for 2003, as far as the source text dates them.
    "Malawi, November": {"country": "MW", "start_date__month": 11},
    "India, November 17-18": {"country": "IN", "start_date": datetime.date(2003, 11, 17)},
    "Serbia and Montenegro, October 17": {"start_date": datetime.date(2003, 10, 17)},
    "Buenos Aires, October 2-3": {"country": "AR", "start_date": datetime.date(2003, 10, 2)},
}


@pytest.fixture(scope="module")
def seed_output(demo_snapshot):
    """What seed_demo printed when it built the run's demo; the module's test database is a copy of that site."""
    with demo_snapshot.loaded():
        yield demo_snapshot.output


def english(model):
    """The live English pages of a type (the demo's translations are tests/demo's)."""
    return model.objects.live().filter(locale__language_code="en")


def created_counts(output):
    """{"pages": 3, "images": 0, …} from the report's "Created …;" sentence."""
    sentence = re.search(r"Created (\d+ [^;.]*)", output)
    assert sentence, output
    return {
        re.sub(r"s$", "", kind): int(number)
        for number, kind in re.findall(r"(\d+) ([a-z ]+?)(?:,|$)", sentence.group(1))
    }


def content_counts():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "revisions": Revision.objects.count(),
        "priorities": StrategicPriority.objects.count(),
        "sites": Site.objects.count(),
    }


def test_seed_builds_the_books_chapters_and_the_training_library(seed_output):
    assert created_counts(seed_output)["page"] > 20
    assert english(SourcebookChapterPage).count() >= 6
    assert english(TrainingMaterialPage).count() >= 10
    assert get_image_model().objects.exists()
    assert get_document_model().objects.exists()


def test_seed_builds_the_five_priorities(seed_output):
    assert list(StrategicPriority.objects.values_list("number", flat=True)) == [1, 2, 3, 4, 5]


def test_seed_showcases_four_plans_with_the_2003_events(seed_output):
    showcased = english(ProgrammePlanPage).filter(showcased=True)
    assert showcased.count() == 4

    events_2003 = english(EventPage).filter(start_date__year=2003)
    showcased_ids = set(showcased.values_list("pk", flat=True))
    for place, lookup in EVENTS_2003.items():
        matches = events_2003.filter(**lookup)
        assert matches.count() == 1, place
        assert matches.get().plan_id in showcased_ids, f"the {place} event belongs to no showcased plan"
    assert set(events_2003.exclude(plan=None).values_list("plan", flat=True)) >= showcased_ids


def test_seeded_home_page_shows_the_caucus_and_its_priorities(client, seed_output):
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(home, HomePage)

    response = client.get("/en/")

    assert response.status_code == 200
    text = text_of(response)
    assert "WSIS Gender Caucus" in text
    for priority in StrategicPriority.objects.all():
        assert priority.name in text, priority.name


def test_every_seeded_page_renders(client, seed_output):
    home = Site.objects.get(is_default_site=True).root_page
    failures = {}
    for page in Page.objects.live().descendant_of(home, inclusive=True).specific():
        status = client.get(page.url).status_code
        if status != 200:
            failures[page.url] = status
    programmes = english(ProgrammeIndexPage).get()
    for country in ("MW", "IN", "AR"):
        url = f"{programmes.url}countries/{country}/"
        status = client.get(url).status_code
        if status != 200:
            failures[url] = status
    assert failures == {}


def test_running_seed_again_creates_nothing(seed_output):
    before = content_counts()
    output = StringIO()

    call_command("seed_demo", "--no-translations", stdout=output)

    assert content_counts() == before
    assert set(created_counts(output.getvalue()).values()) == {0}, output.getvalue()


def test_seeded_pages_are_found_by_search_and_their_links_recorded(client, seed_output):
    """The build indexes once at the end instead of on every save; what it built must still be searchable and used."""
    chapter = english(SourcebookChapterPage).order_by("path").first()

    response = client.get("/en/search/", {"q": chapter.title})

    assert chapter.title in text_of(response)
    image_type = ContentType.objects.get_for_model(get_image_model())
    assert ReferenceIndex.objects.filter(to_content_type=image_type).exists(), "no demo image is recorded as used"


def test_profile_option_shows_where_the_time_goes(seed_output):
    output = StringIO()

    call_command("seed_demo", "--no-translations", "--profile", stdout=output)

    assert "cumulative" in output.getvalue()
    assert "build_demo_site" in output.getvalue()
