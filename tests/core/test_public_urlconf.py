"""A visitor's request resolves against the URLs without the admin (core/urlconf.py), for that request only."""

from django.http import HttpResponse
from django.urls import get_urlconf, reverse

from core.urlconf import PublicURLConfMiddleware


def test_the_visitors_urls_end_with_their_request(rf, settings):
    seen = []

    def view(request):
        seen.append(get_urlconf())
        return HttpResponse()

    PublicURLConfMiddleware(view)(rf.get("/en/"))

    assert seen == [settings.PUBLIC_URLCONF]
    # What runs next in this thread (a test, a streaming response's consumer) reverses against every URL again.
    assert reverse("wagtailadmin_home") == "/admin/"
