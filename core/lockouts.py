"""Settings → Locked sign-ins: the failed sign-ins django-axes counts, and the way to lift a lockout (delete it)."""

from axes.models import AccessAttempt
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from core.permissions import ReadOnlyPolicy


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


register_permission_policy(AccessAttempt, ReadOnlyPolicy(AccessAttempt))
lockout_viewset = LockoutViewSet("locked_sign_ins")
