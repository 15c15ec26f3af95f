"""Page, taxonomy and media factories: plain functions that build content the way an editor would."""

import datetime
import itertools
from contextlib import contextmanager
from io import BytesIO

import PIL.Image
from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.rich_text import RichText
from wagtail.signal_handlers import update_reference_index_on_save

from core.models import FormField, FormPage, MaterialType, Region, StandardPage, StrategicPriority, Topic
from demo.indexing import auto_indexed_models, saves_held_back
from demo.publishing import add_published_child
from home.models import HomePage, HomePageFeaturedPlan
from pagecache.signals import one_purge_at_the_end
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

_sequence = itertools.count(1)


def _unique(prefix):
    return f"{prefix} {next(_sequence)}"


def rich(html):
    """A rich-text value for a StreamField paragraph."""
    return RichText(html)


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(html):
    return ("paragraph", rich(html))


# The saves of the saved_as_one_change block in progress, if any: {(model, pk): instance}.
_saved = None


@contextmanager
def saved_as_one_change():
    """Saves whose search and reference indexing, and page cache purge, happen once when the block ends.

    A page built as an editor would is saved three times (created, revised, published); each save enqueued its search
    and reference index updates and each publish worked out which cached sections to purge, about a third of a page's
    cost. Here each object saved gets the same updates (modelsearch's and Wagtail's own save handlers, run when the
    block ends, so the indexes end up as they would), and the whole page cache is purged once: at least what the
    per-publish purges would have forgotten. A block inside another is part of the outer one's change.
    """
    global _saved
    if _saved is not None:
        yield
        return
    searchable = auto_indexed_models()
    with one_purge_at_the_end():
        with saves_held_back() as saved:
            _saved = saved
            try:
                yield
            finally:
                _saved = None
        for (sender, _pk), instance in saved.items():
            if sender in searchable:
                post_save_signal_handler(instance)
            if sender in ReferenceIndex.tracked_models:
                update_reference_index_on_save(instance)


def create_page(parent, model, *, publish=True, revision=True, **fields):
    """Add a page of `model` under `parent` and publish it through a revision, as an editor would.

    Published: one validated save, its first revision, and the publishing Wagtail does for a new page (live revision,
    publication dates, log entry, `page_published` signals), as `seed_demo` publishes (demo/publishing.py) instead of
    saving the page three times. `publish=False` leaves a draft with its revision, as the admin's "Save draft".
    `revision=False` saves a live page without revision history, for the bulk content of listing tests.
    """
    many_to_many_names = {field.name for field in model._meta.many_to_many}
    many_to_many = {name: fields.pop(name) for name in list(fields) if name in many_to_many_names}
    fields.setdefault("title", _unique(model._meta.verbose_name.title()))
    fields.setdefault("slug", slugify(fields["title"]))
    if publish and not revision:
        fields.setdefault("first_published_at", timezone.now())
        fields.setdefault("last_published_at", fields["first_published_at"])
    page = model(live=publish, **fields)
    for name, values in many_to_many.items():
        getattr(page, name).set(values)
    with saved_as_one_change():
        if publish and revision:
            add_published_child(parent, page)
            page.refresh_from_db()
        else:
            parent.add_child(instance=page)
            if revision:
                page.save_revision()
    return page


# --- The site --------------------------------------------------------------------------------------------------------


def default_locale():
    return Locale.objects.get(language_code="en")


def locale(language_code):
    return Locale.objects.get_or_create(language_code=language_code)[0]


def publish_translation(page, language, *, copy_parents=True, **changes):
    """`page` translated as an editor would with Wagtail's copy (missing parents copied too), changed, published.

    `language` is a language code or a Locale; a new title brings its slug unless `slug` is given.
    """
    target = language if isinstance(language, Locale) else locale(language)
    if "title" in changes:
        changes.setdefault("slug", slugify(changes["title"], allow_unicode=True))
    with saved_as_one_change():
        translated = page.specific.copy_for_translation(target, copy_parents=copy_parents)
        for name, value in changes.items():
            setattr(translated, name, value)
        translated.save_revision().publish()
    translated.refresh_from_db()
    return translated.specific


def publish_translated_tree(pages, language):
    """Published copies of `pages` (each the parent of the next) in another language."""
    return [publish_translation(page, language, copy_parents=False) for page in pages]


def create_site_home(**fields):
    """A HomePage under the tree root, served by the default Site in place of Wagtail's "Welcome" page."""
    root = Page.get_first_root_node()
    fields.setdefault("title", "Home")
    fields.setdefault("slug", "caucus-home")
    fields.setdefault("hero_title", "Bridging the gender gap")
    with saved_as_one_change():
        home = create_page(root, HomePage, locale=default_locale(), **fields)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True, site_name="WSIS Gender Caucus")
        welcome = site.root_page_id
        site.root_page = home
        site.save()
        if welcome not in (None, home.pk):
            _delete_welcome_page(welcome)
    Site.clear_site_root_paths_cache()
    return home


def _delete_welcome_page(page_id):
    """Delete Wagtail's "Welcome" page, which its first migration made the default Site's root.

    It is a plain Page with nothing under it, and once the Site points at the new home page nothing refers to it. So
    one DELETE of its row will do. Django's cascade collector first asks each of the ~50 tables that may refer to a page
    (53 queries, ~19 ms on SQLite, more on PostgreSQL), and most tests have a home page. `_raw_delete` is the
    single-statement delete that collector itself uses when nothing cascades. Any other page goes through Wagtail's
    own delete. A reference this missed would fail the foreign key check Django's TestCase runs at the end of a test.
    """
    plain_page = ContentType.objects.get_for_model(Page)
    welcome = Page.objects.filter(pk=page_id, depth=2, numchild=0, content_type=plain_page)
    if not welcome._raw_delete(welcome.db):
        Page.objects.filter(pk=page_id, depth=2).delete()
        return
    Page.objects.filter(depth=1).update(numchild=F("numchild") - 1)


# --- Taxonomy --------------------------------------------------------------------------------------------------------


def create_region(name=None, **fields):
    name = name or _unique("Region")
    return Region.objects.create(name=name, slug=slugify(name), **fields)


def create_topic(name=None):
    name = name or _unique("Topic")
    return Topic.objects.create(name=name, slug=slugify(name))


def create_material_type(name=None):
    name = name or _unique("Material type")
    return MaterialType.objects.create(name=name, slug=slugify(name))


def create_priority(number=None, name=None, **fields):
    number = number or next(_sequence)
    name = name or f"Priority {number}"
    return StrategicPriority.objects.create(number=number, name=name, slug=slugify(name), **fields)


# --- Media -----------------------------------------------------------------------------------------------------------


def create_image(title=None, colour="purple", size=(80, 60)):
    title = title or _unique("Image")
    buffer = BytesIO()
    PIL.Image.new("RGB", size, colour).save(buffer, "PNG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name=f"{slugify(title)}.png"))


# --- Home app --------------------------------------------------------------------------------------------------------


def create_standard_page(parent, **fields):
    return create_page(parent, StandardPage, **fields)


def create_form_page(parent, fields=(), **page_fields):
    """A form page; `fields` are dicts for FormField (label, field_type, required, …)."""
    page_fields.setdefault("to_address", "caucus@example.org")
    page_fields.setdefault("from_address", "website@example.org")
    page_fields.setdefault("subject", "A message from the website")
    page_fields["form_fields"] = [FormField(sort_order=index, **field) for index, field in enumerate(fields)]
    return create_page(parent, FormPage, **page_fields)


def feature_plans(home, plans):
    """Feature programme plans on the home page, in this order, and republish it."""
    home.featured_plans = [HomePageFeaturedPlan(plan=plan, sort_order=index) for index, plan in enumerate(plans)]
    with saved_as_one_change():
        home.save_revision().publish()
    return home


# --- Sourcebook ------------------------------------------------------------------------------------------------------


def create_sourcebook(parent, **fields):
    return create_page(parent, SourcebookPage, **fields)


def create_chapter(book, title=None, body=None, **fields):
    title = title or _unique("Chapter")
    if body is None:
        body = [paragraph(f"<p>The text of {title}.</p>")]
    return create_page(book, SourcebookChapterPage, title=title, body=body, **fields)


# --- Programmes ------------------------------------------------------------------------------------------------------


def create_programme_index(parent, **fields):
    fields.setdefault("title", "Programmes")
    fields.setdefault("slug", "programmes")
    return create_page(parent, ProgrammeIndexPage, **fields)


def create_region_page(index, region=None, **fields):
    region = region or create_region()
    fields.setdefault("title", region.name)
    return create_page(index, RegionPage, region=region, **fields)


def create_plan(region_page, **fields):
    fields.setdefault("start_date", datetime.date(2003, 11, 1))
    if fields.get("showcased"):
        fields.setdefault("showcase_reason", "A model for other national organisers.")
    return create_page(region_page, ProgrammePlanPage, **fields)


def create_event(region_page, start_date=datetime.date(2003, 11, 17), **fields):
    fields.setdefault("event_type", EventPage.EventType.NATIONAL_WORKSHOP)
    return create_page(region_page, EventPage, start_date=start_date, **fields)


def create_event_calendar(parent, **fields):
    fields.setdefault("title", "Events calendar")
    fields.setdefault("slug", "events")
    return create_page(parent, EventCalendarPage, **fields)


def create_training_index(parent, **fields):
    fields.setdefault("title", "Training materials")
    fields.setdefault("slug", "training")
    return create_page(parent, TrainingMaterialIndexPage, **fields)


def create_material(index, **fields):
    if "material_type" not in fields:
        fields["material_type"] = create_material_type()
    return create_page(index, TrainingMaterialPage, **fields)
