"""The demo site in seven languages: every locale, the taxonomy in all of them, and page translations.

French and Spanish get the whole site; Arabic, Russian, Chinese and Portuguese the home page, one Sourcebook
chapter and one showcased plan, with the pages above them. Page texts become wagtail-localize string translations
(see ``pages``), from the hand-written catalogues in ``demo/texts/translations``. Like the rest of the build,
the step is idempotent: a translation whose source has not changed since it was published is left alone.
"""

from django.conf import settings
from django.db import transaction
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page

from demo.translations.catalogue import page_catalogue, taxonomy_catalogue
from demo.translations.footer import translate_footer
from demo.translations.pages import PageTranslator, linked_page_ids
from demo.translations.report import TranslationReport
from demo.translations.terms import translate_terms

__all__ = ["LANGUAGE_PAGES", "TranslationReport", "translate_demo_site"]

# The keys of the pages translated into the languages that do not get the whole site (parents included).
SHOWCASE = ("home", "programmes", "region-latin-america", "plan-argentina", "sourcebook", "sourcebook-priorities")
# Language → the page keys translated into it; None for every demo page.
LANGUAGE_PAGES = {"fr": None, "es": None, "ar": SHOWCASE, "ru": SHOWCASE, "zh-hans": SHOWCASE, "pt": SHOWCASE}


def ensure_locales(report):
    """A Locale for every language in settings.LANGUAGES, by code."""
    locales = {}
    for code, _name in settings.LANGUAGES:
        locales[code], created = Locale.objects.get_or_create(language_code=code)
        report.locales_created += created
    return locales


def _pages_for(ctx, keys):
    """The English pages to translate, read again: the build may have just published new revisions of them."""
    built = ctx.pages.values() if keys is None else [ctx.page(key) for key in keys]
    pages = Page.objects.filter(pk__in=[page.pk for page in built]).order_by("path").specific()
    return translation_order(list(pages))


def translation_order(pages):
    """Parents before their children (wagtail-localize needs the parent translated first) and, where the tree
    allows, a page after the pages it links to, so that its links can point at their translations at once."""
    by_path = {page.path: page for page in pages}
    by_id = {page.pk: page for page in pages}
    order, started, done = [], set(), set()

    def ancestors(page):
        paths = (page.path[:end] for end in range(Page.steplen, len(page.path), Page.steplen))
        return [by_path[path] for path in paths if path in by_path]

    def visit(page):
        if page.pk in started:
            return
        started.add(page.pk)
        for ancestor in ancestors(page):
            visit(ancestor)
        for linked in (by_id.get(pk) for pk in sorted(linked_page_ids(page))):
            if linked is None or linked.path.startswith(page.path):
                continue  # Not translated here, or below the page (translated after it, whatever we do).
            if all(ancestor.pk in done or ancestor.pk not in started for ancestor in ancestors(linked)):
                visit(linked)
        done.add(page.pk)
        order.append(page)

    for page in pages:
        visit(page)
    return order


def linking_ahead(pages):
    """The pages, in translation order, that link to a page translated after them."""
    position = {page.pk: index for index, page in enumerate(pages)}
    return [
        page
        for index, page in enumerate(pages)
        if any(position.get(linked, -1) > index for linked in linked_page_ids(page))
    ]


def forget_redirects_on_commit(page_ids):
    """Drop the redirects Wagtail adds, on commit, from the English slug of a new translation to its own (a build in
    its own transaction adds none, demo/bulk.py; one inside a caller's transaction sends the signal on its commit).

    A new translation starts as a copy with the English slug and is renamed when its texts come in; Wagtail's
    redirects app takes the rename for a move of a live page, but the old address was never published.
    """
    if page_ids:
        transaction.on_commit(
            lambda: Redirect.objects.filter(automatically_created=True, redirect_page_id__in=page_ids).delete()
        )


def translate_demo_site(ctx):
    """Translate the taxonomy and the demo pages built in ``ctx``; returns a ``TranslationReport``."""
    report = TranslationReport()
    created_ids = []
    locales = ensure_locales(report)
    languages = [code for code in locales if code in LANGUAGE_PAGES]
    translate_terms(ctx, {code: taxonomy_catalogue(code) for code in languages}, report)
    for code in languages:
        translator = PageTranslator(locales[code], page_catalogue(code), refresh=ctx.refresh)
        pages = _pages_for(ctx, LANGUAGE_PAGES[code])
        actions = {page.pk: translator.translate(page) for page in pages}
        # Links to pages translated after the page that holds them (a section's call to action pointing at
        # one of its children, the home page's showcased plans) are pointed at their translations now.
        for page in linking_ahead(pages):
            if translator.translate(page) != "present" and actions[page.pk] == "present":
                actions[page.pk] = "updated"
        for page in pages:
            report.record(code, actions[page.pk])
            ctx.report.lines.append(f"{actions[page.pk]:>8}  translation ({code}): {page.url_path}")
        if ctx.footer is not None:
            first = code == languages[0]
            action = translate_footer(ctx.footer, locales[code], translator.catalogue, translator.fallbacks, first)
            ctx.report.lines.append(f"{action:>8}  translation ({code}): footer")
        if translator.fallbacks:
            report.fallbacks[code] = translator.fallbacks
        created_ids += translator.created_ids
    forget_redirects_on_commit(created_ids)
    ctx.report.lines.extend(report.detail_lines())
    ctx.report.notes.append(report.summary())
    return report
