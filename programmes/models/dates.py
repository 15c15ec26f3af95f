from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class DateRangeMixin:
    """A page with a start date and an optional end date (events, plans): the end cannot come before the start."""

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})
