"""Admin for the shared taxonomy (one snippet viewset per vocabulary, grouped under one menu item) and the outbox of
form notifications, and Settings → Locked sign-ins."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.deferred_admin import register_deferred_endpoints
from core.lockouts import lockout_viewset
from core.models import (
    FooterText,
    FormNotification,
    MaterialType,
    PartnerOrganisation,
    Region,
    StrategicPriority,
    Topic,
)
from core.permissions import ReadOnlyPolicy


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    copy_view_enabled = False


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = (
        TermViewSet(model=StrategicPriority, icon="pick", list_display=["number", "name"]),
        TermViewSet(model=Region, icon="globe"),
        TermViewSet(model=Topic, icon="tag"),
        TermViewSet(model=MaterialType, icon="doc-full"),
        TermViewSet(model=PartnerOrganisation, icon="group", list_display=["name", "url"]),
    )


register_snippet(TaxonomyViewSetGroup)


class FooterTextViewSet(SnippetViewSet):
    """The footer in each language: "Translate" and "Sync" come from wagtail-localize, as for pages."""

    model = FooterText
    icon = "list-ul"
    menu_label = _("Footer")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["__str__", "locale"]


register_snippet(FooterTextViewSet)


register_permission_policy(FormNotification, ReadOnlyPolicy(FormNotification))


class FormNotificationViewSet(ModelViewSet):
    """Reports → Form notifications: what was sent, what waits for the mail server, and why."""

    model = FormNotification
    icon = "mail"
    menu_label = _("Form notifications")
    menu_hook = "register_reports_menu_item"
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["__str__", "recipients", "status", "attempts", "last_error", "next_attempt_at"]
    list_filter = ["status"]
    form_fields = []


@hooks.register("register_admin_viewset")
def register_form_notifications():
    return FormNotificationViewSet("form_notifications")


@hooks.register("register_admin_viewset")
def register_lockout_viewset():
    return lockout_viewset


# After wagtail.images' and wagtail.documents' own hooks (order 0), which register placeholders: core/deferred_admin.py.
hooks.register("construct_admin_api", register_deferred_endpoints, order=100)
