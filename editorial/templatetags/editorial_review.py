"""The "Submit to Caucus review" bar of wagtail-localize's translation editor."""

from django import template
from django.utils.translation import gettext as _
from wagtail.models import Page, WorkflowState

from editorial.review import requested_changes, segment_progress

register = template.Library()


@register.inclusion_tag("editorial/includes/review_bar.html", takes_context=True)
def caucus_review_bar(context, translation, instance):
    """Progress, review state and the submit button, for pages only (snippets have no workflow here)."""
    if not isinstance(instance, Page):
        return {"show": False}
    request = context["request"]
    translated, total = segment_progress(translation)
    state = instance.current_workflow_state
    return {
        "show": True,
        "csrf_token": context.get("csrf_token"),
        "page": instance,
        "language": translation.target_locale.get_display_name(),
        "translated": translated,
        "total": total,
        "awaiting_review": state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS,
        "changes_requested": state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "comment": requested_changes([instance.pk]).get(instance.pk, ""),
        "can_publish": instance.permissions_for_user(request.user).can_publish(),
        "has_workflow": instance.get_workflow() is not None,
    }


@register.simple_tag
def formatted_input_strings():
    """The labels of the formatted translation box (editorial/static/editorial/formatted-input.js)."""
    return {
        "toolbar": _("Formatting"),
        "box": _("Translation, with its formatting"),
        "bold": _("Bold"),
        "italic": _("Italic"),
        "link": _("Link: %s"),
    }
