"""The visitor's IP address, for login lockouts and rate limits.

Behind a reverse proxy REMOTE_ADDR is the proxy's address, so every visitor would share one lockout. Each proxy
appends the address it received the request from to X-Forwarded-For; with PROXY_COUNT trusted proxies in front of
the app, the client is the entry that many places from the right. Entries further left are the client's own claims
and are never trusted.
"""

from django.conf import settings


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = getattr(settings, "PROXY_COUNT", 0)
    if not proxies:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < proxies:
        return remote
    return forwarded[-proxies]
