"""Every demo page as a ``PageSpec``, in tree order: the texts' dicts turned into model fields.

Field functions run twice per new page (see ``demo.pages``), so they must be pure functions of the texts
and the context: no dates from the clock except through ``_event_dates``, which keeps an event's first dates.
"""

from datetime import timedelta

from wagtail.contrib.forms.utils import get_field_clean_name

from core.models import FormField, FormPage, MaterialType, PartnerOrganisation, Region, StandardPage, Topic
from demo import texts
from demo.pages import PageSpec
from demo.terms import priorities
from demo.texts import programmes, site, sourcebook
from home.models import HomePage, HomePageFeaturedPlan
from programmes.models import (
    EventCalendarPage,
    EventPage,
    EventReport,
    ProgrammeIndexPage,
    ProgrammePlanDocument,
    ProgrammePlanPage,
    RegionPage,
    TrainingMaterialDocument,
    TrainingMaterialIndexPage,
    TrainingMaterialPage,
)
from sourcebook.models import SourcebookChapterPage, SourcebookPage


def _spec(text, model, build, parent=None):
    return PageSpec(text["key"], parent or text.get("parent"), model, text["slug"], lambda ctx: build(text, ctx))


def _common(text, ctx):
    """The fields every BasePage has."""
    return {
        "title": text["title"],
        "summary": text.get("summary", ""),
        "show_in_menus": text.get("show_in_menus", False),
        "listing_image": ctx.image(text.get("listing_image")),
        # The demo's illustrations are abstract and wordless: decorative wherever they are shown.
        "listing_image_decorative": True,
    }


def _home(text, ctx):
    plans = [ctx.page(key) for key in text["featured_plans"]]
    return {
        **_common(text, ctx),
        "listing_image": ctx.image(text["hero_image"]),
        "hero_title": text["hero_title"],
        "hero_text": text["hero_text"],
        "hero_image": ctx.image(text["hero_image"]),
        "hero_image_decorative": True,
        "introduction": ctx.rich_text(text["introduction"]),
        "priorities_introduction": text["priorities_introduction"],
        "featured_plans": [HomePageFeaturedPlan(plan=plan) for plan in plans if plan is not None],
    }


def _standard(text, ctx):
    return {**_common(text, ctx), "introduction": text["introduction"], "body": ctx.stream(text["body"])}


def _programmes(text, ctx):
    return {
        **_common(text, ctx),
        "introduction": ctx.rich_text(text["introduction"]),
        "body": ctx.stream(text["body"]),
    }


def _with_introduction(text, ctx):
    return {**_common(text, ctx), "introduction": ctx.rich_text(text["introduction"])}


def _region(text, ctx):
    return {**_with_introduction(text, ctx), "region": ctx.term(Region, text["region"])}


def _plan(text, ctx):
    start, end = text["dates"]
    rich = {name: ctx.rich_text(text[name]) for name in ("objectives", "activities", "outcomes", "resources")}
    if text.get("country_note"):
        rich["objectives"] = f"<p><i>{text['country_note']}</i></p>{rich['objectives']}"
    return {
        **_common(text, ctx),
        **rich,
        "country": text["country"],
        "scope": text["scope"],
        "status": ProgrammePlanPage.Status.COMPLETED,
        "start_date": start,
        "end_date": end,
        "organisers": text["organisers"],
        "partners": ctx.terms_of(PartnerOrganisation, text["partners"]),
        "priorities": priorities(ctx, text["priorities"]),
        "contact_name": text["contact_name"],
        "contact_email": text["contact_email"],
        "showcased": True,
        "showcase_reason": text["showcase_reason"],
        "documents": [ProgrammePlanDocument(document=ctx.document(text["document"]), title="Programme plan (PDF)")],
    }


def _event_dates(text, ctx):
    """Fixed dates for past events; for upcoming ones, dates counted from the day the page was first created."""
    if "dates" in text:
        return text["dates"]
    existing = ctx.pages.get(text["key"])
    if existing is not None and existing.start_date:
        return existing.start_date, existing.end_date
    start = ctx.today + timedelta(days=text["starts_in_days"])
    return start, start + timedelta(days=text["length_days"]) if text["length_days"] else None


def _event(text, ctx):
    start, end = _event_dates(text, ctx)
    reports = [EventReport(document=ctx.document(text["report"]), title="Report (PDF)")] if text["report"] else []
    return {
        **_common(text, ctx),
        "event_type": text["event_type"],
        "start_date": start,
        "end_date": end,
        "city": text["city"],
        "country": text["country"],
        "organisers": text["organisers"],
        "plan": ctx.page(text["plan"]) if text["plan"] else None,
        "priorities": priorities(ctx, text["priorities"]),
        "description": ctx.rich_text(text["description"]),
        "agenda": ctx.stream(text["agenda"]),
        "reports": reports,
    }


def _material(text, ctx):
    # The link's own title, which translations translate, rather than the document's (one language for all).
    documents = [
        TrainingMaterialDocument(document=ctx.document(key), title=text["title"])
        for key in texts.material_document_keys(text)
    ]
    return {
        **_common(text, ctx),
        "material_type": ctx.term(MaterialType, text["material_type"]),
        "topics": ctx.terms_of(Topic, text["topics"]),
        "priorities": priorities(ctx, text["priorities"]),
        "audience": text["audience"],
        "level": text["level"],
        "duration_minutes": text["duration_minutes"],
        "countries": sorted(text.get("countries", [])),
        "body": ctx.stream(text["body"]),
        "documents": documents,
    }


def _sourcebook(text, ctx):
    return {
        **_with_introduction(text, ctx),
        "cover_image": ctx.image(text["cover_image"]),
        "cover_image_decorative": True,
        "editors": text["editors"],
        "publication_year": text["publication_year"],
    }


def _chapter(text, ctx):
    return {**_common(text, ctx), "body": ctx.stream(text["body"])}


def _form(text, ctx):
    fields = [
        FormField(
            label=field["label"],
            clean_name=get_field_clean_name(field["label"]),
            field_type=field["field_type"],
            required=field["required"],
            choices=field.get("choices", ""),
            help_text=field.get("help_text", ""),
            sort_order=position,  # the admin numbers rows; without it PostgreSQL may return them in any order
        )
        for position, field in enumerate(text["fields"])
    ]
    return {
        "title": text["title"],
        "show_in_menus": text.get("show_in_menus", False),
        "introduction": ctx.rich_text(text["introduction"]),
        "thank_you_text": ctx.rich_text(text["thank_you_text"]),
        "to_address": ctx.contact_email,
        "from_address": site.FORM_FROM_ADDRESS,
        "subject": text["subject"],
        "form_fields": fields,
    }


def home_spec():
    return _spec(site.HOME, HomePage, _home)


def page_specs():
    """Every page below the home page, parents before children, siblings in menu order."""
    specs = [_spec(site.ABOUT, StandardPage, _standard), _spec(site.NORDIC, StandardPage, _standard)]
    specs.append(_spec(programmes.PROGRAMMES, ProgrammeIndexPage, _programmes))
    for region in programmes.REGIONS:
        specs.append(_spec(region, RegionPage, _region, parent="programmes"))
        specs += [_spec(plan, ProgrammePlanPage, _plan) for plan in programmes.PLANS if plan["parent"] == region["key"]]
        specs += [_spec(event, EventPage, _event) for event in texts.EVENTS if event["parent"] == region["key"]]
    specs += [
        _spec(programmes.CALENDAR, EventCalendarPage, _with_introduction),
        _spec(site.PARTNERSHIP, StandardPage, _standard),
        _spec(site.REQUEST_SUPPORT_FORM, FormPage, _form),
    ]
    training = texts.training_guides.TRAINING_INDEX
    specs.append(_spec(training, TrainingMaterialIndexPage, _with_introduction))
    specs += [_spec(material, TrainingMaterialPage, _material, parent="training") for material in texts.MATERIALS]
    specs.append(_spec(sourcebook.SOURCEBOOK, SourcebookPage, _sourcebook))
    specs += [_spec(chapter, SourcebookChapterPage, _chapter, parent="sourcebook") for chapter in texts.CHAPTERS]
    specs.append(_spec(site.CONTACT_FORM, FormPage, _form))
    return specs
