"""Contact and "request support" forms: a queued email notification (core.tasks) and a honeypot against spam bots."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core.forms import ConcurrentEditFormPageForm
from core.tasks import queue_notification

HONEYPOT_FIELD = "website"


class HoneypotForm(BaseForm):
    """People never see the honeypot field (it is hidden by CSS and from assistive technology); bots fill it in."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            required=False,
            label=_("Leave this field empty"),
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.pop(HONEYPOT_FIELD, ""):
            raise forms.ValidationError(_("Your message could not be sent. Please try again."), code="spam")
        return cleaned


class HoneypotFormBuilder(FormBuilder):
    def get_form_class(self):
        return type("WagtailForm", (HoneypotForm,), self.formfields)


class FormField(AbstractFormField):
    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(AbstractEmailForm):
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
        verbose_name = _("form page")

    def process_form_submission(self, form):
        """Store the submission and queue its email: the visitor gets the thank-you page even if mail is down."""
        submission = FormMixin.process_form_submission(self, form)
        if self.to_address:
            queue_notification(self, submission, self.render_email(form))
        return submission
