"""A report of our own in Wagtail's Reports menu: its page, the results-only view its filters refresh, and a menu
item shown only to those who may read it."""

from django.urls import path
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet


class ReportMenuItem(MenuItem):
    viewset = None

    def is_shown(self, request):
        return self.viewset.user_can_see(request)


class ReportViewSet(ViewSet):
    """Registered under /admin/reports/<name with hyphens>/, as Wagtail's own viewsets are made:
    ``ReportViewSet("search_insights", report_view=SearchInsightsView, icon="search", menu_label=…, menu_order=…)``.

    The view (a Wagtail ReportView) takes its heading, icon and URL names from here, and its own permission check
    (``permission_policy`` with ``permission_required`` or ``any_permission_required``) also decides who sees the
    menu item, so the two cannot disagree."""

    menu_hook = "register_reports_menu_item"
    report_view = None

    @property
    def menu_name(self):
        return self.name.replace("_", "-")

    @property
    def url_prefix(self):
        return f"reports/{self.menu_name}"

    @property
    def menu_item_class(self):
        return type(f"{type(self).__name__}MenuItem", (ReportMenuItem,), {"viewset": self})

    def user_can_see(self, request):
        view = self.report_view()
        view.request = request
        required, any_required = view.permission_required, view.any_permission_required
        return (required is None or view.user_has_permission(required)) and (
            any_required is None or view.user_has_any_permission(any_required)
        )

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            page_title=self.menu_label,
            header_icon=self.icon,
            index_url_name=self.get_url_name("index"),
            index_results_url_name=self.get_url_name("results"),
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            path("", self.construct_view(self.report_view), name="index"),
            path("results/", self.construct_view(self.report_view, results_only=True), name="results"),
        ]
