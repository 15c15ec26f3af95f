"""Publishing a page the build has just created: one revision, the page saved once more, the usual log and signals.

``revision.publish()`` is made for any revision of any page: it reads the revision back into a page (a JSON
parse and a query for every foreign key), validates the page again, looks for scheduled and previous revisions
and updates aliases. A page the build has just created and validated has none of those, and publishing it that
way was a sixth of `seed_demo`'s time. Here the page is published from memory, leaving what ``publish()`` leaves:
live, with this revision as its live and latest one, first and last published now, the "wagtail.publish" log
entry, and the ``page_published`` and ``published`` signals (the page cache and the Sourcebook PDF listen).
"""

from django.utils import timezone
from wagtail.log_actions import log
from wagtail.signals import page_published, published

PUBLISHED_FIELDS = ["live", "has_unpublished_changes", "first_published_at", "last_published_at", "expired"]


def _mark_published(page):
    now = timezone.now()
    page.live = True
    page.has_unpublished_changes = False
    page.expired = False
    page.first_published_at = page.first_published_at or now
    page.last_published_at = now


def _announce(page, revision):
    log(instance=page, action="wagtail.publish", user=None, revision=revision, content_changed=True)
    page_published.send(sender=page.specific_class, instance=page, revision=revision)
    published.send(sender=type(page), instance=page, revision=revision)


def add_published_child(parent, page):
    """Insert the specific ``page`` (not saved yet) under ``parent``, validated, and publish it."""
    _mark_published(page)
    parent.add_child(instance=page)  # validates the page (full_clean)
    revision = page.save_revision(changed=False, clean=False)
    page.live_revision = revision
    page.save(update_fields=["live_revision"], clean=False)
    _announce(page, revision)
    return page


def publish_new_draft(page):
    """Publish the content ``page`` holds in memory: a draft the build created, never published, then completed."""
    revision = page.save_revision(changed=False)  # validates the page (full_clean)
    _mark_published(page)
    page.live_revision = revision
    page.save(clean=False)  # the content, its child rows and the published state, as publish() saves them
    _announce(page, revision)
    return revision
