"""Editorial admin: the translation status report, and "Translate this page" scoped to the editor's languages."""

from django.urls import path
from wagtail import hooks

from editorial.views import translation_status_viewset
from editorial.views.scoped_translation import ScopedSubmitPageTranslationView


@hooks.register("register_admin_viewset")
def register_translation_status_report():
    """Reports → Translation status (see editorial/views/translation_status.py)."""
    return translation_status_viewset


@hooks.register("register_admin_urls")
def scope_translate_this_page():
    """Shadows wagtail-localize's submit view at the same URL (this app's hooks run first)."""
    return [path("localize/submit/page/<int:page_id>/", ScopedSubmitPageTranslationView.as_view())]
