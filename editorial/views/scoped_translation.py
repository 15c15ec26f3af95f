"""wagtail-localize's "Translate this page", limited to the languages the editor may write in.

wagtail-localize's submit permission is site-wide and it creates the translated page without checking page
permissions in the target tree, so a French translator could otherwise create Spanish pages. Here a language
is offered only where the editor may add the page under its parent's translation.
"""

from wagtail.models import Page
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitTranslationForm


def writable_locale_ids(user, page):
    """Ids of the locales in which ``user`` may create ``page``'s translation; None means all of them."""
    if user.is_superuser:
        return None  # every locale
    parent = page.get_parent()
    if parent is None or parent.is_root():
        return set()  # a new home page per language is the coordinators' job
    parent_translations = Page.objects.filter(translation_key=parent.translation_key, alias_of__isnull=True)
    return {
        translation.locale_id
        for translation in parent_translations.specific()
        if translation.permissions_for_user(user).can_add_subpage()
    }


class ScopedSubmitTranslationForm(SubmitTranslationForm):
    def __init__(self, instance, *args, user, **kwargs):
        super().__init__(instance, *args, **kwargs)
        allowed = writable_locale_ids(user, instance)
        if allowed is not None:
            self.fields["locales"].queryset = self.fields["locales"].queryset.filter(id__in=allowed)


class ScopedSubmitPageTranslationView(SubmitPageTranslationView):
    def get_form(self):
        if self.request.method == "POST":
            return ScopedSubmitTranslationForm(self.object, self.request.POST, user=self.request.user)
        form = super().get_form()
        return ScopedSubmitTranslationForm(self.object, initial=form.initial, user=self.request.user)
