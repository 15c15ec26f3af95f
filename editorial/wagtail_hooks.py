"""Editorial admin: the translation status report, "Translate this page" scoped to the editor's languages, review
instead of publishing for those who may not publish, and the editors' dashboard panels."""

from django.urls import include, path
from wagtail import hooks

from editorial.dashboard import ReviewsPerLanguagePanel, TranslationWorkPanel
from editorial.views import translation_status_viewset
from editorial.views.review import submit_from_translation_editor


@hooks.register("register_admin_viewset")
def register_translation_status_report():
    """Reports → Translation status (see editorial/views/translation_status.py)."""
    return translation_status_viewset


@hooks.register("register_admin_urls")
def shadow_wagtail_localize_views():
    """Shadows wagtail-localize's views at the same URLs (this app's hooks run first), and adds the reviewers'
    "Source beside translation". Imported only now, as the admin's URLs load (editorial/admin_urls.py)."""
    return [path("", include("editorial.admin_urls"))]


# Runs before wagtail-localize's own hook, which would show its editor or publish.
hooks.register("before_edit_page", submit_from_translation_editor)


@hooks.register("construct_homepage_panels")
def add_translation_panels(request, panels):
    """Editors see their translation work first; coordinators also the reviews waiting per language."""
    panels.append(TranslationWorkPanel())
    panels.append(ReviewsPerLanguagePanel())
