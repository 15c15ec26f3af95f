"""What the engine stores for each page type: every public type indexes, with its filter fields."""

import datetime

from wagtail.models import Page

from programmes.models import EventPage, ProgrammePlanPage, TrainingMaterialPage
from tests import factories
from tests.search.engine.content import body


def test_every_page_type_reaches_the_engine(engine, programmes):
    home = programmes.get_parent().specific
    region = factories.create_region_page(programmes, factories.create_region("Africa"))
    priority = factories.create_priority(1, "Access")
    factories.create_plan(region, title="Malawi plan", country="MW", priorities=[priority], showcased=True)
    factories.create_event(region, title="Lusaka workshop", country="ZM", priorities=[priority])
    factories.create_event_calendar(programmes)
    library = factories.create_training_index(programmes)
    factories.create_material(library, title="Toolkit", countries=["MW", "ZM"], priorities=[priority])
    book = factories.create_sourcebook(home)
    factories.create_chapter(book, body=body("A chapter."))
    factories.create_standard_page(home, body=body("About us."))
    factories.create_form_page(home, introduction="<p>Write to us.</p>")
    engine.refresh()

    indexed = engine.es.search(index=f"{engine.prefix}wagtailcore_page_en", size=100, _source=False)
    # The tree's root is no page anyone reads: whether it sits in the index depends on what ran before, so it is
    # left out of the comparison.
    root = Page.get_first_root_node().id
    assert {int(hit["_id"]) for hit in indexed["hits"]["hits"]} - {root} == set(
        Page.objects.filter(locale__language_code="en", depth__gt=1).values_list("id", flat=True)
    )


def test_filter_fields_work_on_the_engine(engine, programmes):
    region = factories.create_region_page(programmes, factories.create_region("Asia"))
    access = factories.create_priority(1, "Access")
    factories.create_plan(region, title="India plan", country="IN", start_date=datetime.date(2003, 9, 1))
    factories.create_plan(
        region, title="Nepal plan", country="NP", start_date=datetime.date(2005, 1, 1), priorities=[access]
    )
    factories.create_event(region, title="Delhi event", country="IN", start_date=datetime.date(2004, 2, 2))
    engine.refresh()

    def found(queryset):
        return sorted(page.title for page in engine.backend.search("plan event", queryset, operator="or"))

    plans = ProgrammePlanPage.objects.live()
    assert found(plans.filter(country="IN")) == ["India plan"]
    assert found(plans.filter(start_date__year__gte=2004)) == ["Nepal plan"]
    assert found(plans.filter(priorities__slug="access")) == ["Nepal plan"]
    assert found(EventPage.objects.live().filter(country="IN")) == ["Delhi event"]
    assert found(Page.objects.live().filter(path__startswith=region.path)) == [
        "Delhi event",
        "India plan",
        "Nepal plan",
    ]
    assert TrainingMaterialPage.objects.live().search("plan", backend="default").count() == 0
