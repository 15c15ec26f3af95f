"""Search routes, mounted at /<language>/search/ so that "this language" is the language of the URL."""

from django.urls import path

from search import api, views

urlpatterns = [
    path("", views.search, name="search"),
    path("autocomplete/", api.autocomplete, name="search_autocomplete"),
    path("api/", api.search, name="search_api"),
]
