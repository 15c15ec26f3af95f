"""The admin URLs that shadow wagtail-localize's views, included by editorial/wagtail_hooks.py when the admin's URLs
load: their views import wagtail-localize's translation editor and Django REST framework, which Wagtail would
otherwise import with the hooks on the first page any worker serves."""

from django.urls import path

from editorial.views.guards import ReviewedUpdateTranslationsView, reviewed_convert_to_alias
from editorial.views.scoped_translation import ScopedSubmitPageTranslationView
from editorial.views.side_by_side import source_beside_translation

urlpatterns = [
    path("localize/submit/page/<int:page_id>/", ScopedSubmitPageTranslationView.as_view()),
    path("localize/update/<int:translation_source_id>/", ReviewedUpdateTranslationsView.as_view()),
    path("localize/page/<int:page_id>/convert_to_alias/", reviewed_convert_to_alias),
    path("translation-review/<int:page_id>/", source_beside_translation, name="caucus_source_beside_translation"),
]
