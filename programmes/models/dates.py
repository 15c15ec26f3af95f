from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DateRangeMixin:
    """A page with a start date and an optional end date (events, plans): the end cannot come before the start."""

    @property
    def last_day(self):
        return self.end_date or self.start_date

    @property
    def is_upcoming(self):
        return self.last_day >= timezone.localdate()

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})


def ongoing_or_later(day):
    """Pages whose date range has not ended before `day` (no end date: a one-day range on its start date)."""
    return models.Q(end_date__gte=day) | models.Q(end_date__isnull=True, start_date__gte=day)
