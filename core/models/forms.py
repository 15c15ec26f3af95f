"""Contact and "request support" forms: a queued email notification (core.tasks), a honeypot against spam bots, and
limits on what a sender can put in (field lengths; no line breaks in one-line answers, which would forge lines in the
notification). Posts are rate-limited per IP by core.ratelimit."""

import re

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core.forms import ConcurrentEditFormPageForm
from core.origin import CanonicalOriginMixin
from core.tasks import queue_notification
from core.visibility import ViewRestrictionsInOneQuery

HONEYPOT_FIELD = "website"
# Characters per answer (one-line answers: Wagtail's own 255). Every free-text field type has a cap.
SINGLE_LINE_MAX_LENGTH = 255
MULTI_LINE_MAX_LENGTH = 5000
EMAIL_MAX_LENGTH = 254
URL_MAX_LENGTH = 2000
NUMBER_MAX_DIGITS = 20
LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


def single_line(value):
    """`value` with every kind of line break replaced by a space."""
    return LINE_BREAKS.sub(" ", value).strip()


class HoneypotForm(BaseForm):
    """People never see the honeypot field (it is hidden by CSS and from assistive technology); bots fill it in."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            required=False,
            label=_("Leave this field empty"),
            max_length=SINGLE_LINE_MAX_LENGTH,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.pop(HONEYPOT_FIELD, ""):
            raise forms.ValidationError(_("Your message could not be sent. Please try again."), code="spam")
        for name, field in self.fields.items():
            value = cleaned.get(name)
            if isinstance(value, str) and not isinstance(field.widget, forms.Textarea):
                cleaned[name] = single_line(value)
        return cleaned


class HoneypotFormBuilder(FormBuilder):
    """Wagtail's form builder with a length limit on every text field and the honeypot form as the base."""

    # Wagtail's field type: (the option that bounds it, the bound).
    LIMITS = {
        "multiline": ("max_length", MULTI_LINE_MAX_LENGTH),
        "email": ("max_length", EMAIL_MAX_LENGTH),
        "url": ("max_length", URL_MAX_LENGTH),
        "number": ("max_digits", NUMBER_MAX_DIGITS),
        "hidden": ("max_length", SINGLE_LINE_MAX_LENGTH),
    }

    def get_create_field_function(self, type):
        create = super().get_create_field_function(type)
        if type not in self.LIMITS:
            return create
        option, limit = self.LIMITS[type]
        return lambda field, options: create(field, {**options, option: limit})

    def get_form_class(self):
        return type("WagtailForm", (HoneypotForm,), self.formfields)


class FormField(AbstractFormField):
    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(ViewRestrictionsInOneQuery, CanonicalOriginMixin, AbstractEmailForm):
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=["bold", "italic", "link"])

    form_builder = HoneypotFormBuilder
    base_form_class = ConcurrentEditFormPageForm

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email notification"),
        ),
    ]
    search_fields = [*AbstractEmailForm.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage", "core.StandardPage", "programmes.ProgrammeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = pgettext_lazy("page type", "form page")
        verbose_name_plural = pgettext_lazy("page type", "form pages")

    def process_form_submission(self, form):
        """Store the submission and queue its email: the visitor gets the thank-you page even if mail is down."""
        submission = FormMixin.process_form_submission(self, form)
        if self.to_address:
            queue_notification(self, submission, self.render_email(form))
        return submission
