"""Content for the engine tests: a training library per language, built as editors and translators do."""

from wagtail.models import Page

from programmes.models import TrainingMaterialIndexPage
from tests import factories


def body(*paragraphs):
    return [factories.paragraph(f"<p>{text}</p>") for text in paragraphs]


def library(home, language_code="en"):
    """The training library under `home`, translated into `language_code` (with its parents) if it is not English."""
    english = TrainingMaterialIndexPage.objects.child_of(home).first() or factories.create_training_index(home)
    if language_code == "en":
        return english
    locale = factories.locale(language_code)
    existing = english.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    copy = english.copy_for_translation(locale, copy_parents=True)
    copy.save_revision().publish()
    return Page.objects.get(pk=copy.pk).specific


def material(library_page, title, summary="", text="", **fields):
    """A published training material in the library's language."""
    return factories.create_material(
        library_page,
        title=title,
        summary=summary,
        body=body(text) if text else [],
        locale=library_page.locale,
        **fields,
    )
