"""Settings → Locked sign-ins: the failed sign-ins django-axes counts, and the way to lift a lockout (delete it)."""

from axes.models import AccessAttempt
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy


class LockoutPermissionPolicy(ModelPermissionPolicy):
    """Failed sign-ins are recorded by axes, never written by hand: administrators may only view and delete them."""

    def user_has_permission(self, user, action):
        return action not in {"add", "change"} and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class LockoutViewSet(ModelViewSet):
    model = AccessAttempt
    icon = "lock"
    menu_label = _("Locked sign-ins")
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    list_filter = []
    search_fields = ["username", "ip_address"]
    form_fields = []


register_permission_policy(AccessAttempt, LockoutPermissionPolicy(AccessAttempt))
lockout_viewset = LockoutViewSet("locked_sign_ins")
