"""Visitors' requests resolve against the URLs without the admin, so a worker that serves only visitors never loads it.

settings.PUBLIC_URLCONF names that URLconf (everything in ROOT_URLCONF but the admin under ADMIN_PATH_PREFIX). A
request is a visitor's when it has no session cookie, since only a signed-in user can use the admin or see links
into it (Wagtail's user bar), and its path is outside the admin. Every other request, and everything outside a
request (management commands, the task worker, tests' reverse()), keeps ROOT_URLCONF: the admin's modules load on
the first request that may need them.
"""

from django.conf import settings
from django.urls import set_urlconf


class PublicURLConfMiddleware:
    """First in MIDDLEWARE: before any middleware resolves or reverses a URL (LocaleMiddleware, CommonMiddleware)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.urlconf = getattr(settings, "PUBLIC_URLCONF", None)
        self.admin_prefix = settings.ADMIN_PATH_PREFIX

    def __call__(self, request):
        if not (self.urlconf and self.is_visitors(request)):
            return self.get_response(request)
        # request.urlconf is what Django resolves the view with; set_urlconf is what reverse() uses from here on,
        # in the middleware that runs before the view is resolved too.
        request.urlconf = self.urlconf
        set_urlconf(self.urlconf)
        try:
            return self.get_response(request)
        finally:
            # For this request only: what runs next in this thread outside a request (a test, a streaming response
            # nobody closed, so Django's request_finished reset never came) reverses against every URL again.
            set_urlconf(None)

    def is_visitors(self, request):
        path = request.path_info
        in_admin = path.startswith(self.admin_prefix) or path == self.admin_prefix.rstrip("/")
        return not in_admin and settings.SESSION_COOKIE_NAME not in request.COOKIES
