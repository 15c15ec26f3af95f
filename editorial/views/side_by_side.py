"""The coordinator's "Source beside translation" view of a translation in review (editorial/side_by_side.py)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page, TaskState

from editorial.side_by_side import reviewed_revision, side_by_side, source_of


def may_review(user, page):
    """Editors of the page, and the reviewers of its current task."""
    if page.permissions_for_user(user).can_edit():
        return True
    return TaskState.objects.reviewable_by(user).filter(workflow_state__object_id=str(page.pk)).exists()


def source_beside_translation(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not may_review(request.user, page):
        raise PermissionDenied
    source_locale, source = source_of(page)
    if source is None:
        raise Http404(_("This page is not a translation."))
    revision = reviewed_revision(page)
    translated = revision.as_object() if revision else page
    return TemplateResponse(
        request,
        "editorial/admin/source_beside_translation.html",
        {
            "page": page,
            "revision": revision,
            "source_language": source_locale.get_display_name(),
            "language": page.locale.get_display_name(),
            "rows": side_by_side(source, translated),
            "header_title": _("%(title)s: source beside translation") % {"title": translated.title},
        },
    )
