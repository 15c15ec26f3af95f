"""Pages, feeds and other text go out gzip-compressed; files that are already compressed (images, PDFs) do not.

Static files never reach this: whitenoise, above it in MIDDLEWARE, answers them with the Brotli or gzip copy that
`collectstatic` wrote. HTML compression and BREACH: the attack recovers a secret from the size of compressed
responses that also reflect the attacker's input. Public pages hold no secret (they are cached and shared between
visitors); the one secret on our forms and in the admin, the CSRF token, is masked with a new random value in
every response, and Django's GZipMiddleware pads each response with up to 100 random bytes ("Heal the Breach").
"""

import re

from django.middleware.gzip import GZipMiddleware

_TEXT = re.compile(
    r"^(text/|image/svg\+xml|application/(json|ld\+json|javascript|xml|rss\+xml|atom\+xml|manifest\+json))", re.I
)


class TextGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if not _TEXT.match(response.get("Content-Type", "")):
            return response
        return super().process_response(request, response)
