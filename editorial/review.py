"""Translations go to review, never straight to the site: submit a synced translation into the Caucus workflow.

wagtail-localize keeps translated segments in its translation memory and writes them into the page only when a
translation is published. Someone who may not publish in the locale instead gets a draft revision made from the
same segments, and that revision starts (or, after requested changes, resumes) the locale's review workflow.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page, TaskState, WorkflowState
from wagtail_localize.models import StringSegment, Translation


class ReviewError(Exception):
    """A submission that cannot go ahead; the message is for the editor."""


def synced_translation(page):
    """The enabled wagtail-localize Translation whose target is `page`, or None."""
    translations = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    )
    return translations.select_related("source", "target_locale").first()


def segment_progress(translation):
    """(translated, total) string segments of a synced translation, as wagtail-localize's editor counts them."""
    segments = StringSegment.objects.filter(source=translation.source)
    total = segments.count()
    untranslated = segments.annotate_translation(translation.target_locale).filter(translation__isnull=True).count()
    return total - untranslated, total


def requested_changes(page_ids):
    """{page id: the reviewer's comment} for the pages among `page_ids` sent back with changes requested."""
    states = (
        TaskState.objects.filter(
            workflow_state__status=WorkflowState.STATUS_NEEDS_CHANGES,
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            workflow_state__object_id__in=[str(pk) for pk in page_ids],
            status=TaskState.STATUS_REJECTED,
        )
        .order_by("workflow_state__object_id", "-finished_at")
        .values_list("workflow_state__object_id", "comment")
    )
    comments = {}
    for object_id, comment in states:
        comments.setdefault(int(object_id), comment)
    return comments


def submit_for_review(translation, page, user):
    """Write the translated segments into a new draft revision of `page` and put it into its workflow.

    Returns the WorkflowState. Raises PermissionDenied when `user` may not edit the page, ReviewError when the
    page has no workflow or cannot be saved.
    """
    page = Page.objects.get(pk=page.pk).specific  # the saved state, not a form's unsaved copy
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied
    workflow = page.get_workflow()
    if workflow is None or not workflow.active:
        raise ReviewError(_("No review workflow applies to this page. Ask a Caucus coordinator to assign one."))
    with transaction.atomic():
        translated = _translated_content(translation, page)
        page.with_content_json(translated).save_revision(user=user, log_action=True)
        page = Page.objects.get(pk=page.pk).specific
        state = page.current_workflow_state
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user)
            return state
        if state is not None:
            # Already in review: the new revision is what the reviewer now sees.
            return state
        return workflow.start(page, user)


def _translated_content(translation, page):
    """The page's content with the translated segments applied, without touching the page's row.

    wagtail-localize's `save_target(publish=False)` saves the page row as well as a revision, which on a live
    page would change the live site; it runs here inside a savepoint that is rolled back, keeping the revision's
    content only.
    """
    savepoint = transaction.savepoint()
    try:
        translation.save_target(user=None, publish=False)
        content = Page.objects.get(pk=page.pk).get_latest_revision().content
    except ValidationError as error:
        transaction.savepoint_rollback(savepoint)
        raise ReviewError(
            _("The translation could not be saved: %(errors)s") % {"errors": "; ".join(error.messages)}
        ) from error
    transaction.savepoint_rollback(savepoint)
    return content
