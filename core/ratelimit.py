"""Rate limits on what anonymous visitors can trigger in bulk: form posts (stored and mailed), password forms of
private pages, the search page, its JSON API and the autocomplete.

A window per client IP and scope that opens at the client's first request (not at the turn of the clock's minute,
which would split a burst in two), counted in the default cache (Redis in production, so every worker shares the
count; without Redis each process counts on its own). Over the limit, the answer is 429 with Retry-After: a
translated page for people, JSON for the API.
"""

import math
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from core.client_ip import client_ip


@dataclass(frozen=True)
class Rule:
    scope: str
    path: re.Pattern
    methods: frozenset
    json: bool = False


# The scopes' limits are in settings.RATE_LIMITS as {scope: (requests, seconds)}.
RULES = [
    Rule("password", re.compile(r"^(/[\w-]+)?/_util/authenticate_with_password/"), frozenset({"POST"})),
    Rule("search-api", re.compile(r"^/[\w-]+/search/api/"), frozenset({"GET", "HEAD"}), json=True),
    Rule("autocomplete", re.compile(r"^/[\w-]+/search/autocomplete/"), frozenset({"GET", "HEAD"}), json=True),
    Rule("search", re.compile(r"^/[\w-]+/search/$"), frozenset({"GET", "HEAD"})),
    # Every other POST on the public site is a form page's submission; the admin has its own protection (axes).
    Rule("forms", re.compile(r"^/(?!admin/)"), frozenset({"POST"})),
]


def retry_after(request, scope):
    """Counts this request; returns the seconds to wait when it goes over the scope's limit, else 0."""
    limit, period = settings.RATE_LIMITS[scope]
    now = time.time()
    client = f"ratelimit:{scope}:{client_ip(request)}"
    opened = cache.get_or_set(f"{client}:opened", now, timeout=period) or now
    key = f"{client}:{opened}"
    cache.add(key, 0, timeout=period + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=period + 1)
        count = 1
    if count is None:  # the cache is down and fails open (core/cache.py): nobody is limited meanwhile
        return 0
    if count <= limit:
        return 0
    return max(1, math.ceil(opened + period - now))


def too_many_requests(request, wait, json=False):
    message = _("Too many requests. Please wait %(seconds)s seconds and try again.") % {"seconds": wait}
    if json:
        response = JsonResponse(
            {"error": "rate_limited", "message": message, "retry_after": wait},
            status=429,
            json_dumps_params={"ensure_ascii": False},
        )
        response["Access-Control-Allow-Origin"] = "*"
    else:
        response = render(request, "429.html", {"retry_after": wait, "message": message}, status=429)
    response["Retry-After"] = str(wait)
    return response


class RateLimitMiddleware:
    """Applies the first rule that matches the request's method and path. After LocaleMiddleware: the 429 page is
    in the URL's language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for rule in RULES:
            if request.method in rule.methods and rule.path.match(request.path_info):
                wait = retry_after(request, rule.scope)
                if wait:
                    return too_many_requests(request, wait, json=rule.json)
                break
        return self.get_response(request)
