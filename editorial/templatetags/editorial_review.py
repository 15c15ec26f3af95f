"""The "Submit to Caucus review" bar of wagtail-localize's translation editor."""

from django import template
from wagtail.models import Page, WorkflowState

from editorial.review import segment_progress

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
        "comment": _last_comment(state),
        "can_publish": instance.permissions_for_user(request.user).can_publish(),
        "has_workflow": instance.get_workflow() is not None,
    }


def _last_comment(state):
    """The reviewer's comment when changes were requested."""
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return ""
    task_state = state.task_states.order_by("-finished_at").first()
    return task_state.comment if task_state else ""
