"""wagtail-localize's views that could publish, limited to people who may publish in every language they touch.

"Sync" with "Publish immediately" publishes every translation of the page as the person syncing, and "Convert to
alias page" makes the translation a live copy of the source; for anyone else both go through review instead.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page
from wagtail_localize.views.convert import convert_to_alias
from wagtail_localize.views.update_translations import UpdateTranslationsForm, UpdateTranslationsView


def can_publish_all(user, pages):
    return all(page.permissions_for_user(user).can_publish() for page in pages)


class ReviewedUpdateTranslationsForm(UpdateTranslationsForm):
    """The Sync form without "Publish immediately", for people who may not publish every translation."""

    def __init__(self, *args, may_publish, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_publish:
            del self.fields["publish_translations"]

    def clean(self):
        cleaned_data = super().clean()
        cleaned_data.setdefault("publish_translations", False)
        return cleaned_data


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    def target_pages(self):
        translations = self.object.translations.filter(enabled=True).select_related("target_locale")
        targets = [translation.get_target_instance() for translation in translations]
        return [target for target in targets if isinstance(target, Page)]

    def get_form(self):
        may_publish = can_publish_all(self.request.user, self.target_pages())
        data = self.request.POST if self.request.method == "POST" else None
        return ReviewedUpdateTranslationsForm(data, may_publish=may_publish)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if "publish_translations" not in context["form"].fields:
            context["review_note"] = REVIEW_NOTE
        return context


REVIEW_NOTE = gettext_lazy(
    "Syncing updates the texts to translate. Each translation then goes to the Caucus coordinators for review: "
    "open it, translate the new segments and press “Submit to Caucus review”."
)


def reviewed_convert_to_alias(request, page_id):
    """Convert to alias only for those who may publish the page: an alias is live as soon as it exists."""
    page = get_object_or_404(Page, id=page_id, alias_of_id__isnull=True)
    if not page.permissions_for_user(request.user).can_publish():
        messages.error(
            request,
            _(
                "Only someone who may publish in %(language)s can turn this page into a copy of the original: "
                "the copy would be live at once. Ask a Caucus coordinator."
            )
            % {"language": page.locale.get_display_name()},
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return convert_to_alias(request, page_id)
