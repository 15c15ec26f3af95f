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
    """Registered under /admin/reports/<name with hyphens>/; a subclass names its `report_view` (a Wagtail
    ReportView) and says who sees the menu item (`user_can_see`; the view checks its own permission)."""

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
        raise NotImplementedError

    def get_urlpatterns(self):
        return [
            path("", self.report_view.as_view(), name="index"),
            path("results/", self.report_view.as_view(results_only=True), name="results"),
        ]
