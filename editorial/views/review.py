"""The translation editor's "Submit to Caucus review", and its "Publish" for people who may not publish."""

from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.admin import messages

from editorial.review import ReviewError, submit_for_review, synced_translation

SUBMIT_ACTION = "caucus-submit"


def submit_from_translation_editor(request, page):
    """A `before_edit_page` hook: answers the submit button, and turns a non-publisher's "Publish" into a submission.

    Returns None for every other request, so wagtail-localize's own hook shows its editor.
    """
    if request.method != "POST":
        return None
    action = request.POST.get("action")
    if action not in {SUBMIT_ACTION, "publish"}:
        return None
    if action == "publish" and page.permissions_for_user(request.user).can_publish():
        return None  # wagtail-localize publishes for those who may
    translation = synced_translation(page)
    if translation is None:
        return None
    language = translation.target_locale.get_display_name()
    try:
        submit_for_review(translation, page, request.user)
    except ReviewError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("“%(title)s” in %(language)s was submitted to Caucus review. The coordinators have been notified.")
            % {"title": page.get_admin_display_title(), "language": language},
        )
    return redirect(request.path)
