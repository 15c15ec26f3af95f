"""/.well-known/security.txt (RFC 9116): where to report a vulnerability, for people and scanners that look there.

The contact is the operator's (`SECURITY_CONTACT`: mailto: or https: addresses), not something the code can know;
without it the file does not exist rather than pointing nowhere. SECURITY.md says the same for the repository.
"""

import datetime

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from core.origin import absolute_url

# RFC 9116 asks for an expiry under a year ahead, so a stale file is not trusted forever; served fresh each day.
VALID_FOR = datetime.timedelta(days=180)


@require_safe
@cache_control(max_age=86400, public=True)
def security_txt(request):
    contacts = settings.SECURITY_CONTACT
    if not contacts:
        raise Http404
    expires = (timezone.now() + VALID_FOR).replace(microsecond=0)
    # A bare address is the usual slip in the setting; the field wants a URI.
    lines = [f"Contact: {'mailto:' if '@' in contact and ':' not in contact else ''}{contact}" for contact in contacts]
    lines += [
        f"Expires: {expires.isoformat().replace('+00:00', 'Z')}",
        f"Preferred-Languages: {', '.join(code for code, _name in settings.LANGUAGES)}",
        f"Canonical: {absolute_url(request, request.path)}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
