"""The search parameters shared by the search page, the JSON API and autocomplete, validated strictly."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.models import MaterialType, Region, StrategicPriority, Topic
from search.facets import FACET_NAMES
from search.pagetypes import page_types
from search.query import MAX_QUERY_LENGTH

MAX_VALUES_PER_FILTER = 20

SCOPE_CURRENT = "current"
SCOPE_ALL = "all"
SORT_RELEVANCE = "relevance"
SORT_DATE = "date"

# The query-string names of the filters: the facets, in the order the page shows them.
FILTER_NAMES = FACET_NAMES


class _LimitedMixin:
    """A multi-value filter that refuses absurdly long lists of values (each one costs a lookup)."""

    def clean(self, value):
        if value and len(value) > MAX_VALUES_PER_FILTER:
            raise ValidationError(
                _("Choose at most %(limit)d values for this filter."),
                code="too_many",
                params={"limit": MAX_VALUES_PER_FILTER},
            )
        return super().clean(value)


class TermField(_LimitedMixin, forms.ModelMultipleChoiceField):
    """Taxonomy terms by slug (?priority=access&priority=skills); unknown slugs are an error, not ignored."""

    def __init__(self, model, **kwargs):
        super().__init__(queryset=model.objects.all(), to_field_name="slug", required=False, **kwargs)
        self.error_messages["invalid_choice"] = _("“%(value)s” is not a known value for this filter.")


class ValuesField(_LimitedMixin, forms.MultipleChoiceField):
    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)
        self.error_messages["invalid_choice"] = _("“%(value)s” is not a known value for this filter.")


def _type_choices():
    return [(key, page_type.label) for key, page_type in page_types().items()]


def _language_choices():
    return list(settings.WAGTAIL_CONTENT_LANGUAGES)


class SearchParams(forms.Form):
    """What a visitor or a partner site asks for. Invalid values are reported; valid ones still apply."""

    q = forms.CharField(label=_("Search for"), max_length=MAX_QUERY_LENGTH, required=False)
    lang = forms.ChoiceField(
        label=_("Languages"),
        choices=[(SCOPE_CURRENT, _("This language")), (SCOPE_ALL, _("All languages"))],
        required=False,
    )
    type = ValuesField(label=_("Content type"), choices=_type_choices)
    priority = TermField(StrategicPriority, label=_("Strategic priority"))
    region = TermField(Region, label=_("Region"))
    material_type = TermField(MaterialType, label=_("Material type"))
    topic = TermField(Topic, label=_("Topic"))
    language = ValuesField(label=_("Language"), choices=_language_choices)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        choices=[(SORT_RELEVANCE, _("Relevance")), (SORT_DATE, _("Date"))],
        required=False,
    )
    page = forms.IntegerField(label=_("Page"), min_value=1, required=False)
    # Search for the words as typed, without correcting their spelling ("search instead for …").
    exact = forms.BooleanField(required=False)

    DEFAULTS = {"q": "", "lang": SCOPE_CURRENT, "sort": SORT_RELEVANCE, "page": 1}

    def __init__(self, data=None, **kwargs):
        super().__init__(data if data is not None else {}, **kwargs)
        self.fields["q"].error_messages["max_length"] = _(
            "Search for at most %(limit_value)d characters (you entered %(show_value)d)."
        )
        self.fields["page"].error_messages["invalid"] = _("The page must be a whole number.")
        self.fields["page"].error_messages["min_value"] = _("The page must be 1 or more.")

    def value(self, name):
        """The cleaned value, or the default when the parameter was missing or invalid."""
        self.is_valid()
        value = self.cleaned_data.get(name)
        if value in (None, "") or (name in FILTER_NAMES and not value):
            return self.DEFAULTS.get(name, ())
        return value

    @property
    def query(self):
        return " ".join(self.value("q").split())

    @property
    def all_languages(self):
        return self.value("lang") == SCOPE_ALL

    @property
    def has_filters(self):
        return any(self.value(name) for name in FILTER_NAMES)

    def error_list(self):
        """[(field name, label, message)] for an error summary or a JSON body."""
        return [
            (name, self.fields[name].label if name in self.fields else "", str(message))
            for name, messages in self.errors.items()
            for message in messages
        ]


class AutocompleteParams(forms.Form):
    q = forms.CharField(max_length=MAX_QUERY_LENGTH, required=False)
    lang = forms.ChoiceField(choices=[(SCOPE_CURRENT, SCOPE_CURRENT), (SCOPE_ALL, SCOPE_ALL)], required=False)
