"""Search's own data: editors' synonym groups, the search insights counts, and the queue of index changes the engine
missed while it was unreachable (see search/catchup.py)."""

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

SYNONYMS_CACHE_KEY = "search:synonym-groups"


def _language_choices():
    return list(settings.WAGTAIL_CONTENT_LANGUAGES)


class SynonymGroup(models.Model):
    """Words a search for one of them also looks for ("lobbying, advocacy, campaigning"; "Malawi, Malaui").

    Applied to the query when it is searched, on the engine and on the database alike, so a change takes effect at
    once, without rebuilding the index.
    """

    language = models.CharField(
        _("language"),
        max_length=12,
        blank=True,
        choices=_language_choices,
        help_text=_("The language of the searches it applies to; leave empty for every language."),
    )
    words = models.TextField(
        _("words"),
        help_text=_("Two or more words or phrases that mean the same, separated by commas."),
    )

    panels = [FieldPanel("language"), FieldPanel("words")]

    class Meta:
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")
        ordering = ["language", "words"]

    def __str__(self):
        return ", ".join(self.terms())

    def terms(self):
        return [" ".join(term.split()) for term in self.words.split(",") if term.strip()]

    def clean(self):
        if len(set(self.terms())) < 2:
            raise ValidationError({"words": _("Enter at least two different words or phrases, separated by commas.")})

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(SYNONYMS_CACHE_KEY)

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        cache.delete(SYNONYMS_CACHE_KEY)
        return result


class SearchTerm(models.Model):
    """How often a query was searched in one language in one week, and how often it found nothing.

    Only what visitors typed, normalised (its words, lowercased); no visitor, address or time of day is kept.
    """

    week = models.DateField(_("week"), help_text=_("The Monday the week starts on."))
    language = models.CharField(_("language"), max_length=12)
    query = models.CharField(_("query"), max_length=200)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_results = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        constraints = [models.UniqueConstraint(fields=["week", "language", "query"], name="search_term_once_a_week")]
        indexes = [models.Index(fields=["week", "language", "-searches"])]

    def __str__(self):
        return self.query


class PendingIndexChange(models.Model):
    """The latest change to one object that the engine has not received yet; replayed when it answers again."""

    class Action(models.TextChoices):
        INDEX = "index", "index"
        DELETE = "delete", "delete"

    model_label = models.CharField(max_length=200)  # "app_label.model_name"
    object_id = models.CharField(max_length=64)
    action = models.CharField(max_length=6, choices=Action.choices)
    language = models.CharField(max_length=20, blank=True)  # for a deletion, the index the document is in
    queued_at = models.DateTimeField(auto_now=True)
    last_error = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["model_label", "object_id"], name="search_pending_change_unique_object")
        ]
        ordering = ["queued_at", "pk"]

    def __str__(self):
        return f"{self.action} {self.model_label} {self.object_id}"
