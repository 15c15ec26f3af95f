"""The "Translation status" report: each English page against each other language, with the next action to take."""

import datetime
from dataclasses import dataclass

import django_filters
from django import forms
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_languages
from wagtail.models import Page

from core.admin_reports import ReportViewSet
from core.visibility import visible_to_editor
from editorial.permissions import PagePermissionPaths
from editorial.translation_status import (
    Reason,
    Status,
    default_language_code,
    page_translation_statuses,
    parent_translation_paths,
    section_pages,
    source_pages,
    target_languages,
)

# Who sees the report: anyone who may add, change or publish some page, as for Wagtail's own page reports.
REPORT_PERMISSIONS = ["add", "change", "publish"]
SUBMIT_TRANSLATION_PERMISSION = "wagtail_localize.submit_translation"


class TranslationStatusFilterSet(WagtailFilterSet):
    """Section filters pages in SQL; language picks the columns and status the rows, after statuses are known."""

    # Named "locale" like the language filter of Wagtail's other reports (and so WagtailFilterSet adds no other).
    locale = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=target_languages,
        empty_label=_("All"),
        widget=forms.RadioSelect,
        method="select_after_statuses",
    )
    section = django_filters.ModelChoiceFilter(
        label=_("Section"),
        queryset=lambda request: visible_to_editor(section_pages(), request.user, REPORT_PERMISSIONS),
        empty_label=_("All"),
        method="filter_section",
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=Status.choices,
        empty_label=_("Any"),
        widget=forms.RadioSelect,
        method="select_after_statuses",
    )

    class Meta:
        model = Page
        fields = []

    def filter_section(self, queryset, name, section):
        return queryset.filter(path__startswith=section.path)

    def select_after_statuses(self, queryset, name, value):
        return queryset


@dataclass(frozen=True)
class Action:
    label: str
    url: str
    description: str


@dataclass(frozen=True)
class ReportCell:
    cell: object
    action: Action | None


class TranslationStatusReportView(ReportView):
    model = Page
    any_permission_required = REPORT_PERMISSIONS
    template_name = "editorial/admin/translation_status.html"
    results_template_name = "editorial/admin/translation_status_results.html"
    filterset_class = TranslationStatusFilterSet

    def selected(self, name):
        """The cleaned value of one filter, or None when it is unset or the filter form is invalid."""
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get(name) or None
        return None

    @cached_property
    def languages(self):
        code = self.selected("locale")
        return [language for language in target_languages() if not code or language[0] == code]

    def get_queryset(self):
        self.queryset = visible_to_editor(source_pages(), self.request.user, REPORT_PERMISSIONS)
        return super().get_queryset()

    def get_filtered_queryset(self):
        pages = super().get_filtered_queryset()
        status = self.selected("status")
        if not status:
            # Paginated in SQL: only the shown rows' statuses are worked out (decorate_paginated_queryset).
            return pages
        return [row for row in page_translation_statuses(pages, self.languages) if row.has_status(status)]

    def decorate_paginated_queryset(self, rows):
        if not self.selected("status"):
            rows = page_translation_statuses(list(rows), self.languages)
        self.can_submit = self.request.user.has_perm(SUBMIT_TRANSLATION_PERMISSION)
        self.can_add_locale = self.request.user.has_perm("wagtailcore.add_locale")
        self.permissions = PagePermissionPaths(self.request.user)
        locale_ids = {cell.locale_id for row in rows for cell in row.cells if cell.locale_id}
        self.parent_paths = parent_translation_paths([row.page for row in rows], locale_ids)
        for row in rows:
            row.entries = [ReportCell(cell, self._action(row.page, cell)) for cell in row.cells]
        return rows

    @cached_property
    def next_url(self):
        """Where wagtail-localize's views send the editor back to: this report, with its filters."""
        query = self.request.GET.copy()
        for name in ("export", "_w_filter_fragment"):
            query.pop(name, None)
        return f"{self.index_url}?{query.urlencode()}" if query else self.index_url

    def _action(self, page, cell):
        """The next step for this viewer, or None when it is not theirs to take."""
        title = page.get_admin_display_title()
        names = {"title": title, "language": cell.language_name}
        if cell.status == Status.MISSING:
            if cell.locale_id is None:
                if not self.can_add_locale:
                    return None
                return Action(
                    _("Add language"),
                    reverse("wagtaillocales:add"),
                    _("Add %(language)s to the site's languages") % names,
                )
            parent_path = self.parent_paths.get((page.pk, cell.locale_id))
            if not self.can_submit or not self.permissions.can_add_below(parent_path):
                return None
            # No "next": wagtail-localize then opens the translation editor on the new draft.
            query = urlencode({"select_locale": cell.language_code})
            return Action(
                _("Translate"),
                f"{reverse('wagtail_localize:submit_page_translation', args=[page.pk])}?{query}",
                _("Translate “%(title)s” into %(language)s") % names,
            )
        path, owner = cell.translated_page_path, cell.translated_page_owner_id
        edit_url = reverse("wagtailadmin_pages:edit", args=[cell.translated_page_id])
        if cell.status == Status.AWAITING_REVIEW:
            if not self.permissions.can_publish(path):
                return None
            return Action(_("Review"), edit_url, _("Review the %(language)s translation of “%(title)s”") % names)
        if not self.permissions.can_edit(path, owner):
            return None
        if cell.reason == Reason.NOT_SYNCED and self.can_submit:
            query = urlencode({"next": self.next_url})
            return Action(
                _("Sync"),
                f"{reverse('wagtail_localize:update_translations', args=[cell.translation_source_id])}?{query}",
                _("Sync the translations of “%(title)s”") % names,
            )
        if cell.status in (Status.IN_PROGRESS, Status.CHANGES_REQUESTED):
            return Action(_("Translate"), edit_url, _("Go on translating “%(title)s” into %(language)s") % names)
        label = _("Edit") if cell.status == Status.UP_TO_DATE else _("Edit translation")
        return Action(label, edit_url, _("Edit the %(language)s translation of “%(title)s”") % names)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["languages"] = self.languages
        context["source_language"] = get_content_languages().get(default_language_code(), "")
        return context

    # Spreadsheet export (CSV / XLSX buttons in the header): one column per shown language.

    @property
    def list_export(self):
        return ["title", "section", *(code for code, _name in self.languages)]

    def get_heading(self, queryset, field):
        headings = {"title": _("Page"), "section": _("Section"), **dict(self.languages)}
        return str(headings[field])

    def to_row_dict(self, row):
        values = {"title": row.page.get_admin_display_title(), "section": row.section.title if row.section else ""}
        values.update((cell.language_code, cell.status.label) for cell in row.cells)
        return values

    def get_filename(self):
        return f"translation-status-{datetime.date.today():%Y-%m-%d}"


# Reports → Translation status, under /admin/reports/translation-status/.
translation_status_viewset = ReportViewSet(
    "translation_status",
    report_view=TranslationStatusReportView,
    icon="globe",
    menu_label=_("Translation status"),
    menu_order=1300,
)
