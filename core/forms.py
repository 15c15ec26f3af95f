"""The page edit form of every Caucus page: a save from a form loaded before someone else's save is refused.

Wagtail 8 refuses stale autosaves and shows who else is editing, but a plain "Save draft" or "Submit" from an
out-of-date form is accepted and silently replaces the other person's text. Here it fails validation instead:
the form comes back with the editor's own text in it and says who changed the page and when.
"""

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm


class RefuseStaleSaveMixin:
    def clean(self):
        cleaned_data = super().clean()
        latest = self._newer_revision()
        if latest is not None:
            raise ValidationError(
                _(
                    "%(person)s changed this page on %(when)s, after you opened it. Your text is kept below: copy "
                    "what you need, then reload the page to see their version and add your changes to it."
                )
                % {
                    "person": _person(latest.user),
                    "when": date_format(timezone.localtime(latest.created_at), "DATETIME_FORMAT"),
                },
                code="stale",
            )
        return cleaned_data

    def _newer_revision(self):
        """Someone else's latest revision made after the one this form was loaded from (or autosaved as), else None.

        The editor's own revisions since then do not count: Wagtail's autosave saves as she types, and the form's
        record of which version it holds lags behind it until the next editing-session ping.
        """
        if self.instance.pk is None:
            return None
        overwrite = self.data.get("overwrite_revision_id")
        based_on = overwrite or self.data.get("loaded_revision_id")
        if not based_on or not str(based_on).isdigit():
            return None  # a form that does not say which version it edits (e.g. an API client): nothing to compare
        newer = Q(pk__gt=based_on)
        loaded_at = parse_datetime(self.data.get("loaded_revision_created_at") or "")
        if loaded_at and not overwrite:
            newer |= Q(pk=based_on, created_at__gt=loaded_at)  # the same revision, overwritten by an autosave since
        revisions = self.instance.revisions.filter(newer)
        user = getattr(self, "for_user", None)
        if user is not None and user.pk is not None:
            revisions = revisions.exclude(user=user)
        return revisions.select_related("user").order_by("-created_at", "-pk").first()


class ConcurrentEditPageForm(RefuseStaleSaveMixin, WagtailAdminPageForm):
    pass


class ConcurrentEditFormPageForm(RefuseStaleSaveMixin, WagtailAdminFormPageForm):
    pass


def _person(user):
    if user is None:
        return _("Someone")
    return user.get_full_name() or user.get_username()
