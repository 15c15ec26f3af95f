"""Page builders for the translation tests, kept here so these tests do not drift with tests/factories.py."""

import itertools

from django.test import TestCase
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object

from core.models import StandardPage
from home.models import HomePage
from tests.factories import saved_as_one_change

_numbers = itertools.count(1)


def add_page(parent, model, *, publish=True, **fields):
    """Add a page under `parent` the way an editor would: a revision, published unless `publish` is False."""
    fields.setdefault("title", f"{model._meta.verbose_name.title()} {next(_numbers)}")
    fields.setdefault("slug", slugify(fields["title"]))
    page = model(live=publish, **fields)
    with saved_as_one_change():  # indexed once, not per save (tests/factories.py)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
    page.refresh_from_db()
    return page


def body(text):
    return [("paragraph", RichText(f"<p>{text}</p>"))]


def create_site_home():
    """An English HomePage under the tree root, served by the default Site instead of Wagtail's welcome page."""
    english = Locale.objects.get(language_code="en")
    home = add_page(
        Page.get_first_root_node(), HomePage, title="Home", slug="caucus-home", hero_title="Welcome", locale=english
    )
    site = Site.objects.get(is_default_site=True)
    welcome_id = site.root_page_id
    site.root_page = home
    site.save()
    Page.objects.filter(pk=welcome_id).delete()
    Site.clear_site_root_paths_cache()
    return home


def add_standard_pages(parent, count):
    return [add_page(parent, StandardPage, title=f"Standard page {next(_numbers)}") for _ in range(count)]


def publish_with_title(page, title):
    """Edit a page and publish the change, as an editor saving "Publish" in the page editor."""
    page = page.specific
    page.title = title
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def on_commit():
    """Run on-commit callbacks at the end of the block: wagtail-localize publishes translations on commit."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def translate(page, *locales, user=None):
    """Translate a page with wagtail-localize, as its "Translate this page" form does; returns the translations."""
    page = page.specific
    with on_commit():
        translate_object(page, list(locales), user=user)
    return [page.get_translation(locale) for locale in locales]


def translate_and_publish(page, *locales):
    """Translate, then publish the drafts as a coordinator approving them would."""
    translated = translate(page, *locales)
    for translation in translated:
        translation.get_latest_revision().publish()
    return translated


def sync(page, publish=True):
    """What "Sync translated pages" does: extract the source again, then (if `publish`) publish every translation."""
    source = TranslationSource.objects.get_for_instance(page)
    with on_commit():
        source.update_from_db()
        if publish:
            for translation in source.translations.filter(enabled=True):
                translation.save_target(publish=True)
    return source


def translate_by_copy(page, locale):
    """A translation made without wagtail-localize: Wagtail's copy_for_translation, then publish."""
    translation = page.specific.copy_for_translation(locale, copy_parents=True)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation
