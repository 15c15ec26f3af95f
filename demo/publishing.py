"""Publishing a page the build has just created: one revision, one UPDATE of its row, the usual log and signals.

``revision.publish()`` is made for any revision of any page: it reads the revision back into a page (a JSON
parse and a query for every foreign key), validates the page again, looks for scheduled and previous revisions
and updates aliases. A page the build has just created and validated has none of those, and publishing it that
way was a sixth of `seed_demo`'s time. Here the page is published from memory, leaving what ``publish()`` leaves:
live, with this revision as its live and latest one, first and last published now, the "wagtail.publish" log
entry, and the ``page_published`` and ``published`` signals (the page cache and the Sourcebook PDF listen).
"""

from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page, Revision
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


def _new_revision(page):
    """What ``page.save_revision(changed=False, clean=False)`` does for a page the build made (no comments, no
    revision to overwrite), but for saving the page: the caller saves it once, with its published state.

    ``save_revision()`` saves the page again for its revision fields, and publishing saved it once more: full
    ``Page.save()`` calls (a site-root check, the child rows, the ``post_save`` receivers) for a few columns. The
    revision's content is taken where ``save_revision()`` takes it, before the page points at it.
    """
    revision = Revision.objects.create(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        user=None,
        approved_go_live_at=None,
        content=page.serializable_data(),
        object_str=str(page),
    )
    page.latest_revision_created_at = revision.created_at
    page.draft_title = page.title
    page.latest_revision = page.live_revision = revision
    return revision


def add_published_child(parent, page):
    """Insert the specific ``page`` (not saved yet) under ``parent``, validated, and publish it."""
    _mark_published(page)
    parent.add_child(instance=page)  # validates the page (full_clean)
    revision = _new_revision(page)
    # The row was inserted a moment ago and its post_save receivers have run: only the revision's columns change.
    Page.objects.filter(pk=page.pk).update(
        latest_revision_created_at=page.latest_revision_created_at,
        draft_title=page.draft_title,
        latest_revision=revision,
        live_revision=revision,
    )
    _announce(page, revision)
    return page


def publish_new_draft(page):
    """Publish the content ``page`` holds in memory: a draft the build created, never published, then completed."""
    page.full_clean()  # as save_revision() validates it
    revision = _new_revision(page)
    _mark_published(page)
    page.save(clean=False)  # the content, its child rows and the published state, as publish() saves them
    _announce(page, revision)
    return revision
