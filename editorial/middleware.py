"""Wagtail's page create view in one transaction, so a create that fails half-way leaves no page behind.

The view adds the page to the tree, then saves its first revision, its privacy and its subscription, each in its
own transaction: a failure after the first step (a locked database, a failing hook) kept a page without revision
whose slug then refused the editor's next attempt ("The page could not be created due to validation errors").
Wagtail's autosave posts to the same view.
"""

from django.db import transaction

ATOMIC_VIEWS = {"wagtailadmin_pages:add"}


class AtomicPageCreateMiddleware:
    """Runs the create view's POST inside `transaction.atomic()`; last in MIDDLEWARE, so every other view
    middleware (CSRF above all) has run before it calls the view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match.view_name not in ATOMIC_VIEWS:
            return None
        with transaction.atomic():
            return view_func(request, *view_args, **view_kwargs)
