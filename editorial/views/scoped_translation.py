"""wagtail-localize's "Translate this page", limited to the languages the editor may write in.

wagtail-localize's submit permission is site-wide and it creates the translated page without checking page
permissions in the target tree, so a French translator could otherwise create Spanish pages. Here a language
is offered only where the editor may add the page under its parent's translation. Someone who may translate
into no language gets a page that says why and whom to ask, not a bare "permission denied".
"""

from django.contrib.auth import get_user_model
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission, Page
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitTranslationForm

from editorial.editors import COORDINATORS_GROUP

SUBMIT_TRANSLATION_PERMISSION = "wagtail_localize.submit_translation"


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


def groups_that_may_translate(page):
    """Names of the groups whose members may add this page's translation somewhere, for the refusal page."""
    parent = page.get_parent()
    if parent is None or parent.is_root():
        return []
    translations = Page.objects.filter(translation_key=parent.translation_key).exclude(locale_id=page.locale_id)
    ancestor_paths = {
        translation.path[:length]
        for translation in translations
        for length in range(Page.steplen, len(translation.path) + 1, Page.steplen)
    }
    return sorted(
        set(
            GroupPagePermission.objects.filter(page__path__in=ancestor_paths, permission__codename="add_page")
            .exclude(group__name=COORDINATORS_GROUP)
            .values_list("group__name", flat=True)
        )
    )


def coordinators():
    return get_user_model().objects.filter(groups__name=COORDINATORS_GROUP, is_active=True).order_by("last_name")


class ScopedSubmitTranslationForm(SubmitTranslationForm):
    def __init__(self, instance, *args, user, **kwargs):
        super().__init__(instance, *args, **kwargs)
        allowed = writable_locale_ids(user, instance)
        if allowed is not None:
            self.fields["locales"].queryset = self.fields["locales"].queryset.filter(id__in=allowed)


class ScopedSubmitPageTranslationView(SubmitPageTranslationView):
    refusal_template_name = "editorial/admin/translation_refused.html"

    def dispatch(self, request, *args, **kwargs):
        page = self.get_object()
        if not request.user.has_perm(SUBMIT_TRANSLATION_PERMISSION) or writable_locale_ids(request.user, page) == set():
            return self.refuse(page)
        return super().dispatch(request, *args, **kwargs)

    def refuse(self, page):
        context = {
            "page": page,
            "groups": groups_that_may_translate(page),
            "coordinators": coordinators(),
            "coordinators_group": COORDINATORS_GROUP,
            "title": _("You cannot translate this page yet"),
        }
        return TemplateResponse(self.request, self.refusal_template_name, context, status=403)

    def get_form(self):
        if self.request.method == "POST":
            return ScopedSubmitTranslationForm(self.object, self.request.POST, user=self.request.user)
        form = super().get_form()
        return ScopedSubmitTranslationForm(self.object, initial=form.initial, user=self.request.user)
