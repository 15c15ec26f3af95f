"""The page edit form of every Caucus page: a save from a form loaded before someone else's save is refused.

Wagtail 8 refuses stale autosaves and shows who else is editing, but a plain "Save draft" or "Submit" from an
out-of-date form is accepted and silently replaces the other person's text. Here it fails validation instead:
the form comes back with the editor's own text in it and says who changed the page and when.
"""

from django.core.exceptions import ValidationError
from django.utils import timezone
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
        """The latest revision when it is not the one this form was loaded from (or autosaved as), else None."""
        if self.instance.pk is None:
            return None
        latest = self.instance.revisions.select_related("user").order_by("-created_at", "-pk").first()
        if latest is None:
            return None
        based_on = self.data.get("overwrite_revision_id") or self.data.get("loaded_revision_id")
        if not based_on:
            return None  # a form that does not say which version it edits (e.g. an API client): nothing to compare
        if based_on != str(latest.pk):
            return latest
        loaded_at = self.data.get("loaded_revision_created_at")
        if not self.data.get("overwrite_revision_id") and loaded_at and loaded_at != latest.created_at.isoformat():
            return latest  # the same revision, overwritten by someone else's autosave since
        return None


class ConcurrentEditPageForm(RefuseStaleSaveMixin, WagtailAdminPageForm):
    pass


class ConcurrentEditFormPageForm(RefuseStaleSaveMixin, WagtailAdminFormPageForm):
    pass


def _person(user):
    if user is None:
        return _("Someone")
    return user.get_full_name() or user.get_username()
