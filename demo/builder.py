"""Build the demo site: taxonomy, pictures, documents, the page tree, the default site and its settings.

``build_demo_site()`` is idempotent. Everything is looked up first (terms by slug, images and documents by
title, pages by slug under their parent) and only what is missing is created, so a second run creates
nothing and saves nothing. ``refresh=True`` also brings existing demo content back in line with the texts,
saving (and, for pages, publishing one new revision) only where something differs.
"""

import time

from django.db import transaction
from django.utils import timezone
from django.utils.translation import override
from wagtail.models import Locale, Page

from demo import texts
from demo.bulk import bulk_build
from demo.context import Context, DemoBuildError
from demo.indexing import indexes_updated_at_the_end
from demo.media import ensure_documents, ensure_images
from demo.pages import PageBuilder
from demo.report import BuildReport
from demo.sites import configure_default_site, ensure_footer, ensure_site_settings, existing_home, retire_welcome_page
from demo.specs import home_spec, page_specs
from demo.terms import ensure_synonyms, ensure_terms
from demo.translations import translate_demo_site

__all__ = ["BuildReport", "DemoBuildError", "build_demo_site"]


def build_demo_site(stdout=None, refresh=False, verbosity=1, translations=True):
    """Build (or complete) the demo site in one transaction and return a ``BuildReport``.

    ``stdout`` gets one line per object at verbosity 2 or more; the caller prints the summary. ``translations``
    also translates the taxonomy and the pages (see ``demo.translations``).
    """
    started = time.monotonic()
    report = BuildReport()
    # bulk_build outside the transaction: the slug-change redirects it turns off are sent when it commits.
    with override("en"), bulk_build(), transaction.atomic(), indexes_updated_at_the_end():
        ctx = Context(report=report, locale=_english_locale(), today=timezone.localdate(), refresh=refresh)
        ensure_terms(ctx)
        ensure_synonyms(ctx)
        ensure_images(ctx, texts.IMAGES)
        ensure_documents(ctx, texts.DOCUMENTS)

        root = Page.get_first_root_node()
        retire_welcome_page(ctx, root)
        builder = PageBuilder(ctx)
        spec = home_spec()
        home = existing_home(root)
        home = builder.adopt(spec, home) if home else builder.ensure(spec, parent=root)
        site = configure_default_site(ctx, home, root)
        ctx.contact_email = ensure_site_settings(ctx, site).contact_email
        ctx.footer = ensure_footer(ctx)

        for spec in page_specs():
            builder.ensure(spec)
        builder.publish()
        if translations:
            translate_demo_site(ctx)
    report.seconds = time.monotonic() - started
    if stdout is not None and verbosity >= 2:
        for line in report.lines:
            stdout.write(line)
    return report


def _english_locale():
    locale, _created = Locale.objects.get_or_create(language_code="en")
    return locale
