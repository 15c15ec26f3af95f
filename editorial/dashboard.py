"""The dashboard panels of editors and coordinators: the translation work in their languages, and reviews waiting.

A regional editor or translator opens the admin on the pages they may translate (missing, in progress, changes
requested, out of date) with a link straight to the next step; a coordinator also sees the reviews waiting per
language (Wagtail's own "Awaiting your review" panel below lists them with Approve / Request changes).
"""

from collections import Counter
from dataclasses import dataclass, replace

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, TaskState

from editorial.permissions import PagePermissionPaths
from editorial.review import requested_changes
from editorial.translation_status import (
    Status,
    page_translation_statuses,
    parent_translation_paths,
    source_pages,
    target_languages,
)

LISTED_PAGES = 12  # the first pages to act on; the report has the rest
WORK_ORDER = (Status.CHANGES_REQUESTED, Status.IN_PROGRESS, Status.MISSING, Status.OUT_OF_DATE, Status.AWAITING_REVIEW)


@dataclass(frozen=True)
class WorkItem:
    page: Page
    language_name: str
    status: Status
    url: str | None
    progress: str = ""
    translated_page_id: int | None = None
    comment: str = ""


def translation_work(user):
    """{language (code, name): Counter of statuses} and the work items, for the pages `user` may act on."""
    permissions = PagePermissionPaths(user)
    languages = _languages_of(permissions)
    if not languages:
        return {}, []
    pages = list(source_pages().filter(depth__gt=2))
    codes = [code for code, _name in languages]
    locale_ids = Locale.objects.filter(language_code__in=codes).values_list("id", flat=True)
    parents = parent_translation_paths(pages, set(locale_ids))
    counts = {language: Counter() for language in languages}
    items = []
    for row in page_translation_statuses(pages, languages):
        for cell in row.cells:
            url = None if cell.status == Status.UP_TO_DATE else _next_step(row.page, cell, permissions, parents)
            if url is None:
                continue  # nothing to do, or not theirs to do
            counts[(cell.language_code, cell.language_name)][cell.status] += 1
            items.append(
                WorkItem(row.page, cell.language_name, cell.status, url, _progress(cell), cell.translated_page_id)
            )
    items.sort(key=lambda item: WORK_ORDER.index(item.status))
    return counts, items


def _with_comments(items):
    """The listed items, with the reviewer's comment on those sent back with changes requested (one query)."""
    sent_back = [item.translated_page_id for item in items if item.status == Status.CHANGES_REQUESTED]
    comments = requested_changes(sent_back) if sent_back else {}
    return [replace(item, comment=comments.get(item.translated_page_id, "")) for item in items]


def _languages_of(permissions):
    locale_ids = permissions.locale_ids()
    if locale_ids is None or any(len(path) == Page.steplen for paths in permissions.paths.values() for path in paths):
        return target_languages()  # permissions on the tree root: every language
    codes = set(Locale.objects.filter(id__in=locale_ids).values_list("language_code", flat=True))
    return [language for language in target_languages() if language[0] in codes]


def _next_step(page, cell, permissions, parents):
    if cell.status == Status.MISSING:
        parent_path = parents.get((page.pk, cell.locale_id))
        if not permissions.can_add_below(parent_path):
            return None
        query = urlencode({"select_locale": cell.language_code})
        return f"{reverse('wagtail_localize:submit_page_translation', args=[page.pk])}?{query}"
    if permissions.can_edit(cell.translated_page_path, cell.translated_page_owner_id):
        return reverse("wagtailadmin_pages:edit", args=[cell.translated_page_id])
    return None


def _progress(cell):
    if cell.total_segments is None:
        return ""
    return f"{cell.translated_segments}/{cell.total_segments}"


class DashboardPanel(Component):
    """A panel of the editors' dashboard: its template is named after it (and extends dashboard/panel.html), its
    context depends on who is looking; `context_for` gives `items` for the table, and nothing when the panel has
    nothing to show that user."""

    name = ""
    heading = ""

    @property
    def template_name(self):
        return f"editorial/admin/dashboard/{self.name}.html"

    def get_context_data(self, parent_context):
        context = self.context_for(parent_context["request"])
        return {"panel_id": self.name.replace("_", "-"), "heading": self.heading, "shown": bool(context), **context}

    def context_for(self, request):
        raise NotImplementedError


class TranslationWorkPanel(DashboardPanel):
    """ "Translation work in your languages"."""

    name = "translation_work"
    heading = _("Translation work in your languages")
    order = 90

    def context_for(self, request):
        counts, items = translation_work(request.user)
        report = reverse("translation_status:index")
        summary = [
            {
                "code": code,
                "name": name,
                "statuses": [
                    {
                        "label": status.label,
                        "count": counter[status],
                        "url": f"{report}?{urlencode({'locale': code, 'status': status.value})}",
                    }
                    for status in WORK_ORDER
                    if counter[status]
                ],
            }
            for (code, name), counter in counts.items()
        ]
        if not summary:
            return {}
        return {
            "summary": summary,
            "items": _with_comments(items[:LISTED_PAGES]),
            "more": len(items) > LISTED_PAGES,
            "report": report,
        }


class ReviewsPerLanguagePanel(DashboardPanel):
    """For coordinators: how many translations wait for their review, per language."""

    name = "reviews_per_language"
    heading = _("Translations waiting for your review")
    order = 95

    def context_for(self, request):
        names = dict(target_languages())
        page_ids = [
            int(object_id)
            for object_id in TaskState.objects.reviewable_by(request.user).values_list(
                "workflow_state__object_id", flat=True
            )
        ]
        pages = list(
            Page.objects.filter(pk__in=page_ids)
            .select_related("locale", "latest_revision")
            .order_by("locale__language_code", "title")
        )
        per_locale = Counter(page.locale.language_code for page in pages)
        if not per_locale:
            return {}
        report = reverse("translation_status:index")
        return {
            "languages": [
                {
                    "name": names.get(code, code),
                    "count": count,
                    "url": f"{report}?{urlencode({'locale': code, 'status': Status.AWAITING_REVIEW.value})}",
                }
                for code, count in sorted(per_locale.items())
            ],
            "items": [
                {
                    "page": page,
                    "title": page.latest_revision.object_str if page.latest_revision else page.title,
                    "language": names.get(page.locale.language_code, page.locale.language_code),
                    "side_by_side": reverse("caucus_source_beside_translation", args=[page.pk]),
                }
                for page in pages
                if page.locale.language_code in names
            ],
        }
